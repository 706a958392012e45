import { describe, expect, it } from "vitest";
import { laterClauseStem } from "@/lib/generation/clause-stems";
import { parseArticle } from "@/lib/generation/parse-article";

describe("a later clause that ends on a quotation closing its sentence", () => {
  it("keeps the quotation's own full stop and adds none after it", () => {
    // Invented: the second clause, after a semicolon, closes on a quoted line.
    const text = 'The main lesson of the tale is kindness; as Mirel tells Tobin, "Nobody walks alone."';
    const sentence = parseArticle(`Title\n${text}`).sentences[0]!;
    const from = text.indexOf("as Mirel");
    expect(laterClauseStem(sentence, 'as _____ tells Tobin, "Nobody walks alone."', from)).toBe('As _____ tells Tobin, "Nobody walks alone."');
  });
});
