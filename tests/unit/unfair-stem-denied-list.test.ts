import { describe, expect, it } from "vitest";
import { unfairStemPenalties } from "@/lib/generation/check-unfair-stems";
import { draftQuestion, lettered } from "../support/draft-question";

const statement = (prompt: string, sentence: string, answerText = "False") =>
  draftQuestion(
    { type: "TRUE_FALSE", prompt, answerText, options: lettered("True", "False"), source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } },
    { keyKind: "statement" },
  );
const checks = (prompt: string, sentence: string, answerText?: string) => unfairStemPenalties(statement(prompt, sentence, answerText)).map((p) => p.check);

// Invented sentences about a made-up ferryman and his town.
describe("a denial of a list", () => {
  it("refuses a denial the quiz made of three or more items", () => {
    expect(checks("Orrin Vale was not tall, patient and quick to laugh.", "Orrin Vale was tall, patient and quick to laugh.")).toContain("denied-list");
    expect(checks("The town did not export wool, salt, or tin.", "The town exported wool, salt, or tin to the coast.")).toContain("denied-list");
  });

  it("keeps a denial of one or two things, a true copy of a list, and a list the article itself denies", () => {
    expect(checks("The town did not export wool and salt.", "The town exported wool and salt.")).toEqual([]);
    expect(checks("The town exported wool, salt and tin.", "The town exported wool, salt and tin.", "True")).toEqual([]);
    expect(checks("The town did not export wool, salt or tin.", "The town did not export wool, salt or tin.", "True")).toEqual([]);
  });
});
