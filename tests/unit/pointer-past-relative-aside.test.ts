import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";
import { resolvePointers } from "@/lib/generation/resolve-pointers";

// Invented articles: the things a ", which …" clause names in passing after the verb were taken as rivals for the next
// sentence's "It", so "It proved that …" (the point of a significance sentence) stayed unresolved and went unasked.

function subjects(text: string): (string | undefined)[] {
  const article = parseArticle(text);
  resolvePointers(article.sentences, article.sentences.map(() => []), article.title);
  return article.sentences.map((s) => s.subject);
}

describe("an 'It' after a sentence whose description ends in a ', which …' clause", () => {
  it("is the sentence's subject", () => {
    const text = "Ada Vell Sails to Kell\n\nAda Vell sailed from Arn to the island of Kell in the winter of 1802. The voyage was a great victory for the guild of Arn against the duke, which sent Ivo Marr on a shorter, slower voyage a month later. It proved that a small boat could cross the open sea in winter.";
    expect(subjects(text)[2]).toBe("The voyage");
  });

  it("is still left alone when a thing outside the aside could be meant", () => {
    const text = "Ada Vell Sails to Kell\n\nAda Vell sailed from Arn to the island of Kell in the winter of 1802. The voyage took a new ship past the old fort, which the duke had built. It proved hard to steer.";
    expect(subjects(text)[2]).toBeUndefined();
  });
});
