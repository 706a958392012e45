import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { namesTitledOther } from "@/lib/generation/titled-others";

// Invented. Places and bodies after a word ending like a doer's ("the former …", "the upper …", "her rival, the …") are
// no one a later "he" or "she" may mean.
const ARTICLE =
  "Pavel Orsk\n\nPavel Orsk was an engineer who built railways across the northern plains. He was born in the town of Melk in 1871.\n\n" +
  "Pavel Orsk studied at the technical school of Melk. He moved to the former Grand Duchy of Lessa in 1895. " +
  "He built the first railway across the plains in 1899. Pavel Orsk later travelled to the upper Vessa Valley. " +
  "He designed a steel bridge over the Vessa in 1905. He died in Melk in 1932.";

describe("a place or a body after a word ending like a doer's", () => {
  it("names no one else", () => {
    const own = (name: string) => /Orsk/.test(name);
    expect(namesTitledOther("He moved to the former Grand Duchy of Lessa in 1895.", "he", own)).toBe(false);
    expect(namesTitledOther("Orsk later travelled to the upper Vessa Valley.", "he", own)).toBe(false);
    expect(namesTitledOther("His rival, the Kessel Rail Company, cut its fares.", "he", own)).toBe(false);
    // (A person so described still is someone else.)
    expect(namesTitledOther("Orsk hired the surveyor Anton Brill.", "he", own)).toBe(true);
  });

  it("leaves the next sentence's pronoun the title person's", () => {
    const { article } = generateQuestions(ARTICLE, { count: 10, seed: 1 });
    const at = (opening: string) => article.sentences.find((s) => s.text.startsWith(opening));
    for (const opening of ["He built the first", "He designed a steel"]) expect(at(opening)?.person).toMatchObject({ name: "Pavel Orsk" });
  });
});
