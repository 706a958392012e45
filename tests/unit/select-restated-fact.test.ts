import { describe, expect, it } from "vitest";
import { statementQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";
import { restates } from "@/lib/generation/restated-fact";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article, written for this test: one opening told twice (a year, and the date holding it), and other facts.
const sentences = [
  "The Orrin weir opened in May 1764.",
  "In 1764 the old ford was replaced by the Orrin weir.",
  "The weir raised the river by two metres.",
  "Its stones came from the quarry at Hallam.",
  "The mill beside it ground oats for the garrison.",
  "A flood damaged the sluice gates in 1802.",
  "The keeper lived in a cottage on the north bank.",
  "Salmon climbed a ladder cut into the east side.",
  "The council sold the weir to the canal company in 1851.",
];
const article = `The Orrin Weir\n\n${sentences.join(" ")}`;
const at = (i: number) => article.indexOf(sentences[i]!);
const source = (i: number, answer: string) => {
  const sentence = sentences[i]!;
  const start = at(i) + sentence.indexOf(answer);
  return { sentence, start: at(i), end: at(i) + sentence.length, answer: { start, end: start + answer.length } };
};

function blank(i: number, answer: string, score: number, keyKind: GeneratedQuestion["keyKind"] = "term"): GeneratedQuestion {
  return {
    type: "FILL_BLANK",
    prompt: sentences[i]!.replace(answer, "_____"),
    options: [],
    answerKey: { kind: "text", accepted: [answer] },
    answerText: answer,
    source: source(i, answer),
    spanType: keyKind === "date" ? "YEAR" : "TERM",
    score,
    keyKind,
    confidence: 0.8,
  };
}

const changed = statementQuestion({ statement: "The Orrin weir opened in August 1767.", isTrue: false, source: source(0, "May 1764"), keyKind: "statement", confidence: 0.8, score: 1.2 });
const year = blank(1, "1764", 1.1, "date");
const others = [blank(2, "two", 1), blank(3, "Hallam", 1), blank(4, "oats", 1), blank(5, "sluice gates", 1), blank(6, "north bank", 1), blank(7, "ladder", 1), blank(8, "canal company", 1)];

describe("one fact asked twice in a quiz", () => {
  it("is seen by its date in two sentences (a statement's changed date and a blank's year), not by a shared name", () => {
    expect(restates(changed, year)).toBe(true);
    expect(restates(blank(3, "Hallam", 1), blank(1, "Orrin weir", 1))).toBe(false);
  });

  it("is asked once where the quiz fills without the second", () => {
    const picked = selectQuestions([changed, year, ...others], 8, ["TRUE_FALSE", "FILL_BLANK"], createRandom(1), undefined, undefined, undefined, undefined, article);
    expect(picked.length).toBeGreaterThanOrEqual(6);
    expect(picked.includes(changed) && picked.includes(year)).toBe(false);
  });
});
