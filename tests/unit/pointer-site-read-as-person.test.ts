import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";
import { resolvePointers } from "@/lib/generation/resolve-pointers";
import type { Span } from "@/lib/generation/types";

// Invented: a hill fort whose two-word name the name finder reads both as a place's and as a person's. The person reading
// kept the next sentence's "It" unresolved, so what the article says of the site (where it sits, what it is built of) went unasked.

const text = "Tarn Oddo: The Hill Fort of the Marsh Kings\n\nTarn Oddo is a stone fort built by the marsh kings on a hill above the river Vell. It sits on a rocky spur about 300 metres above the marsh, with a single gate facing east.";

function subjectAfter(names: (start: number, end: number) => Span[]): string | undefined {
  const article = parseArticle(text);
  const first = article.sentences[0]!;
  const at = text.indexOf("Tarn Oddo is");
  const named = article.sentences.map((s) => (s === first ? names(at, at + "Tarn Oddo".length) : []));
  resolvePointers(article.sentences, named, article.title);
  return article.sentences[1]!.subject;
}

describe("an 'It' after a sentence whose subject is a name read as both a place and a person", () => {
  it("is the place", () => {
    expect(subjectAfter((start, end) => [
      { type: "PLACE", text: "Tarn Oddo", start, end },
      { type: "PERSON", text: "Tarn Oddo", start, end, guessed: true },
    ])).toBe("Tarn Oddo");
  });

  it("is still no one when the name is read only as a person's", () => {
    expect(subjectAfter((start, end) => [{ type: "PERSON", text: "Tarn Oddo", start, end, guessed: true }])).toBeUndefined();
  });
});
