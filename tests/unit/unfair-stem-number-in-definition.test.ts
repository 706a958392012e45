import { describe, expect, it } from "vitest";
import { unfairStemPenalties } from "@/lib/generation/check-unfair-stems";
import { draftQuestion, lettered } from "../support/draft-question";

const checks = (prompt: string, answerText: string) =>
  unfairStemPenalties(draftQuestion({ prompt, answerText, options: lettered(answerText, "three", "five", "six") }, { keyKind: "number" })).map((p) => p.check);

// Invented sentences about made-up features of a marsh.
describe("a number blanked in a definition", () => {
  it("refuses a count inside what a term names", () => {
    expect(checks("A pool fed by _____ springs is known as a twinwell.", "two")).toContain("number-in-a-definition");
    expect(checks("Channels with _____ banks of reed are called sedge-cuts.", "four")).toContain("number-in-a-definition");
  });

  it("keeps a count that is the sentence's point", () => {
    expect(checks("The marsh is fed by _____ springs.", "two")).not.toContain("number-in-a-definition");
    expect(checks("Ferrin Marsh has _____ pools, and the largest is called the Deep.", "five")).not.toContain("number-in-a-definition");
  });
});
