import { describe, expect, it } from "vitest";
import { unfairStemPenalties } from "@/lib/generation/check-unfair-stems";
import { draftQuestion, lettered } from "../support/draft-question";

const checks = (prompt: string, sentence: string) =>
  unfairStemPenalties(
    draftQuestion(
      { type: "TRUE_FALSE", prompt, answerText: "True", options: lettered("True", "False"), source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } },
      { keyKind: "statement" },
    ),
  ).map((p) => p.check);

// Invented sentences about a made-up valley.
describe("a statement that drops its sentence's time frame", () => {
  it("refuses a claim cut loose from the span it held in", () => {
    expect(checks("The Ossen valley was split between two feuding clans.", "For more than 300 years before 1410, the Ossen valley was split between two feuding clans.")).toContain("drops-time-frame");
    expect(checks("The valley's farmers grew only rye.", "Until the canal opened, the valley's farmers grew only rye.")).toContain("drops-time-frame");
  });

  it("keeps a statement that keeps the frame, and one that drops only an event's date or occasion", () => {
    expect(checks("Until the canal opened, the valley's farmers grew only rye.", "Until the canal opened, the valley's farmers grew only rye.")).toEqual([]);
    expect(checks("The clans signed a truce.", "In 1410, the clans signed a truce.")).toEqual([]);
    expect(checks("Pell Arno rescued nine miners.", "During the flood of 1802, Pell Arno rescued nine miners.")).toEqual([]);
  });
});
