import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented. The sentence before the "He" names its man only by a surname the name lexicon may not know, so nothing but
// the sentence itself tells that its "He" is someone other than the article's subject: it names the subject again.
const ARTICLE =
  "Ravi Anand\n\nRavi Anand was an Indian chemist who taught himself almost everything he knew. He was born on 3 March 1885 in the town of Nandur. " +
  "In January 1910, Anand wrote a letter to C. R. Stout, a leading chemist at the University of Leeds in England. Some of his results were already known, but many were new. " +
  "He arranged for Anand to come to Leeds, and the young chemist arrived in May 1911.";

describe("a 'He' sentence that names the title person again", () => {
  it("leaves its pronoun unresolved (the person would be 'himself'), while the other 'He' sentences keep the title person", () => {
    const { article, questions } = generateQuestions(ARTICLE, { count: 40, seed: 1, keepUnsure: true });
    const bySentence = new Map(article.sentences.map((s) => [s.text.slice(0, 12), s]));
    expect(bySentence.get("He arranged ")?.person).toBeUndefined();
    expect(bySentence.get("He was born ")?.person).toMatchObject({ name: "Ravi Anand" });
    for (const q of questions) expect(q.prompt).not.toMatch(/Ravi Anand (?:did not )?arrange/);
  });
});
