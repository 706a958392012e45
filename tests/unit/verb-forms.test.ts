import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { verbFormsKept, verbsAs } from "@/lib/generation/verb-forms";

// The kept forms must be the tagger's own: each form asked twice (the second from memory) equals a fresh conjugation.
describe("verbsAs", () => {
  const phrases = ["they walked", "it carries", "they ran", "they found", "They built it.", "they keep"];
  it.each(phrases)("gives the tagger's infinitive, gerund and past of %s, the same when asked again", (phrase) => {
    const direct = {
      infinitive: nlp(phrase).verbs().toInfinitive().text(),
      gerund: nlp(phrase).verbs().toGerund().text(),
      past: nlp(phrase).verbs().toPastTense().text(),
    };
    for (const form of ["infinitive", "gerund", "past"] as const) {
      expect(verbsAs(phrase, form)).toBe(direct[form]);
      expect(verbsAs(phrase, form)).toBe(direct[form]);
    }
  });
  it("keeps the forms of one phrase apart", () => {
    expect(verbsAs("they walked", "infinitive")).toBe("walk");
    expect(verbsAs("they walked", "gerund")).toBe("are walking");
  });
  it("works each phrase's form out once, then answers from memory", () => {
    const before = verbFormsKept();
    verbsAs("they quarried", "infinitive");
    expect(verbFormsKept()).toBe(before + 1);
    verbsAs("they quarried", "infinitive");
    expect(verbFormsKept()).toBe(before + 1);
    verbsAs("they quarried", "past");
    expect(verbFormsKept()).toBe(before + 2);
  });
});
