import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { fromAnotherEra } from "@/lib/generation/fair-date-options";
import { findSpans } from "@/lib/generation/find-spans";
import type { Span } from "@/lib/generation/types";

// Invented: a clockmaker's life in the 1800s, and a school named after her long after.
const CLOCKMAKER =
  "Edda Morn\n\nEdda Morn was born in 1811. She opened her first workshop in 1834. Her tower clock was finished in 1842. " +
  "She died in 1857. Around 1979 the city named a school after her, and in 1988 the school built a clock museum.";
// Invented: a harbour whose dates run on with no long gap.
const HARBOUR =
  "Penmor Harbour\n\nThe first quay was built in 1790. A lighthouse followed in 1821. The railway came in 1856. " +
  "A new breakwater was finished in 1889, and the fish market opened in 1925.";

const year = (text: string): Span => ({ type: "YEAR", text, start: 0, end: text.length });
const contextOf = (articleText: string) => ({ articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText });
const SEEDS = Array.from({ length: 20 }, (_, i) => i / 20);

describe("date options from another era of the article", () => {
  it("are not offered when far from the key", () => {
    expect(fromAnotherEra(year("1979"), "1834", CLOCKMAKER)).toBe(true);
    expect(fromAnotherEra(year("1842"), "1988", CLOCKMAKER)).toBe(true);
    for (const seed of SEEDS) {
      const options = pickDistractors(year("1979"), "Around _____ the city named a school after her.", contextOf(CLOCKMAKER), 3, () => seed);
      expect(options.filter((o) => Number(o) < 1900)).toEqual([]);
    }
  });

  it("are offered from the key's own era, and near the key", () => {
    expect(fromAnotherEra(year("1979"), "1988", CLOCKMAKER)).toBe(false);
    expect(fromAnotherEra(year("1834"), "1857", CLOCKMAKER)).toBe(false);
    expect(fromAnotherEra(year("1857"), "1900", CLOCKMAKER)).toBe(false);
  });

  it("are offered when the key and the option each stand alone, far from other dates", () => {
    // A lone later year is still far from the era of her life.
    const lone = CLOCKMAKER.replace(", and in 1988 the school built a clock museum", "");
    expect(fromAnotherEra(year("1979"), "1834", lone)).toBe(true);
    const bridge = "Tarn Bridge\n\nA wooden bridge stood at Tarn in 1402. Monks rebuilt it in stone in 1560. A flood broke it in 1731, and a new span opened in 1902.";
    expect(fromAnotherEra(year("1560"), "1731", bridge)).toBe(false);
    expect(fromAnotherEra(year("1402"), "1902", bridge)).toBe(false);
  });

  it("are all one era when the article's dates run on with no long gap", () => {
    expect(fromAnotherEra(year("1790"), "1925", HARBOUR)).toBe(false);
    expect(fromAnotherEra(year("1925"), "1821", HARBOUR)).toBe(false);
  });
});

describe("a century the stem names in words", () => {
  it("keeps every year option inside it", () => {
    for (const seed of SEEDS) {
      const options = pickDistractors(year("1889"), "Late in the nineteenth century, in _____, the breakwater was finished.", contextOf(HARBOUR), 3, () => seed);
      for (const o of options) expect(Number(o)).toBeGreaterThan(1800);
      for (const o of options) expect(Number(o)).toBeLessThanOrEqual(1900);
    }
  });
});
