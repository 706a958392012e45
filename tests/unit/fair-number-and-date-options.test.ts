import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { falseVersions } from "@/lib/generation/falsify-statement";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { keyStandsOut } from "@/lib/generation/fair-date-options";
import type { Span } from "@/lib/generation/types";
import { swapInput } from "../support/false-versions";
import { keyOf } from "../support/key-span";

/** The article's own spans indexed as generation does, and a key span by its text. */
function contextOf(articleText: string) {
  return { articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText };
}
const SEEDS = [0, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.99];

// Invented: a guild whose other dates all come just after the one asked about.
const guild =
  "The Lantern Guild\n\nThe lantern makers of Orsk lost their old hall in a fire in 1304. " +
  "The guild wrote its first rule book in 1315. A new hall opened in 1316, and the town gave the guild a seal in 1317.";

describe("year options", () => {
  it("spreads the options round the key, never leaving it alone beside a run of the article's years", () => {
    for (const seed of SEEDS) {
      const options = pickDistractors(keyOf("YEAR", "1304"), "The lantern makers of Orsk lost their old hall in a fire in _____.", contextOf(guild), 3, () => seed);
      expect(options).toHaveLength(3);
      const years = options.map(Number);
      expect(years.some((y) => y < 1304)).toBe(true);
      expect(years.some((y) => y > 1304)).toBe(true);
      // The article's own years are still preferred where they fit.
      expect(options.some((o) => ["1315", "1316", "1317"].includes(o))).toBe(true);
    }
  });

  it("never squeezes the interval the stem states to under half the key's", () => {
    const ctx = contextOf("The Weaver\n\nThe weaver worked the looms of the valley all his life.");
    for (const seed of SEEDS) {
      const options = pickDistractors(keyOf("YEAR", "1822"), "The weaver was born around _____, and in 1838 he opened his own mill.", ctx, 3, () => seed);
      expect(options).toHaveLength(3);
      for (const o of options) expect(Number(o)).toBeLessThanOrEqual(1838 - 16 / 2);
    }
  });

  it("never offers options that each change one digit of the key, so the key is the commonest value", () => {
    expect(keyStandsOut("1847", ["1852", "1837", "1844"], true)).toBe(true);
    expect(keyStandsOut("1847", ["1852", "1849", "1844"], true)).toBe(false);
    const ctx = contextOf("The Canal\n\nThe canal was dug by hand over many years.");
    for (let seed = 0; seed < 1; seed += 0.05) {
      const options = pickDistractors(keyOf("YEAR", "1847"), "The canal opened in _____.", ctx, 3, () => seed);
      expect(options).toHaveLength(3);
      expect(keyStandsOut("1847", options, true)).toBe(false);
    }
  });

  it("reads a key far from a bunched one-sided set, or inside a run of three years, as standing out", () => {
    // The stem bounds one side ("after 1200"), so all options lie above the key; still it must not sit apart from them.
    expect(keyStandsOut("1204", ["1215", "1217", "1219"], false)).toBe(true);
    expect(keyStandsOut("1204", ["1209", "1215", "1212"], false)).toBe(false);
    expect(keyStandsOut("1215", ["1216", "1217", "1190"], true)).toBe(true);
    expect(keyStandsOut("1215", ["1216", "1207", "1190"], true)).toBe(false);
    expect(keyStandsOut("May 1215", ["November 1212", "August 1216", "October 1216"], true)).toBe(false);
  });
});

describe("century options", () => {
  // Invented: a bell foundry whose dates run from the 1500s to the 1900s.
  const foundry =
    "The Bell Foundry\n\nThe first bells were cast at the foundry in 1560. A bigger furnace was built in 1725. " +
    "The foundry cast its largest bell in the 19th century, and it closed in 1936.";

  it("stays within the article's own dates and never goes past its latest one", () => {
    for (const seed of SEEDS) {
      const options = pickDistractors(keyOf("CENTURY", "19th century"), "The foundry cast its largest bell in the _____.", contextOf(foundry), 3, () => seed);
      expect(options).toHaveLength(3);
      for (const o of options) expect(["15th century", "16th century", "17th century", "18th century", "20th century"]).toContain(o);
    }
  });

  it("offers no options at all when the article's dates leave no fair three (the typed form asks instead)", () => {
    const abbey = "The Hill Abbey\n\nMonks built the hill abbey in the 12th century. Its library was finished in 1190.";
    for (const seed of SEEDS) expect(pickDistractors(keyOf("CENTURY", "12th century"), "Monks built the hill abbey in the _____.", contextOf(abbey), 3, () => seed)).toEqual([]);
  });

  it("keeps the key's side of a year the stem states", () => {
    const text = "The Mill\n\nThe mill was built in the 13th century. It burned in 1350 and was rebuilt in 1420. A first wheel turned there in 1020, a new one came in 1180 and another in 1560.";
    for (const seed of SEEDS) {
      const options = pickDistractors(keyOf("CENTURY", "13th century"), "The mill was built in the _____ and burned in 1350.", contextOf(text), 3, () => seed);
      expect(options).toHaveLength(3);
      for (const o of options) expect(Number.parseInt(o, 10)).toBeLessThan(14);
    }
  });
});

describe("number options", () => {
  it("never offers a count the article gives elsewhere for the same thing", () => {
    const text = "The Salt Road\n\nThe first caravan had seven wagons. Some tellers say it had nine wagons, but the ledger disagrees.";
    for (const seed of SEEDS) {
      const options = pickDistractors(keyOf("NUMBER", "seven"), "The first caravan had _____ wagons.", contextOf(text), 3, () => seed);
      expect(options).not.toContain("nine");
      expect(options.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("offers nothing where the stem's own conversion or figures settle the value", () => {
    const ctx = contextOf("The Ridge Road\n\nThe ridge road is long.");
    expect(pickDistractors(keyOf("NUMBER", "306"), "The ridge road runs for _____ kilometres, or about 190 miles.", ctx, 3)).toEqual([]);
    expect(pickDistractors(keyOf("NUMBER", "5"), "If rents rise by _____ percent, a room that cost $200 will cost $210.", ctx, 3)).toEqual([]);
    expect(pickDistractors(keyOf("NUMBER", "220"), "If rents rise by 10 percent, a room that cost $200 will cost $_____.", ctx, 3)).toEqual([]);
    // A second figure in another unit that is not the key's conversion leaves the options alone.
    expect(pickDistractors(keyOf("NUMBER", "306"), "The ridge road runs for _____ kilometres and climbs 900 feet.", ctx, 3)).toHaveLength(3);
  });
});

describe("options of one kind", () => {
  it("takes no place in a list ('a third cause') for a defined term, so it never stands as an option beside real terms", () => {
    const bread =
      "Why Bread Rises\n\nBread rises for a few reasons. Yeast is a tiny fungus that gives off gas as it feeds on sugar. " +
      "Steam is water turned into gas by the heat of the oven. A third cause is a long rest before baking.";
    expect(findDefinitions(parseArticle(bread).sentences).map((d) => d.term)).toEqual(["Yeast"]);
  });
});

describe("statements the sentence's own figures refute", () => {
  it("never turns the direction of a change whose two amounts the sentence gives, nor asks a figure the others work out", () => {
    const rents =
      "Rising Rents\n\nRents in the harbour town change every year. If rents rise by 10 percent in a year, a room that cost $200 last year will cost $220 this year. " +
      "Landlords raise rents when many people want rooms.";
    const prompts: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) generateQuestions(rents, { count: 6, seed, trace: (q) => prompts.push(q.prompt) });
    expect(prompts.some((p) => p.includes("$200"))).toBe(true);
    expect(prompts.filter((p) => /rents fall|\$150|\$1[0-9]{2} this/.test(p))).toEqual([]);
    // Nor asks, typed, a figure the other two work out: that tests sums, not the article.
    expect(prompts.filter((p) => p.includes("_____") && p.includes("$200"))).toEqual([]);
  });
});

describe("a made-up decade in a false statement", () => {
  it("is picked with the statement's own key blanked, not read as a date the statement already states", () => {
    const text = "The Mill\n\nThe cloth mill at Orrel opened in the 1850s beside the river. It closed when the river silted up.";
    const at = text.indexOf("1850s");
    const decade: Span = { type: "DECADE", text: "1850s", start: at, end: at + 5 };
    const made = falseVersions(swapInput(text, 0, { spans: [decade], allSpans: [decade] }));
    expect(made.filter((f) => f.how === "value").map((f) => f.text)).toEqual([expect.stringMatching(/opened in the 18[0-9]0s beside/)]);
    expect(made.some((f) => f.text.includes("1850s"))).toBe(false);
  });
});
