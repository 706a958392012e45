import { describe, expect, it } from "vitest";
import { isFragment } from "@/lib/generation/check-stems";
import { laterClauses } from "@/lib/generation/split-clauses";
import type { Sentence } from "@/lib/generation/types";
import { tracedQuestions } from "../support/traced-candidates";

// Invented article and sentences: "It brought grave harm: it drained …" says what the harm was after the colon, with the
// sentence's own "it" as subject. It was read as a label line ("Key figure: …"), and its clause after the colon had no
// subject of its own, so the harm went unasked.

const canal = [
  "The Kell Canal",
  "",
  "The Kell Canal opened in 1802 between the town of Arn and the sea. It cut the journey to the coast from three days to a few hours. It also brought grave harm: it drained the great marshes of the delta and ruined the old fishing villages.",
].join("\n");

function sentence(text: string, extra: Partial<Sentence> = {}): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false, ...extra };
}

describe("a clause after a colon that goes on with the sentence's own 'it'", () => {
  it("is a true statement about the thing the 'it' means", () => {
    const made = tracedQuestions(canal).filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True").map((q) => q.prompt);
    expect(made).toContain("The Kell Canal drained the great marshes of the delta and ruined the old fishing villages.");
  });

  it("is taken only with the same pronoun the sentence opens with, once settled", () => {
    const text = "It also brought grave harm: it drained the great marshes of the delta.";
    expect(laterClauses(sentence(text, { subject: "The Kell Canal", opener: "It" }))).toEqual(["It drained the great marshes of the delta."]);
    expect(laterClauses(sentence(text))).toEqual([]);
    expect(laterClauses(sentence("It also brought grave harm: they drained the great marshes of the delta.", { subject: "The Kell Canal", opener: "It" }))).toEqual([]);
  });

  it("is no label line", () => {
    expect(isFragment("It also brought grave harm: it drained the great marshes of the delta.")).toBe(false);
    expect(isFragment("Key figure: Ada Vell, a swimmer from Arn.")).toBe(true);
  });
});
