import { describe, expect, it } from "vitest";
import { figureOfAnExample } from "@/lib/generation/check-lesser-keys";
import { unfairStemPenalties } from "@/lib/generation/check-unfair-stems";
import { draftQuestion, lettered } from "../support/draft-question";

const checks = (prompt: string, answerText: string, sentence = prompt) =>
  unfairStemPenalties(
    draftQuestion({ prompt, answerText, options: lettered(answerText, "three", "five", "six"), source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } }, { keyKind: "number" }),
  ).map((p) => p.check);
const figure = (sentence: string, key: string) => figureOfAnExample(sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length);

// Invented sentences about a made-up mill and its fair: both checks read an example's and a term's wording alike.
describe("example and naming wording, read alike by both checks", () => {
  it("a blank in a sentence opening 'For example' is a figure of an example", () => {
    const sentence = "For example, a mill cart loaded to 40 sacks needs two horses.";
    expect(figure(sentence, "40")).toBe(true);
    expect(checks("For example, a mill cart loaded to _____ sacks needs two horses.", "40", sentence)).toContain("number-in-an-example");
  });

  it("'e.g.' before a space and a naming verb after a filler count in both", () => {
    expect(figure("A small mill (e.g. one with 3 stones) needs a pond.", "3")).toBe(true);
    expect(figure("A weir with 2 gates is also called a twin-sluice.", "2")).toBe(true);
    expect(checks("A weir with _____ gates is also called a twin-sluice.", "two")).toContain("number-in-a-definition");
  });

  it("a rough range of teen numbers in words is a rough range", () => {
    expect(checks("The Harrow fair lasts fifteen or _____ days.", "sixteen")).toContain("number-in-a-rough-range");
    expect(checks("The Harrow fair lasts _____ or seventeen days.", "sixteen")).toContain("number-in-a-rough-range");
  });
});
