import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findRecurringNames } from "@/lib/generation/named-entities";
import { subjectQuestion } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";

const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length }) as Sentence;

// A short explainer in sections: each section's heading is a common noun, which then opens the section's sentences.
const explainer = [
  "How Lamps Glow",
  "",
  "A lamp turns stored energy into light that people can see.",
  "",
  "Brightness",
  "",
  "Brightness is counted in lumens, and sitting close to a very strong lamp for hours can tire your eyes. Brightness grows with the power the lamp draws.",
  "",
  "Warmth",
  "",
  "Warmth is the colour a lamp seems to have. Warmth is given in kelvin on most boxes.",
].join("\n");

// A character guide: a heading names each person, whose name then opens the sentences under it.
const guide = ["The Ferry Girl: A Guide", "", "The Ferry Girl is a tale set on a wide river.", "", "Mira", "", "Mira has rowed the ferry across the river since she was ten. Mira keeps the fares in a tin box."].join("\n");

const sentencesOf = (text: string) => [...text.matchAll(/[A-Z][^.\n]*\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe("a heading word is no person", () => {
  it("does not take a common noun that only opens headings and sentences for a name", () => {
    expect(findRecurringNames(explainer, sentencesOf(explainer)).map((s) => s.text)).toEqual([]);
    // A word the lexicon knows as a name still is one, though its article also writes it only at the opening of lines.
    expect(findRecurringNames(guide, sentencesOf(guide)).map((s) => s.text)).toContain("Mira");
  });

  it("never asks 'Who …?' for such a noun", () => {
    const { questions } = generateQuestions(explainer, { count: 10, seed: 1, keepUnsure: true });
    expect(questions.filter((q) => /^Who\b/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("a question asks the key's own clause", () => {
  it("leaves out a joined clause that has a subject of its own", () => {
    const s = sentence("Mirela is paid in silver coins, and trading with the river towns can bring large profits.");
    expect(subjectQuestion(s, { text: "Mirela", start: 0, end: 6, type: "PERSON" }, "Who")).toBe("Who is paid in silver coins?");
  });

  it("keeps a second verb of the same subject and the last item of a list", () => {
    const verb = sentence("Mirela built the mill, and later ran it for twenty years.");
    expect(subjectQuestion(verb, { text: "Mirela", start: 0, end: 6, type: "PERSON" }, "Who")).toBe("Who built the mill, and later ran it for twenty years?");
    const list = sentence("Mirela gathers wool, cloth, and salt from the coast.");
    expect(subjectQuestion(list, { text: "Mirela", start: 0, end: 6, type: "PERSON" }, "Who")).toBe("Who gathers wool, cloth, and salt from the coast?");
  });
});
