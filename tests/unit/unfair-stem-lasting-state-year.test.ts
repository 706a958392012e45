import { describe, expect, it } from "vitest";
import { unfairStemPenalties } from "@/lib/generation/check-unfair-stems";
import { draftQuestion, lettered } from "../support/draft-question";

const checks = (prompt: string, answerText: string) =>
  unfairStemPenalties(draftQuestion({ prompt, answerText, options: lettered(answerText, "1701", "1744", "1790") }, { keyKind: "date" })).map((p) => p.check);

// Invented sentences about a made-up island and its rulers.
describe("a year blank for a lasting state", () => {
  it("refuses a year that only says when a state held", () => {
    expect(checks("In _____ the island of Merrow was ruled by Norland.", "1762")).toContain("date-of-a-lasting-state");
    expect(checks("In _____ Merrow belonged to the Norland crown, and its people paid a wool tax.", "1762")).toContain("date-of-a-lasting-state");
    expect(checks("The wool trade was small. In _____ the town had only two mills. (a year)", "1762")).toContain("date-of-a-lasting-state");
  });

  it("keeps a year that dates an event", () => {
    expect(checks("In _____ the island of Merrow became independent.", "1762")).not.toContain("date-of-a-lasting-state");
    expect(checks("In _____ the island of Merrow was captured by Norland.", "1762")).not.toContain("date-of-a-lasting-state");
    expect(checks("The fort was an earth rampart built in _____ by the first settlers.", "1762")).not.toContain("date-of-a-lasting-state");
    expect(checks("Merrow was ruled by Norland from _____ until 1790.", "1762")).not.toContain("date-of-a-lasting-state");
  });
});

// Invented: the year's opening phrase closed by a comma, the state in the clause after it.
describe("a year blank in an opening phrase set off by a comma", () => {
  it("reads the clause after the comma as the one the year dates", () => {
    expect(checks("In _____, Merrow was the Norland colony of New Tarn.", "1762")).toContain("date-of-a-lasting-state");
    expect(checks("In _____, the island of Merrow was ruled by Norland.", "1762")).toContain("date-of-a-lasting-state");
    expect(checks("In _____, the island of Merrow became independent.", "1762")).not.toContain("date-of-a-lasting-state");
    expect(checks("In _____, Merrow was captured by Norland, and its people paid a wool tax.", "1762")).not.toContain("date-of-a-lasting-state");
  });
});
