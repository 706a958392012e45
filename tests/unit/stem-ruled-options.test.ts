import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { elementBoundInCompound, optionsRepeatingStemNoun } from "@/lib/generation/check-option-giveaways";
import { fitOptionsToStem } from "@/lib/generation/check-option-fit";
import { optionFailure } from "@/lib/generation/check-options";
import { livesOf, ruledOutByLife } from "@/lib/generation/fair-life-dates";
import { beforeWhatItFollows, dateItFollows } from "@/lib/generation/fair-sequence-dates";
import { chooseFairDates, dateValue } from "@/lib/generation/fair-date-options";
import { stemWorksOut } from "@/lib/generation/fair-number-options";
import { findSpans } from "@/lib/generation/find-spans";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { keyOf } from "../support/key-span";

function contextOf(articleText: string) {
  return { articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText };
}
const TWENTY_SEEDS = Array.from({ length: 20 }, (_, i) => i / 20);

function choice(prompt: string, key: string, others: string[]): GeneratedQuestion {
  const options = [key, ...others].map((text, i) => ({ id: String.fromCharCode(97 + i), text }));
  return {
    type: "MULTIPLE_CHOICE",
    prompt,
    options,
    answerKey: { kind: "choice", optionId: "a" },
    answerText: key,
    source: { sentence: prompt, start: 0, end: prompt.length, answer: { start: 0, end: key.length } },
    spanType: "TERM",
    keyKind: "term",
    score: 1,
    confidence: 0.8,
  } as unknown as GeneratedQuestion;
}

// Invented: a glassmaker's life, told with her birth, her deeds and her death.
const glassmaker =
  "Ines Varro\n\nInes Varro was born in the river town of Callow in 1840. In 1866 Varro opened a small glass workshop by the quay. " +
  "Her blue bottles won a prize at the county fair in 1871. In 1874 Ines Varro married Otto Brede, a barge owner. " +
  "Varro trained twelve apprentices in 1880 and sold the workshop in 1893. Ines Varro died in Callow in 1902. " +
  "In 1955 the town named its new museum of glass after her.";

describe("years a reader rules out by the life the article tells", () => {
  it("reads the birth, the death and the dated deeds of the person", () => {
    const [life] = livesOf(glassmaker);
    expect(life).toMatchObject({ birth: 1840, death: 1902 });
    expect(life).toMatchObject({ name: "Ines Varro", short: ["Ines", "Varro"] });
    expect(life!.deeds).toContain(1866);
  });

  it("never offers a birth year as late as the person's first dated deed", () => {
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("YEAR", "1840"), "Ines Varro was born in the river town of Callow in _____.", contextOf(glassmaker), 3, () => seed);
      for (const o of options) expect(Number(o)).toBeLessThanOrEqual(1866 - 12);
    }
    expect(ruledOutByLife("1840", "1866", "Ines Varro was born in the river town of Callow in _____.", glassmaker)).toBe(true);
  });

  it("never offers a wedding in the bride's childhood, nor a deed of her life after her death", () => {
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("YEAR", "1874"), "In _____ Ines Varro married Otto Brede, a barge owner.", contextOf(glassmaker), 3, () => seed);
      expect(options.length).toBe(3);
      for (const o of options) {
        expect(Number(o)).toBeGreaterThanOrEqual(1840 + 12);
        expect(Number(o)).toBeLessThan(1902);
      }
    }
  });

  it("keeps a deed of the person's life before the death", () => {
    expect(ruledOutByLife("1893", "1905", "Varro sold the workshop in _____.", glassmaker)).toBe(true);
    expect(ruledOutByLife("1893", "1899", "Varro sold the workshop in _____.", glassmaker)).toBe(false);
    // The town is the subject of a naming, not the person: no bound is read from her life.
    expect(ruledOutByLife("1955", "1893", "In _____ the town named its new museum of glass after Ines Varro.", glassmaker)).toBe(false);
  });

  it("offers no death year at the birth or before a dated deed of the person's (fresh11 judges)", () => {
    expect(ruledOutByLife("1902", "1840", "Ines Varro died in Callow in _____.", glassmaker)).toBe(true);
    expect(ruledOutByLife("1902", "1871", "Ines Varro died in Callow in _____.", glassmaker)).toBe(true);
    expect(ruledOutByLife("1902", "1894", "Ines Varro died in Callow in _____.", glassmaker)).toBe(false);
    expect(ruledOutByLife("1902", "1845", "Ines Varro died in Callow in _____.", glassmaker)).toBe(true);
  });

  it("offers no death year in the person's childhood where the article dates none of her deeds (review 16 #2)", () => {
    // Invented: a weaver whose working life is told without a year; another year of the article dates a flood.
    const weaver =
      "Perrin Oska\n\nPerrin Oska was born in the marsh village of Heln in 1790. In 1797 a flood swept the lower fields of Heln. " +
      "She wove sailcloth for the fishing fleet all her life, and her looms passed to her nieces. Perrin Oska died in Heln in 1861.";
    const stem = "Perrin Oska died in Heln in _____.";
    expect(livesOf(weaver)[0]).toMatchObject({ birth: 1790, death: 1861, deeds: [1861] });
    expect(ruledOutByLife("1861", "1797", stem, weaver)).toBe(true);
    expect(ruledOutByLife("1861", "1855", stem, weaver)).toBe(false);
    for (const seed of TWENTY_SEEDS) {
      for (const o of pickDistractors(keyOf("YEAR", "1861"), stem, contextOf(weaver), 3, () => seed)) expect(Number(o)).toBeGreaterThanOrEqual(1790 + 12);
    }
  });

  it("leaves a stem about someone else alone", () => {
    expect(ruledOutByLife("1874", "1840", "In _____ the county built a new bridge at Callow.", glassmaker)).toBe(false);
    // A possessive is not the person: the workshop could outlive her.
    expect(ruledOutByLife("1893", "1905", "Varro's workshop was sold in _____.", glassmaker)).toBe(false);
  });

  it("rules out only years up to the birth for a deed in childhood, and keeps the key off the set's end", () => {
    const prodigy = "Tomas Reyl\n\nTomas Reyl was born in the hill town of Ostra in 1801. Tomas Reyl played the organ at the cathedral in 1809. Tomas Reyl died in Ostra in 1860.";
    const stem = "Tomas Reyl played the organ at the cathedral in _____.";
    expect(ruledOutByLife("1809", "1805", stem, prodigy)).toBe(false);
    expect(ruledOutByLife("1809", "1799", stem, prodigy)).toBe(true);
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("YEAR", "1809"), stem, contextOf(prodigy), 3, () => seed);
      if (options.length) expect(options.some((o) => Number(o) < 1809)).toBe(true);
    }
  });

  it("binds no year through a pronoun when the article tells of two people", () => {
    // Invented: a poet and his daughter; "He" is the father, whose death is not the daughter's.
    const family =
      "Mara Quill\n\nMara Quill was born in the port of Dunmere in 1830. Her father, the poet Aldo Quill, had long been ill. He left the country in 1831. " +
      "He died abroad in 1839. Mara Quill opened a school for girls in 1858.";
    const [life] = livesOf(family);
    expect(life).toMatchObject({ name: "Mara Quill", death: null });
    expect(ruledOutByLife("1831", "1835", "He left the country in _____.", family)).toBe(false);
  });

  it("reads no life from a bracketed span that is no life, nor from a place sharing a surname", () => {
    const war = "The Salt War\n\nThe Long Salt War (1611–1618) ruined the coast. The Harbour Guild was set up in 1622 to rebuild it.";
    expect(livesOf(war)).toEqual([]);
    const town = "Edwin Harrow\n\nThe surveyor Edwin Harrow (1702–1771) laid out the streets. Ostmark became the seat of the county in 1774.";
    expect(livesOf(town).map((l) => l.name)).toEqual(["Edwin Harrow"]);
    expect(ruledOutByLife("1774", "1760", "Ostmark became the seat of the county in _____.", town)).toBe(false);
  });

  it("reads a life whose birth sentence holds an abbreviation", () => {
    const saint = "Lena Marsh\n\nLena Marsh was born in St. Aldric, a river town, in 1890. Lena Marsh sang at the opera house in 1921.";
    expect(livesOf(saint)[0]).toMatchObject({ name: "Lena Marsh", birth: 1890 });
  });
});

// Invented: a beekeeper's notes with a season, a hedged round year and a range.
const apiary =
  "The Holt Apiary\n\nThe Holt Apiary was set up around the year 1200 by monks. In September 1931, after a summer of drought, " +
  "the keeper Rhoda Pell found the hives half empty. In March 1934 she moved the hives to the clover fields. " +
  "A swarm stays in a hollow tree for about four or five days before it settles.";

describe("a month the stem's season settles", () => {
  it("offers only the key's month in other years", () => {
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("MONTH_YEAR", "September 1931"), "At the end of a summer of drought in _____ the keeper Rhoda Pell found the hives half empty.", contextOf(apiary), 3, () => seed);
      expect(options.length).toBe(3);
      for (const o of options) expect(o).toMatch(/^September \d{4}$/);
    }
  });

  it("reads a season in the clause a short opening blank dates", () => {
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("MONTH_YEAR", "September 1931"), "In _____, the keeper Rhoda Pell returned from a summer journey and found the hives half empty.", contextOf(apiary), 3, () => seed);
      expect(options.length).toBe(3);
      for (const o of options) expect(o).toMatch(/^September \d{4}$/);
    }
  });

  it("leaves a season in a name, or in another clause, alone", () => {
    const stems = ["The keeper Rhoda Pell moved the hives past the Summer Gate in _____.", "After a wet summer the clover failed, and in _____ the keeper Rhoda Pell moved the hives."];
    for (const stem of stems) {
      const months = new Set<string>();
      for (const seed of TWENTY_SEEDS) for (const o of pickDistractors(keyOf("MONTH_YEAR", "March 1934"), stem, contextOf(apiary), 3, () => seed)) months.add(o.split(" ")[0]!);
      expect([...months].some((m) => m !== "March")).toBe(true);
    }
  });
});

describe("a hedged round year", () => {
  it("is offered with years as round as it, a rounding away, never a few years off", () => {
    const places = new Set<number>();
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("YEAR", "1200"), "The Holt Apiary was set up around the year _____ by monks.", contextOf(apiary), 3, () => seed);
      expect(options.length).toBe(3);
      for (const o of options) expect(Number(o) % 100).toBe(0);
      places.add(options.filter((o) => Number(o) < 1200).length);
    }
    // The key's place in the set varies with the seed.
    expect(places.size).toBeGreaterThan(1);
  });

  it("makes a false statement at least two roundings away", () => {
    for (const seed of TWENTY_SEEDS) {
      const [swap] = pickDistractors(keyOf("YEAR", "1200"), "The Holt Apiary was set up around the year _____ by monks.", contextOf(apiary), 1, () => seed, true);
      if (swap) expect(Math.abs(Number(swap) - 1200)).toBeGreaterThanOrEqual(200);
    }
  });
});

describe("a number that completes a range the stem states", () => {
  it("is given away, so neither options nor a typed answer are made", () => {
    const stem = "A swarm stays in a hollow tree for about four or _____ days before it settles.";
    expect(stemWorksOut(keyOf("NUMBER", "five"), stem)).toBe(true);
    expect(pickDistractors(keyOf("NUMBER", "five"), stem, contextOf(apiary), 3, () => 0.3)).toEqual([]);
    expect(stemWorksOut(keyOf("NUMBER", "4"), "Each hive holds 3 to _____ frames of brood.")).toBe(true);
    // A range that is not the next step ("four or _____" with nine) is a fact of its own.
    expect(stemWorksOut(keyOf("NUMBER", "nine"), "A swarm stays for four or _____ days.")).toBe(false);
  });

  it("leaves a change, or a wide range, a question", () => {
    expect(stemWorksOut(keyOf("NUMBER", "2,000"), "The number of hives grew from 1,000 to _____ by 1900.")).toBe(false);
    expect(stemWorksOut(keyOf("NUMBER", "30"), "The hives rose from 20 to _____ in ten years.")).toBe(false);
    expect(stemWorksOut(keyOf("NUMBER", "200"), "Honey sold at 100 to _____ pence a jar.")).toBe(false);
    expect(stemWorksOut(keyOf("NUMBER", "20"), "Keepers aged 10 to _____ were trained.")).toBe(false);
  });
});

describe("an element bound in a compound", () => {
  it("refuses the choice form for 'bottled _____' and '_____ tanks'", () => {
    const bottled = choice("The divers breathed bottled _____ on the long descent.", "oxygen", ["nitrogen", "hydrogen", "carbon"]);
    const tanks = choice("The crew checked their _____ tanks before the dive.", "oxygen", ["nitrogen", "hydrogen", "carbon"]);
    for (const q of [bottled, tanks]) {
      expect(elementBoundInCompound(q)).toBe(true);
      expect(optionFailure(q, "", "Diving")).toBe("options-misfit");
    }
  });

  it("keeps an element that stands alone as a noun", () => {
    expect(elementBoundInCompound(choice("Green leaves give out _____ in daylight.", "oxygen", ["nitrogen", "hydrogen", "carbon"]))).toBe(false);
    expect(elementBoundInCompound(choice("Stale blood that has given up its _____ flows back through the veins.", "oxygen", ["nitrogen", "hydrogen", "carbon"]))).toBe(false);
    expect(elementBoundInCompound(choice("The drained marsh slowly lets go of the _____ it has stored.", "carbon", ["nitrogen", "hydrogen", "oxygen"]))).toBe(false);
    // A noun that fits every element, or a word that only counts, binds nothing.
    expect(elementBoundInCompound(choice("Each molecule of the gas holds two _____ atoms.", "oxygen", ["nitrogen", "hydrogen", "carbon"]))).toBe(false);
    expect(elementBoundInCompound(choice("The leaves give off more _____ on sunny days.", "oxygen", ["nitrogen", "hydrogen", "carbon"]))).toBe(false);
  });

  it("offers a building metal only building metals: no gas, no sodium or uranium", () => {
    const roof = "The Corn Exchange\n\nThe old roof of the Corn Exchange was covered in copper in 1890.";
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("TERM", "copper"), "The old roof of the Corn Exchange was covered in _____ in 1890.", contextOf(roof), 3, () => seed);
      expect(options.length).toBeGreaterThan(0);
      for (const o of options) expect(["zinc", "aluminium"]).toContain(o);
    }
  });
});

describe("an option repeating the stem's noun", () => {
  it("is taken out: 'the _____ and huts along the fence' offering 'fences'", () => {
    const q = choice("Guards slept in the _____ and huts along the fence.", "barracks", ["fences", "stables", "cellars"]);
    expect(optionsRepeatingStemNoun(q)).toEqual(["b"]);
    expect(fitOptionsToStem(q, "")).toBeNull();
    expect(q.options.map((o) => o.text)).not.toContain("fences");
  });

  it("is kept when the key shares the noun ('judicial branch' beside 'executive branch')", () => {
    const q = choice("Which _____ settles arguments about what the law means, the branch of the courts?", "judicial branch", ["executive branch", "legislative branch"]);
    expect(optionsRepeatingStemNoun(q)).toEqual([]);
  });
});

// Invented: a rival's answer to a launch the article told first.
const probes =
  "The Probe Race\n\nThe Vannic Agency sent its first probe into orbit on 4 October 1957. The launch alarmed its rival. " +
  "In response the Orlan Bureau rushed a probe of its own, which reached orbit late in January 1958. The Orlan Bureau sent a second probe in November 1958, a third in September 1959 and a fourth in February 1960.";

describe("a date the stem says followed what the article told before", () => {
  const stem = "In response the Orlan Bureau rushed a probe of its own, which reached orbit at the end of _____.";
  const key = { type: "MONTH_YEAR" as const, text: "January 1958", start: probes.indexOf("January 1958"), end: probes.indexOf("January 1958") + 12 };

  it("is never offered earlier than the cause, and the key is never the earliest option", () => {
    const bound = dateItFollows(key, stem, probes);
    expect(bound).toBe(1957 * 12 + 9);
    expect(beforeWhatItFollows(bound, "April 1954")).toBe(true);
    expect(beforeWhatItFollows(bound, "December 1957")).toBe(false);
    let shown = 0;
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(key, stem, contextOf(probes), 3, () => seed);
      if (!options.length) continue;
      shown++;
      expect(options.length).toBe(3);
      for (const o of options) expect(dateValue(o)!).toBeGreaterThanOrEqual(1957 * 12 + 9);
      expect(options.some((o) => dateValue(o)! < 1958 * 12)).toBe(true);
    }
    expect(shown).toBeGreaterThan(0);
  });

  it("refuses a one-sided set when a rule of the stem cut the other side away", () => {
    const later = ["November 1958", "September 1959", "February 1960", "June 1961"];
    // Without the cut, a pool with nothing earlier may give a set with the key first (the runs and gaps permitting).
    expect(chooseFairDates({ type: "MONTH_YEAR", text: "January 1958" }, later, 3, () => 0, 0, true)).toEqual([]);
    expect(chooseFairDates({ type: "MONTH_YEAR", text: "January 1958" }, later, 3, () => 0, 0, false).length).toBe(3);
  });

  it("refuses a set with every wrong option after the key when no date lies between the cause and the key", () => {
    const mills = "The Mill Strike\n\nThe Dunrow mill owners cut wages in 1921. In response the weavers formed a union in 1922. The union won a shorter week in 1926 and opened a hall in 1931.";
    const at = mills.indexOf("1922");
    const union = { type: "YEAR" as const, text: "1922", start: at, end: at + 4 };
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(union, "In response the weavers formed a union in _____.", contextOf(mills), 3, () => seed);
      for (const o of options) expect(Number(o)).toBeGreaterThanOrEqual(1921);
      if (options.length) expect(options.some((o) => Number(o) < 1922)).toBe(true);
    }
  });

  it("leaves a stem without such words alone", () => {
    expect(dateItFollows(key, "The Orlan Bureau's probe reached orbit at the end of _____.", probes)).toBeNull();
  });
});
