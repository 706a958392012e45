import { describe, expect, it } from "vitest";
import { articleKindHint } from "@/lib/generation/place-kind-hint";
import { makeFillBlank } from "@/lib/generation/make-cloze";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Span } from "@/lib/generation/types";

// Invented articles: a place a gazetteer would list as a city, which the article calls a colony or a fort.
describe("the kind hint of a typed place follows the article's own noun", () => {
  it("reads 'the colony of X', 'X, a colony' and 'the X colony', and agrees with 'the city of X'", () => {
    expect(articleKindHint("Lisbon", "CITY", "Traders sailed to the colony of Lisbon in 1610.")).toBe("a colony");
    expect(articleKindHint("Lisbon", "CITY", "They landed at Lisbon, a small colony on the coast.")).toBe("a colony");
    expect(articleKindHint("Lisbon", "CITY", "Ships supplied the Lisbon colony each spring.")).toBe("a colony");
    expect(articleKindHint("Lisbon", "CITY", "Ships reached Lisbon, an outpost of the crown.")).toBe("an outpost");
    expect(articleKindHint("Lisbon", "CITY", "Ships sailed to the city of Lisbon in 1610.")).toBeNull();
    expect(articleKindHint("Lisbon", "CITY", "Ships sailed to Lisbon in 1610.")).toBeNull();
    expect(articleKindHint("Lisbon", "CITY", "The fort of Lisbon grew into the colony of Lisbon.")).toBe("a place");
    // A people's word or an adjective before the noun, and "the" before the name.
    expect(articleKindHint("Amber Coast", "CITY", "In 1874 the British colony of the Amber Coast took in the inland kingdoms.")).toBe("a colony");
  });

  it("hints a typed blank with the article's noun, not the gazetteer's", () => {
    const text = "The Tarn Traders\n\nIn 1610 the Tarn traders sailed to the colony of Lisbon. The traders sold furs and salt fish in Lisbon every spring.";
    const { sentences } = parseArticle(text);
    const s = sentences[1]!;
    const at = s.start + s.text.indexOf("Lisbon");
    const span: Span = { type: "CITY", text: "Lisbon", start: at, end: at + 6 };
    const q = makeFillBlank(s, span, 1, text);
    expect(q?.prompt).toMatch(/\(a colony\)$/);
    const plain = text.replace("the colony of Lisbon", "the harbour at Lisbon");
    const p = parseArticle(plain).sentences[1]!;
    const pat = p.start + p.text.indexOf("Lisbon");
    expect(makeFillBlank(p, { ...span, start: pat, end: pat + 6 }, 1, plain)?.prompt).toMatch(/\(a city\)$/);
  });
});
