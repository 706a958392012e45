import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { fractionOf } from "@/lib/generation/fraction-forms";
import { findSpans } from "@/lib/generation/find-spans";
import { keyOf } from "../support/key-span";

// Invented: a made-up fishing town. "one third" beside "a third" would be two right options.
const number = (text: string) => keyOf("NUMBER", text);

describe("fraction options", () => {
  it("never offer the key's amount in other words, nor one amount twice", () => {
    const article = "The fishers of Merrow take a third of their catch to market. One quarter of the nets are new.";
    const ctx = { articleTexts: indexArticleTexts(findSpans(article)), year: null, articleText: article };
    for (const key of ["a third", "one third", "a quarter", "half"]) {
      for (const seed of [0.1, 0.3, 0.5, 0.7, 0.9]) {
        const options = pickDistractors(number(key), "The fishers of Merrow take _____ of their catch to market.", ctx, 3, () => seed);
        expect(options.length, key).toBeGreaterThan(0);
        const amounts = options.map((o) => fractionOf(o) ?? o.toLowerCase());
        expect(amounts, `${key}: ${options.join(" | ")}`).not.toContain(fractionOf(key));
        expect(new Set(amounts).size, options.join(" | ")).toBe(amounts.length);
      }
    }
  });
});
