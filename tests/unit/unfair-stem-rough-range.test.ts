import { describe, expect, it } from "vitest";
import { unfairStemPenalties } from "@/lib/generation/check-unfair-stems";
import { draftQuestion, lettered } from "../support/draft-question";

// Invented sentences about a made-up fair.
describe("a number in a rough range", () => {
  it("refuses a blank on one end of a rough count", () => {
    const q = draftQuestion({ prompt: "The Tarrow fair lasts only _____ or five days.", answerText: "four", options: lettered("four", "two", "six", "nine") }, { keyKind: "number" });
    expect(unfairStemPenalties(q).map((p) => p.check)).toContain("number-in-a-rough-range");
    const after = draftQuestion({ prompt: "The Tarrow fair lasts only four or _____ days. (a number)", answerText: "five" }, { keyKind: "number" });
    expect(unfairStemPenalties(after).map((p) => p.check)).toContain("number-in-a-rough-range");
  });

  it("refuses a False statement made by swapping one end of it", () => {
    const q = draftQuestion(
      { type: "TRUE_FALSE", prompt: "The Tarrow fair lasts only two or five days.", answerText: "False", options: lettered("True", "False"), source: { sentence: "The Tarrow fair lasts only four or five days.", start: 0, end: 45, answer: { start: 0, end: 45 } } },
      { keyKind: "number" },
    );
    expect(unfairStemPenalties(q).map((p) => p.check)).toContain("number-in-a-rough-range");
  });

  it("keeps a single figure and a change between two figures", () => {
    const one = draftQuestion({ prompt: "The Tarrow fair lasts only _____ days.", answerText: "four", options: lettered("four", "two", "six", "nine") }, { keyKind: "number" });
    expect(unfairStemPenalties(one)).toEqual([]);
    const change = draftQuestion({ prompt: "The fair grew from _____ to 12 stalls.", answerText: "four", options: lettered("four", "two", "six", "nine") }, { keyKind: "number" });
    expect(unfairStemPenalties(change)).toEqual([]);
    const copy = draftQuestion(
      { type: "TRUE_FALSE", prompt: "The Tarrow fair lasts only four or five days.", answerText: "True", options: lettered("True", "False") },
      { keyKind: "number" },
    );
    expect(unfairStemPenalties(copy)).toEqual([]);
  });
});
