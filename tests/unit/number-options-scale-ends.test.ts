import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { ruledOutByStem } from "@/lib/generation/fair-number-options";
import { findSpans } from "@/lib/generation/find-spans";
import { keyOf } from "../support/key-span";

// Judges failed "230" offered for a line of longitude: no such longitude exists, so the option is ruled out unread.
const number = (text: string) => keyOf("NUMBER", text);

describe("number options stay on the blank's scale", () => {
  it("rules out a longitude past 180 degrees and a latitude past 90", () => {
    expect(ruledOutByStem(number("170"), "230", "The old border ran near _____ degrees longitude.")).toBe(true);
    expect(ruledOutByStem(number("170"), "130", "The old border ran near _____ degrees longitude.")).toBe(false);
    expect(ruledOutByStem(number("60"), "120", "The island lies at about _____ degrees north latitude.")).toBe(true);
    expect(ruledOutByStem(number("60"), "230", "The kettle reached _____ degrees before it boiled over.")).toBe(false);
  });

  it("never offers one", () => {
    const article = "Kell Station stands near 170 degrees longitude. The station has 90 rooms and 230 beds. It opened with 130 staff.";
    const ctx = { articleTexts: indexArticleTexts(findSpans(article)), year: null, articleText: article };
    for (const seed of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const options = pickDistractors(number("170"), "Kell Station stands near _____ degrees longitude.", ctx, 3, () => seed);
      expect(options.length).toBeGreaterThan(0);
      expect(options.every((o) => Number(o.replace(/,/g, "")) <= 180), options.join()).toBe(true);
    }
  });
});

describe("a figure written to the cent", () => {
  it("gets options written to the cent too, so the key is not the only one without '.00'", () => {
    const article = "The Corn Fund holds its savings in the town bank. After a year the account held 2,318.47 crowns.";
    const ctx = { articleTexts: indexArticleTexts(findSpans(article)), year: null, articleText: article };
    for (const seed of [0.1, 0.5, 0.9]) {
      const options = pickDistractors(number("2,318.47"), "After a year the account held _____ crowns.", ctx, 3, () => seed);
      expect(options.length).toBe(3);
      expect(options.every((o) => /^\d{1,3}(?:,\d{3})*\.\d{2}$/.test(o) && !o.endsWith(".00")), options.join()).toBe(true);
    }
  });
});
