import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion, Span } from "@/lib/generation/types";

// Invented: a king who sailed west and a sea route east.
const VOYAGE = `The Lost Fleet of King Aban

King Aban ruled the coast of Ternia in the 1300s. In 1311 he sailed out into the Atlantic Ocean with four hundred ships and never came back. His brother Oru took the throne and sent traders east across the Indian Ocean instead.`;

const place = (text: string): Span => ({ type: "PLACE", text, start: 0, end: text.length });

describe("an ocean named without its kind word", () => {
  it("accepts the ocean's first word alone", () => {
    expect(acceptedAliases(place("Atlantic Ocean"), VOYAGE)).toEqual(expect.arrayContaining(["Atlantic Ocean", "Atlantic"]));
    expect(acceptedAliases(place("Pacific Ocean"), VOYAGE)).toContain("Pacific");
  });

  it("does not take 'Indian' alone, a word for a people, nor 'Antarctic', a typo from the continent", () => {
    expect(acceptedAliases(place("Indian Ocean"), VOYAGE)).toEqual(["Indian Ocean"]);
    expect(acceptedAliases(place("Antarctic Ocean"), VOYAGE)).toEqual(["Antarctic Ocean"]);
  });

  it("keeps the whole where the article names another body with the word", () => {
    expect(acceptedAliases(place("Atlantic Ocean"), `${VOYAGE} Later kings traded in the North Atlantic.`)).not.toContain("Atlantic");
  });

  it("reaches the typed question on the ocean", () => {
    const made: GeneratedQuestion[] = [];
    generateQuestions(VOYAGE, { count: 10, seed: 1, trace: (q) => made.push(q) });
    const typed = made.find((q) => q.type === "FILL_BLANK" && q.answerText === "Atlantic Ocean");
    expect(typed?.answerKey).toEqual({ kind: "text", accepted: expect.arrayContaining(["Atlantic"]) });
  });
});
