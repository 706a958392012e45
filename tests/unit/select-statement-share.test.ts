import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { factChoice, factStatement } from "../support/fact-source";

// Our own article, written for this test: one fact a sentence, each asked by one question.
const facts = [
  "The Kestrel Mill ground oats for the valley farms.",
  "Its wheel was turned by the waters of the Brann.",
  "A miller named Osk Harrow ran the mill for forty years.",
  "The mill sold flour at the Tuesday market in Velby.",
  "Floods closed the mill for a whole summer.",
  "The millers kept their grain in a loft above the wheel.",
  "The town council bought the mill from the Harrow family.",
  "Visitors can still watch the wheel turn on Sundays.",
  "The stones of the mill came from a quarry at Orrin.",
  "A school class visits the mill every spring.",
  "The loft was rebuilt after a fire in the old roof.",
  "The Harrow family moved to the coast after the sale.",
];
const article = `The Kestrel Mill\n\n${facts.join(" ")}`;

const statement = (i: number, isTrue: boolean, confidence?: number) => factStatement(article, facts, i, isTrue, confidence);

const choice = (i: number, key: string) => factChoice(article, facts, i, key);

const statements = [0, 1, 2, 4, 5, 6].map((i, n) => statement(i, n % 2 === 0));
const countOf = (quiz: GeneratedQuestion[]) => quiz.filter((q) => q.type === "TRUE_FALSE").length;

describe("true/false share of a quiz", () => {
  it("lets sure statements fill half a quiz that would otherwise stop short of the count", () => {
    const quiz = selectQuestions([...statements, choice(3, "Velby"), choice(8, "Orrin")], 10, ["MULTIPLE_CHOICE", "TRUE_FALSE"], createRandom(1));
    expect(countOf(quiz)).toBe(5);
    expect(quiz).toHaveLength(7);
  });

  it("fills a short quiz past two in five with sure statements only, never with ones below the review line", () => {
    const unsure = [0, 1, 2, 4, 5, 6].map((i, n) => statement(i, n % 2 === 0, 0.5));
    // (Unsure ones still fill it to two in five of the ten asked for, as the other passes allow.)
    const quiz = selectQuestions([...unsure, choice(3, "Velby")], 10, ["MULTIPLE_CHOICE", "TRUE_FALSE"], createRandom(1));
    expect(countOf(quiz)).toBe(4);
    expect(quiz).toHaveLength(5);
  });

  it("keeps statements to two in five of a quiz the other kinds can fill", () => {
    const choices = [choice(3, "Velby"), choice(8, "Orrin"), choice(7, "Sundays"), choice(9, "spring"), choice(10, "fire"), choice(11, "coast")];
    const quiz = selectQuestions([...statements, ...choices], 10, ["MULTIPLE_CHOICE", "TRUE_FALSE"], createRandom(1));
    expect(quiz).toHaveLength(10);
    expect(countOf(quiz)).toBe(4);
  });
});
