import { describe, expect, it } from "vitest";
import { repairContext } from "@/lib/generation/check-context";
import { checkFailure } from "@/lib/generation/check-questions";
import { shownAsContext } from "@/lib/generation/question-stems";
import { parseArticle } from "@/lib/generation/parse-article";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// An invented king: the sentence shown before a stem opens on his "His", which the article's resolver settled.
const text =
  "Tobin Marl\n\nTobin Marl ruled the small land of Varnet for forty years. His army beat the raiders of the Grey Coast at Hollin Ford in 1425. Four years later the raiders burned the port of Selm. Tobin Marl then built a long sea wall around the harbour.";

describe("the sentence shown before a stem is written as the resolver settled it", () => {
  it("writes the person's name for the pronoun the shown sentence opens with", () => {
    const { sentences, title } = parseArticle(text);
    sentences[1]!.person = { name: "Tobin Marl", pronoun: "he" };
    const s = sentences[2]!;
    const at = s.start + s.text.indexOf("Selm");
    const q = draftQuestion(
      { type: "FILL_BLANK", prompt: "Four years later the raiders burned the port of _____. (a name)", answerText: "Selm", keyKind: "name", options: opts("Selm"), source: { sentence: s.text, start: s.start, end: s.end, answer: { start: at, end: at + 4 } } },
      { keyKind: "name" },
    );
    expect(repairContext(q, sentences, 2, title, () => 0, text, shownAsContext)).toBeNull();
    expect(q.prompt).toBe("Tobin Marl's army beat the raiders of the Grey Coast at Hollin Ford in 1425. Four years later the raiders burned the port of _____. (a name)");
    expect(checkFailure(q, text, title)).toBeNull();
  });
});
