import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { elementBoundInCompound, optionsRepeatingStemNoun } from "@/lib/generation/check-option-giveaways";
import { fitOptionsToStem } from "@/lib/generation/check-option-fit";
import { optionFailure } from "@/lib/generation/check-options";
import { livesOf, ruledOutByLife } from "@/lib/generation/fair-life-dates";
import { beforeWhatItFollows } from "@/lib/generation/fair-sequence-dates";
import { stemWorksOut } from "@/lib/generation/fair-number-options";
import { findSpans } from "@/lib/generation/find-spans";
import type { GeneratedQuestion, Span, SpanType } from "@/lib/generation/types";

function contextOf(articleText: string) {
  return { articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText };
}
function keyOf(type: SpanType, text: string): Span {
  return { type, text, start: 0, end: text.length };
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
  "Ines Varro\n\nInes Varro was born in the river town of Callow in 1840. In 1866 she opened a small glass workshop by the quay. " +
  "Her blue bottles won a prize at the county fair in 1871. In 1874 she married Otto Brede, a barge owner. " +
  "She trained twelve apprentices in 1880 and sold the workshop in 1893. Ines Varro died in Callow in 1902. " +
  "In 1955 the town named its new museum of glass after her.";

describe("years a reader rules out by the life the article tells", () => {
  it("reads the birth, the death and the dated deeds of the person", () => {
    const [life] = livesOf(glassmaker);
    expect(life).toMatchObject({ birth: 1840, death: 1902 });
    expect(life!.names).toEqual(["Ines", "Varro"]);
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

  it("keeps a naming after the death after the death", () => {
    expect(ruledOutByLife("1955", "1893", "In _____ the town named its new museum of glass after Ines Varro.", glassmaker)).toBe(true);
    expect(ruledOutByLife("1955", "1948", "In _____ the town named its new museum of glass after Ines Varro.", glassmaker)).toBe(false);
  });

  it("keeps the birth year as an option for the death year, the article's own pair", () => {
    expect(ruledOutByLife("1902", "1840", "Ines Varro died in Callow in _____.", glassmaker)).toBe(false);
    expect(ruledOutByLife("1902", "1845", "Ines Varro died in Callow in _____.", glassmaker)).toBe(true);
  });

  it("leaves a stem about someone else alone", () => {
    expect(ruledOutByLife("1874", "1840", "In _____ the county built a new bridge at Callow.", glassmaker + " Many people lived there.")).toBe(false);
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
      const options = pickDistractors(keyOf("MONTH_YEAR", "September 1931"), "In _____, after a summer of drought, the keeper Rhoda Pell found the hives half empty.", contextOf(apiary), 3, () => seed);
      expect(options.length).toBe(3);
      for (const o of options) expect(o).toMatch(/^September \d{4}$/);
    }
  });
});

describe("a hedged round year", () => {
  it("is offered with years as round as it, a rounding away, never a few years off", () => {
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("YEAR", "1200"), "The Holt Apiary was set up around the year _____ by monks.", contextOf(apiary), 3, () => seed);
      expect(options.length).toBe(3);
      for (const o of options) expect(Number(o) % 100).toBe(0);
    }
  });
});

describe("a number that completes a range the stem states", () => {
  it("is given away, so neither options nor a typed answer are made", () => {
    const stem = "A swarm stays in a hollow tree for about four or _____ days before it settles.";
    expect(stemWorksOut(keyOf("NUMBER", "five"), stem)).toBe(true);
    expect(pickDistractors(keyOf("NUMBER", "five"), stem, contextOf(apiary), 3, () => 0.3)).toEqual([]);
    expect(stemWorksOut(keyOf("NUMBER", "30"), "The rope is _____ to 40 metres long.")).toBe(true);
    // A range that is not the next step ("four or _____" with nine) is a fact of its own.
    expect(stemWorksOut(keyOf("NUMBER", "nine"), "A swarm stays for four or _____ days.")).toBe(false);
  });
});

describe("an element bound in a compound", () => {
  it("refuses the choice form for 'bottled _____', '_____ tanks' and '_____ ions'", () => {
    const bottled = choice("The divers breathed bottled _____ on the long descent.", "oxygen", ["nitrogen", "hydrogen", "carbon"]);
    const tanks = choice("The crew checked their _____ tanks before the dive.", "oxygen", ["nitrogen", "hydrogen", "carbon"]);
    const ions = choice("The acid releases _____ ions into the water.", "hydrogen", ["oxygen", "nitrogen", "carbon"]);
    for (const q of [bottled, tanks, ions]) {
      expect(elementBoundInCompound(q)).toBe(true);
      expect(optionFailure(q, "", "Diving")).toBe("options-misfit");
    }
  });

  it("keeps an element that stands alone as a noun", () => {
    expect(elementBoundInCompound(choice("Green leaves give out _____ in daylight.", "oxygen", ["nitrogen", "hydrogen", "carbon"]))).toBe(false);
    expect(elementBoundInCompound(choice("Stale blood that has given up its _____ flows back through the veins.", "oxygen", ["nitrogen", "hydrogen", "carbon"]))).toBe(false);
    expect(elementBoundInCompound(choice("The drained marsh slowly lets go of the _____ it has stored.", "carbon", ["nitrogen", "hydrogen", "oxygen"]))).toBe(false);
  });

  it("offers metals for a metal and no gases", () => {
    const roof = "The Corn Exchange\n\nThe old roof of the Corn Exchange was covered in copper in 1890.";
    const options = pickDistractors(keyOf("TERM", "copper"), "The old roof of the Corn Exchange was covered in _____ in 1890.", contextOf(roof), 3, () => 0.4);
    expect(options.length).toBe(3);
    for (const o of options) expect(["hydrogen", "nitrogen", "oxygen", "carbon", "helium", "neon", "chlorine", "sulfur"]).not.toContain(o);
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
const ferries =
  "The Ferry Race\n\nIn May 1921 the Orrin Line put a fast steam ferry on the crossing to Tallow Isle. Fares fell by half within weeks. " +
  "In response the Kessel Company ordered two faster boats, and the first of them, the Swift, began sailing in March 1923.";

describe("a date the stem says followed what the article told before", () => {
  it("is never offered earlier than the dates told before it", () => {
    const stem = "In response the Kessel Company ordered two faster boats, and the first of them, the Swift, began sailing in _____.";
    expect(beforeWhatItFollows("March 1923", "October 1920", stem, ferries)).toBe(true);
    expect(beforeWhatItFollows("March 1923", "August 1924", stem, ferries)).toBe(false);
    for (const seed of TWENTY_SEEDS) {
      const options = pickDistractors(keyOf("MONTH_YEAR", "March 1923"), stem, contextOf(ferries), 3, () => seed);
      for (const o of options) expect(Number(o.slice(-4)) * 12).toBeGreaterThanOrEqual(1921 * 12);
    }
  });

  it("leaves a stem without such words alone", () => {
    expect(beforeWhatItFollows("March 1923", "October 1920", "The Swift began sailing in _____.", ferries)).toBe(false);
  });
});
