import { describe, expect, it } from "vitest";
import { acceptedVariants } from "@/lib/generation/make-cloze";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findRegnalNames } from "@/lib/generation/named-entities";
import { subjectQuestion } from "@/lib/generation/question-stems";
import type { Sentence, Span } from "@/lib/generation/types";
import { gradeAnswer } from "@/lib/quiz/grade-answer";
import { matchesTypedAnswer } from "@/lib/quiz/normalize-answer";

// Short texts of our own, on an invented kingdom: rulers named with their number, which the tagger misses.
const ARTICLE = `The Bridge Kings of Marrow

The hill kingdom of Marrow was ruled by one family for two hundred years. King Osric I built the first stone bridge over the river Tam in 1310. His grandson Osric III moved the court to the coast in 1388. The merchants of the coast paid for a new harbour wall.
`;

// Three rulers of one house, each named with a person's cue (kin, a marriage, a death).
const HOUSE = `The Three Osrics

The princess Wenna was the daughter of Osric I, who built the first stone bridge over the Tam. In 1340 she married Osric II, her cousin. When Osric II died, his son Osric III was only four years old. Osric III later led an army across the hills to the sea. The valley paid a heavy tax in grain for that war.
`;

const regnal = (text: string) => findRegnalNames(text, [{ start: 0, end: text.length }]).map((s) => s.text);
const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });
const person = (text: string): Span => ({ type: "PERSON", text, start: 0, end: text.length, typedOnly: true });

describe("a ruler named with a number is a person", () => {
  it("reads the name with its number where the article treats it as a person, the title left out", () => {
    expect(regnal("In the spring Pope Leo X wrote to the sultan Osric III about the bridge.")).toEqual(["Leo X", "Osric III"]);
    expect(regnal("Tsar Nicholas II gave up the throne in the spring.")).toEqual(["Nicholas II"]);
    expect(regnal("The last emperor, Osric XI, fell on the walls.")).toEqual(["Osric XI"]);
    // An opening word is no part of the name, and a possessive ends it.
    expect(regnal("When Osric VIII died, Osric IX became king. Osric VIII's wives outlived him.")).toEqual(["Osric VIII", "Osric IX", "Osric VIII"]);
  });

  it("never reads a numbered thing as a person", () => {
    expect(regnal("The fort was rebuilt after World War II and again after Saturn V flew.")).toEqual([]);
    expect(regnal("Lab mice bred for Type II diabetes grew heavy. In a bean leaf Photosystem I feeds the second stage, and Photosystem II breaks water apart.")).toEqual([]);
    expect(regnal("In Act I the witches meet, and by Act III the crown is won. Phase IV began.")).toEqual([]);
    // Even where a person's word follows: the kind of thing numbered says it is no one.
    expect(regnal("In Act III married couples trade places, and Stage II died away.")).toEqual([]);
    // No title, no kin, no life: a capitalised word with a number is not taken for a ruler.
    expect(regnal("Marrowgate II opened to trains in 1890.")).toEqual([]);
  });

  it("never makes a person question of a numbered thing in an article", () => {
    const text = `Energy in the Leaf

Inside a bean leaf, Photosystem II breaks water apart in bright light. Photosystem I later hands its charge to a carrier molecule in the chloroplast. Lab mice bred to show Type II diabetes were fed less sugar during the long trial. In Act I of the old play, three sisters meet a wandering soldier on a hill. Apollo 11 carried three astronauts to the Moon in July 1969.
`;
    const people: string[] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (q) => (/\(a person\)|^Who\b/.test(q.prompt) ? people.push(`${q.prompt} => ${q.answerText}`) : 0) });
    expect(people).toEqual([]);
  });

  it("reads a lone 'I' as a number only after a title or beside the same name with another number", () => {
    expect(regnal("Osric I was her father, and Osric II her brother.")).toEqual(["Osric I"]);
    expect(regnal("The old mill stood empty. Yesterday I married him at the mill.")).toEqual([]);
    expect(regnal("The council crowned King Osric I in the square.")).toEqual(["Osric I"]);
  });

  it("is asked typed, and the number may be typed in figures", () => {
    const made: { type: string; accepted: string[] }[] = [];
    generateQuestions(ARTICLE, { count: 10, seed: 1, trace: (q) => q.answerText === "Osric III" && q.answerKey.kind === "text" && made.push({ type: q.type, accepted: q.answerKey.accepted }) });
    expect(made.map((m) => m.type)).toContain("FILL_BLANK");
    expect(made.every((m) => m.type === "FILL_BLANK")).toBe(true);
    expect(made[0]!.accepted).toEqual(expect.arrayContaining(["Osric III", "Osric 3"]));
    // Past ten as well: "Leo XI" typed "Leo 11".
    expect(acceptedVariants(person("Leo XI"))).toContain("Leo 11");
  });

  it("is never swapped into a false statement for another ruler", () => {
    const text = `Letters over the Bridge

In 1512 the hill council wrote a long letter to Pope Leo X about the bridge tolls. The tolls were paid each spring to King Osric III at his summer hall. In the next year the merchants of the coast sent gifts to Leo X as well. The bridge closed for a winter after a quarrel with Osric III over grain.
`;
    const swapped: string[] = [];
    generateQuestions(text, { count: 12, seed: 1, trace: (q) => q.type === "TRUE_FALSE" && (q.prompt.match(/(?:Leo X|Osric III)\b/g) ?? []).some((n) => !q.source.sentence.includes(n)) && swapped.push(q.prompt) });
    expect(swapped).toEqual([]);
  });
});

describe("a ruler's number is never graded as a typo", () => {
  it("grades each ruler of a house wrong for the others, and right in figures", () => {
    // The accepted answers the generator stores for each ruler's key.
    const keys = Object.fromEntries(["Osric I", "Osric II", "Osric III"].map((k) => [k, acceptedVariants(person(k), HOUSE)]));
    const grade = (key: string, value: string) => gradeAnswer({ id: "q", type: "FILL_BLANK", options: [], points: 1, answerKey: { kind: "text", accepted: keys[key]! } }, { kind: "text", value }).correct;
    for (const key of Object.keys(keys)) {
      for (const other of ["Osric I", "Osric II", "Osric III", "Osric IV"]) expect(grade(key, other), `${other} for ${key}`).toBe(other === key);
    }
    expect(grade("Osric III", "osric 3")).toBe(true);
    expect(grade("Osric II", "Osric")).toBe(false);
  });

  it("refuses the neighbouring number of longer names too, and still forgives a typo in the name", () => {
    expect(matchesTypedAnswer("Thutmosis III", acceptedVariants(person("Thutmoses III")))).toBe(true);
    expect(matchesTypedAnswer("Thutmoses II", acceptedVariants(person("Thutmoses III")))).toBe(false);
    expect(matchesTypedAnswer("Thutmoses IIII", acceptedVariants(person("Thutmoses III")))).toBe(false);
    expect(matchesTypedAnswer("Mehmed I", acceptedVariants(person("Mehmed II")))).toBe(false);
    expect(matchesTypedAnswer("Louis XV", acceptedVariants(person("Louis XIV")))).toBe(false);
    expect(matchesTypedAnswer("Constantine I", ["Constantine"])).toBe(false);
    expect(matchesTypedAnswer("World War 2", ["World War II"])).toBe(true);
  });
});

describe("a ruler's name is accepted whole, never in part", () => {
  it("takes the name with its number, with or without the title, and no half of it", () => {
    expect(matchesTypedAnswer("Nicholas II", acceptedVariants(person("Tsar Nicholas II")))).toBe(true);
    expect(matchesTypedAnswer("Nicholas 2", acceptedVariants(person("Tsar Nicholas II")))).toBe(true);
    expect(matchesTypedAnswer("Tsar Nicholas II", acceptedVariants(person("Tsar Nicholas II")))).toBe(true);
    for (const [key, half] of [["John Paul II", "Paul"], ["Louis XIV", "XIV"], ["Louis XIV", "Louis"], ["Tsar Nicholas II", "Tsar"]]) {
      expect(matchesTypedAnswer(half!, acceptedVariants(person(key!))), `${half} for ${key}`).toBe(false);
    }
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
