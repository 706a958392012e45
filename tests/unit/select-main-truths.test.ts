import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { factChoice, factStatement } from "../support/fact-source";

// Our own article, written for this test: one fact a sentence.
const facts = [
  "The Pellam lighthouse was built on a rock called Gannet Skerry.",
  "Its lamp was first lit by a keeper from Oswick.",
  "The tower guided fishing boats past the reef for a century.",
  "A storm cracked the lantern glass in the spring of a wet year.",
  "Keepers rowed supplies across the channel every week.",
  "The light was made automatic when the last keepers left.",
  "Sailors trusted the beam more than any chart of the coast.",
  "The harbour trust still paints the tower white each summer.",
  "A third was the fog horn fitted beside the gallery.",
  "Its granite came from a quarry at Tarnby.",
];
const article = `The Pellam Lighthouse\n\n${facts.join(" ")}`;

/** A true statement of fact `i`, as make-main-statements marks one cut from a central sentence (or not, `main` false). */
const truth = (i: number, main = true, confidence = 0.7): GeneratedQuestion => ({ ...factStatement(article, facts, i, true, confidence), ...(main && { mainPoint: true }) });
const choices = [factChoice(article, facts, 0, "Gannet Skerry"), factChoice(article, facts, 1, "Oswick"), factChoice(article, facts, 9, "Tarnby")];
const trues = (quiz: GeneratedQuestion[]) => quiz.filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True").length;
const types = ["MULTIPLE_CHOICE", "TRUE_FALSE"] as const;

describe("main points asked by true statements in a quiz short of eight", () => {
  it("asks one more sentence's main point where only the count of true keys refused it", () => {
    const statements = [2, 3, 4, 5, 6].map((i) => truth(i));
    const quiz = selectQuestions([...choices, factChoice(article, facts, 7, "harbour trust"), ...statements], 10, [...types], createRandom(1));
    expect(quiz).toHaveLength(8);
    expect(trues(quiz)).toBe(4);
  });

  it("adds no statement of a side detail (one not cut as a sentence's main point)", () => {
    const statements = [2, 3, 4, 5, 6].map((i) => truth(i, false));
    const quiz = selectQuestions([...choices, factChoice(article, facts, 7, "harbour trust"), ...statements], 10, [...types], createRandom(1));
    expect(quiz).toHaveLength(7);
  });

  it("adds none below the review line, nor one that opens on one more of a row ('A third was …')", () => {
    // (The three surest are the quiz's own true statements; the two left are what the extra pass could add.)
    const statements = [...[2, 3, 4].map((i) => truth(i, true, 0.8)), truth(5, true, 0.55), truth(8, true, 0.65)];
    const quiz = selectQuestions([...choices, factChoice(article, facts, 7, "harbour trust"), ...statements], 10, [...types], createRandom(1));
    expect(quiz).toHaveLength(7);
    expect(quiz.some((q) => q.prompt.startsWith("A third"))).toBe(false);
  });

  it("lets True key no more than half the quiz", () => {
    const statements = [2, 3, 4, 5, 6].map((i) => truth(i));
    const quiz = selectQuestions([choices[0]!, ...statements], 10, [...types], createRandom(1));
    expect(quiz).toHaveLength(4);
    expect(trues(quiz)).toBe(3);
  });
});
