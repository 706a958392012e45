import { describe, expect, it } from "vitest";
import { trueSettlesFalseFigure } from "@/lib/generation/true-false-figures";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { lettered } from "../support/draft-question";

// Invented: the voyages of a made-up ferry, "Ada" and "Tam" its made-up pilots.
function statement(prompt: string, answer: "True" | "False", sentence: string, builtOn: string, start: number): GeneratedQuestion {
  const at = sentence.indexOf(builtOn);
  return {
    type: "TRUE_FALSE",
    prompt,
    options: lettered("True", "False"),
    answerKey: { kind: "choice", optionId: answer === "True" ? "a" : "b" },
    answerText: answer,
    source: { sentence, start, end: start + sentence.length, answer: { start: start + at, end: start + at + builtOn.length } },
    spanType: "NUMBER",
    score: 1,
    keyKind: "number",
    confidence: 0.9,
  };
}

const fourthTrue = statement("The fourth voyage of the ferry lasted 40 days.", "True", "The fourth voyage of the ferry lasted 40 days.", "40", 200);
// The false one's own sentence gave 12 days; 40 was swapped in from the fourth voyage.
const firstFalse = statement("The first voyage of the ferry lasted 40 days.", "False", "The first voyage of the ferry lasted 12 days.", "12", 0);

describe("a true and a false statement that share the figure the false one turned on", () => {
  it("clash where the true one shows the figure swapped in or the figure replaced", () => {
    expect(trueSettlesFalseFigure(fourthTrue, firstFalse)).toBe(true);
    const firstTrue = statement("The first voyage of the ferry lasted 12 days.", "True", "The first voyage of the ferry lasted 12 days.", "12", 300);
    const fourthFalse = statement("The fourth voyage of the ferry lasted 9 days.", "False", "The fourth voyage of the ferry lasted 40 days.", "40", 200);
    expect(trueSettlesFalseFigure(firstTrue, firstFalse)).toBe(true);
    expect(trueSettlesFalseFigure(fourthTrue, fourthFalse)).toBe(true);
  });

  it("clash where they share a figure and the true one names the name the false one swapped", () => {
    const tamTrue = statement("Tam piloted the ferry for 9 miles.", "True", "Tam piloted the ferry for 9 miles.", "Tam", 0);
    const adaFalse = statement("Ada steered the ferry for 9 miles up the river.", "False", "Tam steered the ferry for 9 miles up the river.", "Tam", 100);
    expect(trueSettlesFalseFigure(tamTrue, adaFalse)).toBe(true);
  });

  it("read every number word find-spans knows, the teens too", () => {
    const sixteenTrue = statement("The second voyage of the ferry lasted sixteen days.", "True", "The second voyage of the ferry lasted sixteen days.", "sixteen", 800);
    const thirdFalse = statement("The third voyage of the ferry lasted sixteen days.", "False", "The third voyage of the ferry lasted nine days.", "nine", 900);
    expect(trueSettlesFalseFigure(sixteenTrue, thirdFalse)).toBe(true);
  });

  it("leave apart statements whose shared figure the false one did not turn on, or of other units", () => {
    const dateTrue = statement("The ferry first sailed in 1881.", "True", "The ferry first sailed in 1881.", "1881", 400);
    const nameFalse = statement("In 1881 the ferry was painted green by Ada.", "False", "In 1881 the ferry was painted red by Ada.", "red", 500);
    expect(trueSettlesFalseFigure(dateTrue, nameFalse)).toBe(false);
    const otherUnit = statement("The ferry carried 40 horses.", "True", "The ferry carried 40 horses.", "40", 600);
    expect(trueSettlesFalseFigure(otherUnit, firstFalse)).toBe(false);
    // Two true statements never clash here.
    expect(trueSettlesFalseFigure(fourthTrue, fourthTrue)).toBe(false);
  });

  it("keeps only one of such a pair in a quiz another question can fill", () => {
    // (Not counts of one measure, which the quiz asks once anyway: here only the shared figure keeps them apart.)
    const asTerm = (q: GeneratedQuestion): GeneratedQuestion => ({ ...q, spanType: "TERM" });
    const other = { ...statement("Ada painted the ferry red.", "True", "Ada painted the ferry red.", "red", 700), spanType: "TERM" as const, score: 0.5 };
    const picked = selectQuestions([asTerm(fourthTrue), asTerm(firstFalse), other], 2, ["TRUE_FALSE"], () => 0.5);
    expect(picked).toHaveLength(2);
    expect(picked).toContain(other);
  });
});
