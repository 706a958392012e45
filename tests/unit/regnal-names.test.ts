import { describe, expect, it } from "vitest";
import { acceptedVariants } from "@/lib/generation/make-cloze";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findRegnalNames } from "@/lib/generation/named-entities";
import { subjectQuestion } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";

// Short texts of our own, on an invented kingdom: rulers named with their number, which the tagger misses.
const ARTICLE = `The Bridge Kings of Marrow

The hill kingdom of Marrow was ruled by one family for two hundred years. Osric I built the first stone bridge over the river Tam in 1310. His grandson Osric III moved the court to the coast in 1388. The merchants of the coast paid for a new harbour wall.
`;

const regnal = (text: string) => findRegnalNames(text, [{ start: 0, end: text.length }]).map((s) => s.text);
const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });

describe("a ruler named with a number is a person", () => {
  it("reads the name with its number, the title left out, and no war or rocket", () => {
    expect(regnal("In the spring Pope Leo X wrote to Osric III about the bridge.")).toEqual(["Leo X", "Osric III"]);
    expect(regnal("The fort was rebuilt after World War II and again after Saturn V flew.")).toEqual([]);
  });

  it("reads a lone 'I' as a number only after a title or beside the same name with another number", () => {
    expect(regnal("Osric I was her father, and Osric II her brother.")).toEqual(["Osric I", "Osric II"]);
    expect(regnal("The old mill stood empty. Yesterday I walked past it.")).toEqual([]);
    expect(regnal("The council crowned King Osric I in the square.")).toEqual(["Osric I"]);
  });

  it("is asked typed, and the number may be typed in figures", () => {
    const made: { type: string; prompt: string; accepted: string[] }[] = [];
    generateQuestions(ARTICLE, { count: 10, seed: 1, trace: (q) => q.answerText === "Osric III" && q.answerKey.kind === "text" && made.push({ type: q.type, prompt: q.prompt, accepted: q.answerKey.accepted }) });
    expect(made.map((m) => m.type)).toContain("FILL_BLANK");
    expect(made.every((m) => m.type === "FILL_BLANK")).toBe(true);
    expect(made[0]!.accepted).toEqual(expect.arrayContaining(["Osric III", "Osric 3"]));
    // Past ten as well: "Leo XI" typed "Leo 11".
    expect(acceptedVariants({ type: "PERSON", text: "Leo XI", start: 0, end: 6 })).toContain("Leo 11");
  });
});

describe("a person who is someone's relative is not asked 'Who was her …?'", () => {
  it("leaves the copula with a possessive to the cloze", () => {
    const text = "Osric II was her younger brother and a poor soldier.";
    expect(subjectQuestion(sentence(text), { type: "PERSON", text: "Osric II", start: 0, end: 8 }, "Who")).toBeNull();
    const plain = "Osric II built a harbour wall on the coast.";
    expect(subjectQuestion(sentence(plain), { type: "PERSON", text: "Osric II", start: 0, end: 8 }, "Who")).toBe("Who built a harbour wall on the coast?");
  });
});
