import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { afterWhatItPrecedes, dateItFollows, dateItPrecedes } from "@/lib/generation/fair-sequence-dates";
import { findSpans } from "@/lib/generation/find-spans";
import { keyOf } from "../support/key-span";

// Invented articles: a made-up republic, port and river town.
function contextOf(articleText: string) {
  return { articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText };
}
const SEEDS = Array.from({ length: 20 }, (_, i) => i / 20);

function optionsFor(article: string, year: string, stem: string): string[][] {
  const key = keyOf("YEAR", year, article.lastIndexOf(year));
  return SEEDS.map((seed) => pickDistractors(key, stem, contextOf(article), 3, () => seed)).filter((o) => o.length);
}

const tarsa =
  "The Republic of Tarsa\n\nOmar Velt founded the Tarsa Party in 1948. He was jailed by the governors in 1952. Tarsa won its independence in 1961, and Velt became its first president. " +
  "He built new schools and roads across the country. His rule later turned harsh, and he was removed from office by the army in 1974.";

describe("date options for an event the stem places after or before another", () => {
  it("offers no year before the dates told earlier for an event the stem calls 'later'", () => {
    const stem = "His rule later turned harsh, and he was removed from office by the army in _____.";
    expect(dateItFollows(keyOf("YEAR", "1974", tarsa.lastIndexOf("1974")), stem, tarsa)).toBe(1961 * 12);
    const sets = optionsFor(tarsa, "1974", stem);
    expect(sets.length).toBeGreaterThan(0);
    // 1948 and 1952 are the article's own years, but a removal from office "later" than independence cannot fall there.
    for (const options of sets) for (const o of options) expect(Number(o)).toBeGreaterThanOrEqual(1961);
  });

  it("reads no bound from 'no later than', nor from a 'later' after the blank", () => {
    const key = keyOf("YEAR", "1974", tarsa.lastIndexOf("1974"));
    expect(dateItFollows(key, "He was removed from office by the army in _____, no later than the spring.", tarsa)).toBeNull();
    expect(dateItFollows(key, "He was removed from office by the army in _____ and later went into exile.", tarsa)).toBeNull();
  });

  it("fills the early side with years near the key, not beside a far bound", () => {
    const study =
      "The Light Study\n\nIn 1779 Anna Roe showed that leaves give off a gas in light. Later work by Ivo Dane described the steps that build sugar; Dane received the Merit Prize in 1961 for this work.";
    const stem = "Later work by Ivo Dane described the steps that build sugar; Dane received the Merit Prize in _____ for this work.";
    const sets = optionsFor(study, "1961", stem);
    expect(sets.length).toBeGreaterThan(0);
    // Years just after 1779 beside 1961 would leave two clusters, the far one ruled out at a glance.
    for (const options of sets) for (const o of options) expect(Number(o) < 1780 || Number(o) > 1790).toBe(true);
  });

  const port =
    "The Port of Keld\n\nKeld was a fishing village in 1850, and its first pier was built in 1862. The Treaty of Morrow was signed in 1871 and opened the coast to trade. " +
    "After the Treaty of Morrow, the port grew quickly, and a lighthouse was built there in 1883.";

  it("offers no year before the date the article gives an event the stem says came first ('after <event>')", () => {
    const stem = "After the Treaty of Morrow, the port grew quickly, and a lighthouse was built there in _____.";
    expect(dateItFollows(keyOf("YEAR", "1883", port.lastIndexOf("1883")), stem, port)).toBe(1871 * 12);
    const sets = optionsFor(port, "1883", stem);
    expect(sets.length).toBeGreaterThan(0);
    for (const options of sets) for (const o of options) expect(Number(o)).toBeGreaterThanOrEqual(1871);
  });

  it("reads no event from 'named after' a person or from a count of years", () => {
    const key = keyOf("YEAR", "1883", port.lastIndexOf("1883"));
    expect(dateItFollows(key, "A lighthouse named after the Treaty of Morrow was built there in _____.", port)).toBeNull();
    expect(dateItFollows(key, "Twelve years after 1871, a lighthouse was built there in _____.", port)).toBeNull();
    // A blank inside the event's own clause dates that event, not something after it.
    expect(dateItFollows(key, "The port grew quickly after the Treaty of Morrow was signed in _____.", port)).toBeNull();
  });

  const river =
    "The River Town of Oss\n\nThe old bridge at Oss was finished in 1840, before the Great Flood. The Great Flood of 1852 swept away the mills. " +
    "The mills were rebuilt in 1856, and a new dam was built in 1861.";

  it("offers no year after the date the article gives an event the stem says came later ('before <event>')", () => {
    const stem = "The old bridge at Oss was finished in _____, before the Great Flood.";
    const key = keyOf("YEAR", "1840", river.indexOf("1840"));
    expect(dateItPrecedes(key, stem, river)).toBe(1852 * 12);
    expect(afterWhatItPrecedes(1852 * 12, "1852")).toBe(true);
    expect(afterWhatItPrecedes(1852 * 12, "1851")).toBe(false);
    let shown = 0;
    for (const seed of SEEDS) {
      const options = pickDistractors(key, stem, contextOf(river), 3, () => seed);
      if (!options.length) continue;
      shown++;
      // 1856 and 1861 are the article's own years, but a bridge finished "before the Great Flood" cannot fall after it.
      for (const o of options) expect(Number(o)).toBeLessThan(1852);
    }
    expect(shown).toBeGreaterThan(0);
  });
});
