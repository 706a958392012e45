import { describe, expect, it } from "vitest";
import { repairContext } from "@/lib/generation/check-context";
import { parseArticle } from "@/lib/generation/parse-article";
import { withoutCountBeforeDate } from "@/lib/generation/redundant-relative-time";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Invented lives and towns: a time counted from the sentence before, with the date itself said right after it.
const text =
  "Orla Venn\n\nOrla Venn opened her first school in Harl in 1902. Two years later, in 1904, Orla Venn was given the Brisk Medal for teaching.";

describe("a counted time that the date after it makes redundant", () => {
  it("is cut, leaving the date (or its blank) to say when", () => {
    expect(withoutCountBeforeDate("Two years later, in _____, Orla Venn was given the Brisk Medal.")).toBe("In _____, Orla Venn was given the Brisk Medal.");
    expect(withoutCountBeforeDate("The mill closed a year later, in _____.")).toBe("The mill closed in _____.");
    expect(withoutCountBeforeDate("Girls first sat the test four years later, in Harl in 1906.")).toBe("Girls first sat the test in Harl in 1906.");
    expect(withoutCountBeforeDate("Three months later, on 2 May 1904, the school opened.")).toBe("On 2 May 1904, the school opened.");
  });

  it("stays where no date follows, or where the count is the blank asked", () => {
    expect(withoutCountBeforeDate("Five weeks later, the school opened.")).toBe("Five weeks later, the school opened.");
    expect(withoutCountBeforeDate("_____ years later, in 1904, the school opened.")).toBe("_____ years later, in 1904, the school opened.");
    expect(withoutCountBeforeDate("The mill closed a year later, in the spring.")).toBe("The mill closed a year later, in the spring.");
  });

  it("lets the date question stand instead of dropping it as leaning on the sentence before", () => {
    const { sentences } = parseArticle(text);
    const s = sentences[1]!;
    const at = s.start + s.text.indexOf("1904");
    const q = draftQuestion(
      { type: "MULTIPLE_CHOICE", prompt: "Two years later, in _____, Orla Venn was given the Brisk Medal for teaching.", answerText: "1904", keyKind: "date", options: opts("1904", "1902", "1910"), source: { sentence: s.text, start: s.start, end: s.end, answer: { start: at, end: at + 4 } } },
      { keyKind: "date" },
    );
    expect(repairContext(q, sentences, 1, "Orla Venn", () => 0, text)).toBeNull();
    expect(q.prompt).toBe("In _____, Orla Venn was given the Brisk Medal for teaching.");
  });
});
