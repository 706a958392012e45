import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { dangles } from "@/lib/generation/question-stems";
import { namesPersonOfSex, personalPronounUnbound, personWordAt, personWordBeforePronoun } from "@/lib/generation/resolve-person-pronouns";

// The word at `at` (a word of the text) as the one reader reads it.
function wordIn(text: string, word: string): ReturnType<typeof personWordAt> {
  const words = text.split(/\s+/);
  return personWordAt(words, words.findIndex((w) => w.replace(/[^\p{L}'’-]/gu, "").replace(/['’]s$/, "") === word));
}

describe("one reader of role words for person pronouns", () => {
  it("reads a word for one person by its sex, and no plural, no noun said of the subject or of a name beside it", () => {
    expect(wordIn("The queen sent for the bishop.", "queen")).toBe("she");
    expect(wordIn("Later his mother sold the mill.", "mother")).toBe("she");
    expect(wordIn("The winner took the cup home.", "winner")).toBe("either");
    expect(wordIn("In 1830 her half-brother sailed to the coast.", "half-brother")).toBe("he");
    expect(wordIn("Her father's boat was sold.", "father")).toBe("he");
    expect(wordIn("The soldiers marched to the gate.", "soldiers")).toBeNull();
    expect(wordIn("In 1204 she became queen of Tolvey.", "queen")).toBeNull();
    expect(wordIn("It was the queen who paid for the bridge.", "queen")).toBe("she");
    expect(wordIn("Manetho, a historian of the court, wrote the list.", "historian")).toBeNull();
    expect(wordIn("The poet Lena Marsh wrote a verse about the dome.", "poet")).toBeNull();
    expect(wordIn("Her owner, Edwin Marle, died in 1851.", "owner")).toBeNull();
    // (A word that only ends like a man's is none: "human", "German".)
    expect(wordIn("The human heart has four rooms.", "human")).toBeNull();
  });

  it("asks the same of a stem's pronoun, of a pronoun in a text shown apart and of a title person's sentence", () => {
    // "The soldiers" are no one a "his" can mean, wherever it is asked.
    expect(dangles("The soldiers carried his banner to the gate.")).toBe(true);
    expect(dangles("The winner carried his banner to the gate.")).toBe(false);
    expect(personalPronounUnbound("Many soldiers came to his shop.", () => null, [], "")).toBe(true);
    expect(namesPersonOfSex("In 1830 his half-brother sailed to the coast.", "he")).toBe(true);
    expect(namesPersonOfSex("The clerk copied the deed.", "he")).toBe(false);
  });

  it("leaves a title person's pronoun unresolved after a sentence that names a man by a compound kin word", () => {
    const article = `Thomas Hale, Clockmaker

Thomas Hale was a clockmaker who built the tower clock of Tarvin.

Thomas Hale was born in the village of Pell in 1801. He trained as a clockmaker in the town of Arn. In 1830 his half-brother sailed to the coast with a cargo of wool. He opened a shop in the port of Tarvin in 1832. He built the great tower clock of Tarvin in 1840.`;
    const sentences = generateQuestions(article, { count: 10, seed: 1 }).article.sentences;
    const after = sentences.find((s) => s.text.startsWith("He opened a shop"))!;
    expect(after.titlePerson?.othersBefore).toBe(true);
    expect(after.person).toBeUndefined();
    expect(sentences.find((s) => s.text.startsWith("He trained"))!.person?.name).toBe("Thomas Hale");
  });

  it("reads a noun after a copula as someone else's where a preposition or a possessive comes between", () => {
    expect(namesPersonOfSex("The forge was her brother's, and he ran it until 1890.", "he")).toBe(true);
    expect(namesPersonOfSex("The letter was for his mother, and she kept it.", "she")).toBe(true);
    expect(namesPersonOfSex("By then the boat was the widow's.", "she")).toBe(true);
    // (Said of the subject itself, with only a determiner or adjectives between: no one else.)
    expect(namesPersonOfSex("In 1204 she became the new queen of Tolvey.", "she")).toBe(false);
    expect(namesPersonOfSex("By 1850 she was a widow.", "she")).toBe(false);
  });

  it("writes no title person's name in for a pronoun after a word for someone of her sex in the same sentence", () => {
    expect(personWordBeforePronoun("When Mr Dunn died, the forge went to the widow, and she sold it.", "she")).toBe(true);
    expect(personWordBeforePronoun("She sold the forge to the widow in 1860.", "she")).toBe(false);
    const article = `Ruth Penn, Smith of Dray

Ruth Penn was born in Dray in 1822. She learned the smith's trade from her uncle. In 1845 she built a forge on the Dray road. She shod horses for the farms of the valley.

In 1851 she bought a cart from Mr Dunn. When Mr Dunn died in 1853, the old forge went to the widow, and she sold it to a wheelwright in 1860. She bought a second forge in 1862. She served as reeve of Dray from 1870 to 1874. She died in 1889 at her forge.`;
    const prompts: string[] = [];
    for (const seed of [1, 2, 3, 4]) generateQuestions(article, { count: 30, seed, keepUnsure: true, trace: (q) => prompts.push(`${q.prompt} ${q.answerText}`) });
    expect(prompts.some((p) => /the old forge went to the widow/.test(p))).toBe(true);
    expect(prompts.filter((p) => /Ruth(?: Penn)? sold it to a wheelwright/.test(p))).toEqual([]);
    const sentences = generateQuestions(article, { count: 10, seed: 1 }).article.sentences;
    expect(sentences.find((s) => s.text.startsWith("When Mr Dunn died"))!.person).toBeUndefined();
    expect(sentences.find((s) => s.text.startsWith("In 1845 she built"))!.person?.name).toBe("Ruth Penn");
  });
});
