import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { namesTitledOther } from "@/lib/generation/titled-others";

// Invented. The other men are named by names no lexicon knows, each after a title or a word for a man ("His rival,
// Duke …", "Her brother, Captain …"): the name finder misses them, so only those words tell that the next "He" may be theirs.
const ARTICLE =
  "Tamsin Orrow: Lord of Pelk\n\nTamsin Orrow was a nobleman who ruled the northern province of Pelk from 1402 to 1438. " +
  "He is remembered for uniting the river towns under one law and for founding a great library at Corbel.\n\n" +
  "Orrow was born in 1380 in the castle of Varrow. His father, Lord Edrin Mauss, was a cruel man who taxed the farmers heavily. " +
  "He built three new prisons and hanged many of his critics. Orrow grew up in fear of his father's temper.\n\n" +
  "In 1402 Orrow inherited the province. His rival, Duke Halvard Strenn, raised an army to seize the province. " +
  "He marched south with four thousand soldiers and burned the town of Ebbing. Orrow defeated the duke at the Battle of Greyford in 1404.\n\n" +
  "Orrow married Lady Mirel Ashcombe in 1406. Her brother, Captain Joss Ashcombe, commanded the river fleet. " +
  "He sailed to the southern ports and signed a trade treaty with the merchants of Lusk. Orrow died in 1438 at Corbel.";

describe("a 'He' after a man the name finder does not know, named by a title or a word for a man", () => {
  it("is not the title person's", () => {
    const { article, questions } = generateQuestions(ARTICLE, { count: 40, seed: 1, keepUnsure: true });
    const at = (opening: string) => article.sentences.find((s) => s.text.startsWith(opening));
    for (const opening of ["He built three", "He marched south", "He sailed to"]) expect(at(opening)?.person).toBeUndefined();
    expect(at("He is remembered")?.person).toMatchObject({ name: "Tamsin Orrow" });
    for (const q of questions) expect(q.prompt).not.toMatch(/(?:Tamsin )?Orrow (?:did not )?(?:built|build|marched|march|sailed|sail)\b/);
  });

  it("reads the title, the word and the name", () => {
    const own = (name: string) => /Orrow/.test(name);
    expect(namesTitledOther("His rival, Duke Halvard Strenn, raised an army.", "he", own)).toBe(true);
    expect(namesTitledOther("Her brother, Captain Joss Ashcombe, commanded the fleet.", "he", own)).toBe(true);
    expect(namesTitledOther("General Mardo Veit ordered twenty warships.", "he", own)).toBe(true);
    // A full name after a determiner and a word for what someone does: the next "she" may be hers.
    expect(namesTitledOther("Orrow met her rival, the singer Edda Kohlmar.", "she", own)).toBe(true);
    // (Not for the sentence's own pronoun, nor a one-word name: "the Greek writer Plutus" is read as the name finder reads it.)
    expect(namesTitledOther("Orrow met the singer Edda Kohlmar.", "she", own, false)).toBe(false);
    expect(namesTitledOther("Orrow read the writer Plutus.", "he", own)).toBe(false);
    // A woman's title in an article whose pronoun is "he", and the person's own name, name no one else he may mean.
    expect(namesTitledOther("Orrow married Lady Mirel Ashcombe in 1406.", "he", own)).toBe(false);
    expect(namesTitledOther("As a boy, Tamsin Orrow loved boats.", "he", own)).toBe(false);
  });
});
