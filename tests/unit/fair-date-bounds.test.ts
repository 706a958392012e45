import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { articleYearSpan, keyStandsOut } from "@/lib/generation/fair-date-options";
import { stemWorksOut } from "@/lib/generation/fair-number-options";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { keyOf } from "../support/key-span";

function contextOf(articleText: string) {
  return { articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText };
}
const TWENTY_SEEDS = Array.from({ length: 20 }, (_, i) => i / 20);

// Invented: a tram line whose progress the article gives by a bound ("By 1850 …").
const tramway =
  "The Penwick Tramway\n\nBuilders laid the first rails near Harrow in 1838. By 1850 the tramway had reached the harbour at Penwick. " +
  "Horses pulled the cars for many years. The tramway closed in 1951, when buses took its place.";

describe("a date the stem bounds ('by', 'before', 'since')", () => {
  it("gets no date options and no swapped date: every later date would be right as well", () => {
    for (const seed of TWENTY_SEEDS) {
      expect(pickDistractors(keyOf("YEAR", "1850"), "By _____ the tramway had reached the harbour at Penwick.", contextOf(tramway), 3, () => seed)).toEqual([]);
      expect(pickDistractors(keyOf("YEAR", "1850"), "By _____ the tramway had reached the harbour at Penwick.", contextOf(tramway), 1, () => seed, true)).toEqual([]);
      expect(pickDistractors(keyOf("DECADE", "1850s"), "Before the _____ the horses pulled every car.", contextOf(tramway), 3, () => seed)).toEqual([]);
    }
  });

  it("never ships a question that offers a second right answer for a bounded date, over twenty seeds", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const qs: GeneratedQuestion[] = [];
      generateQuestions(tramway, { count: 6, seed, trace: (q) => qs.push(q) });
      for (const q of qs) {
        if (q.type === "MULTIPLE_CHOICE" && /\bBy _____/.test(q.prompt)) throw new Error(`bounded date asked with options: ${q.prompt} ${q.options?.join(" / ")}`);
        if (q.type === "TRUE_FALSE") expect(q.prompt).not.toMatch(/\bBy (?!1850)\d{4} the tramway/);
      }
    }
  });
});

describe("a date option that is the key again", () => {
  const mills =
    "Mills of the Vale\n\nSmall water mills stood along the vale in the early 1800s. Steam mills came to the vale in the 1840s. " +
    "The last steam mill shut in the 1920s, long after electric motors had come in the 1880s.";
  it("never offers a decade or century that contains or overlaps the key's", () => {
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("DECADE", "1840s"), "Steam mills came to the vale in the _____.", contextOf(mills), 3, () => seed);
      expect(options).not.toContain("1800s");
    }
  });

  it("never offers the key's own date written in another order", () => {
    const voyage = "The Polar Flag\n\nThe crew raised their flag at the pole on 14 December 1911. Papers abroad printed the news under December 14, 1911.";
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("FULL_DATE", "14 December 1911"), "The crew raised their flag at the pole on _____.", contextOf(voyage), 3, () => seed);
      expect(options).not.toContain("December 14, 1911");
    }
  });
});

describe("decades and centuries the stem states", () => {
  const ctx = contextOf("Mills of the Vale\n\nThe first mill was built in the 11th century. Mills ran in the vale from the 1840s and the 1860s into the 1990s.");
  it("keeps every decade option on the key's side of a decade in the stem", () => {
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("DECADE", "1920s"), "The last steam mill shut in the _____, after electric motors had come in the 1880s.", ctx, 3, () => seed);
      for (const o of options) expect(Number(o.slice(0, 4))).toBeGreaterThan(1880);
    }
  });

  it("keeps every century option on the key's side of a decade in the stem, and asks none where the stem's date lies inside the key's century", () => {
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("CENTURY", "16th century"), "The mill was rebuilt in the _____ and again in the 1650s.", ctx, 3, () => seed);
      for (const o of options) expect(Number.parseInt(o, 10)).toBeLessThan(17);
      expect(pickDistractors(keyOf("CENTURY", "13th century"), "The mill was built in the _____ and burned in 1250.", ctx, 3, () => seed)).toEqual([]);
    }
  });

  it("reads the article's years without counts, with three-figure years and whole BC ranges", () => {
    expect(articleYearSpan("The abbey was founded in the 12th century. Its library dates from 1190. Today 1500 visitors come each week, and the shop sells 2000 postcards.")).toEqual([1101, 1200]);
    expect(articleYearSpan("The canal was begun in 618 and finished by 907, long after the towers built between 1200 and 1150 BC.")).toEqual([618, 907]);
  });

  it("finds a fair set of whole dates for every seed, from the made dates alone", () => {
    const ctx2 = contextOf("The Flag\n\nThe crew raised a flag at the pole.");
    for (const seed of TWENTY_SEEDS) {
      // The stem's year leaves only dates after it: the made dates must still give three.
      const options = pickDistractors(keyOf("FULL_DATE", "14 December 1911"), "The crew raised a flag at the pole on _____, a year after a first try failed in 1910.", ctx2, 3, () => seed);
      expect(options).toHaveLength(3);
      for (const o of options) expect(Number(o.slice(-4))).toBeGreaterThan(1910);
      expect(keyStandsOut("14 December 1911", options, false)).toBe(false);
    }
  });

  it("reads a run of three decades or months as a run, whatever the month", () => {
    expect(keyStandsOut("May 1847", ["April 1847", "June 1847", "January 1850"], true)).toBe(true);
    expect(keyStandsOut("1850s", ["1840s", "1860s", "1900s"], true)).toBe(true);
  });
});

describe("counts, units and conversions", () => {
  it("never offers a part as large as its whole ('_____ of the five ships'), and reads 'two of the ships' as no count of ships", () => {
    const ctx = contextOf("The Spice Fleet\n\nThe fleet of five ships left port in spring. Two of the ships were lost in a storm.");
    for (const seed of TWENTY_SEEDS) {
      for (const o of pickDistractors(keyOf("NUMBER", "Three"), "_____ of the five ships reached the islands.", ctx, 3, () => seed)) expect(["Five", "Six", "Seven", "Eight"]).not.toContain(o);
      expect(pickDistractors(keyOf("NUMBER", "Three"), "_____ ships reached the islands.", ctx, 3, () => seed)).toHaveLength(3);
    }
  });

  it("reads a conversion only as an apposition of the key's figure, never 'in' as inches, and asks no typed blank it works out", () => {
    const ctx = contextOf("The Hill Town\n\nThe hill town is old.");
    expect(pickDistractors(keyOf("NUMBER", "30"), "The town wall is _____ metres long and 100 feet high.", ctx, 3)).toHaveLength(3);
    expect(pickDistractors(keyOf("NUMBER", "25"), "The storm dropped _____ cm of rain, and 10 in every 100 homes flooded.", ctx, 3)).toHaveLength(3);
    expect(stemWorksOut(keyOf("NUMBER", "306"), "The ridge road runs for _____ kilometres, or about 190 miles.")).toBe(true);
    expect(stemWorksOut(keyOf("NUMBER", "306"), "The ridge road runs for _____ kilometres and climbs 900 feet.")).toBe(false);
    // The things counted, named one by one right after the count: counting the names gives the key.
    expect(stemWorksOut(keyOf("NUMBER", "two"), "Orm was helped by _____ foreign sailors, Ama Ro and Teo Vas, who became his advisers.")).toBe(true);
    expect(stemWorksOut(keyOf("NUMBER", "three"), "The flag has _____ colours, red, green and gold.")).toBe(true);
    expect(stemWorksOut(keyOf("NUMBER", "four"), "She had _____ children, two sons and two daughters.")).toBe(false);
    expect(stemWorksOut(keyOf("NUMBER", "three"), "The town had _____ mills, Hale and Brook, and later more.")).toBe(false);
  });

  it("never turns the direction of a change given in currency words", () => {
    const fares =
      "Bus Fares\n\nFares on the island buses follow the price of fuel. When the price of fuel rises, the cost of a bus ticket rises from 2 euros to 3 euros. " +
      "Drivers are paid by the hour.";
    const prompts: string[] = [];
    for (let seed = 1; seed <= 8; seed++) generateQuestions(fares, { count: 6, seed, trace: (q) => prompts.push(q.prompt) });
    expect(prompts.filter((p) => /ticket falls from 2 euros/.test(p))).toEqual([]);
  });
});

describe("shell nouns", () => {
  it("takes no 'main cause' or 'another important factor' for a defined term", () => {
    const bread =
      "Why Bread Rises\n\nBread rises for a few reasons. Yeast is a tiny fungus that gives off gas as it feeds on sugar. " +
      "The main cause is a long rest before baking. Another important factor is a warm kitchen. A further cause is soft flour.";
    expect(findDefinitions(parseArticle(bread).sentences).map((d) => d.term)).toEqual(["Yeast"]);
  });

});

describe("the seed", () => {
  it("varies which of the article's own dates make up the options, so one set does not recur across a quiz", () => {
    const harbour =
      "The Harbour Town\n\nFishers settled the bay in the 1780s. A stone pier was built in the 1810s, and a lighthouse in the 1830s. " +
      "The railway arrived in the 1850s. Canneries opened in the 1870s, and the old pier was rebuilt in the 1890s.";
    const sets = new Set<string>();
    for (const seed of TWENTY_SEEDS) sets.add(pickDistractors(keyOf("DECADE", "1850s"), "The railway arrived in the _____.", contextOf(harbour), 3, () => seed).sort().join(" "));
    sets.delete("");
    expect(sets.size).toBeGreaterThanOrEqual(3);
  });
});

describe("a distractor far from the rest", () => {
  it("counts a set with one option far from a bunched rest as unfair: that option is ruled out at a glance", () => {
    expect(keyStandsOut("1599", ["1590", "1614", "1997"], true)).toBe(true);
    expect(keyStandsOut("1599", ["1590", "1614", "1642"], true)).toBe(false);
  });
});
