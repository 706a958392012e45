import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors, sameYearDates } from "@/lib/generation/distractors";
import { livesOf, ruledOutByLife } from "@/lib/generation/fair-life-dates";
import { dateItFollows } from "@/lib/generation/fair-sequence-dates";
import { dateValue } from "@/lib/generation/fair-date-options";
import { findSpans } from "@/lib/generation/find-spans";
import type { Span } from "@/lib/generation/types";
import { keyOf } from "../support/key-span";

// Date options a student rules out by the article's own timeline: a death before a deed the person did alive, a
// selection after the deed it led to, a range whose bare start day the blank must follow, news before its event.
// Every article here is invented.

const contextOf = (articleText: string) => ({ articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText });
const SEEDS = Array.from({ length: 20 }, (_, i) => i / 20);
/** Every distractor `pickDistractors` offers for the key over the twenty seeds, in one list. */
const optionsOverSeeds = (key: Span, stem: string, articleText: string): string[] =>
  SEEDS.flatMap((seed) => pickDistractors(key, stem, contextOf(articleText), 3, () => seed));

// A balloonist known by one word in the title; her great deed, the headline year, is told with a role before her name.
const BALLOONIST = `Sendra's Crossing of 1911

Sendra was born on 2 March 1884 in the lake village of Orvel. She later studied weather at a small college, and in 1908 she was chosen as one of the first crew of the Orvel Balloon Club.
On 9 June 1911 the young aeronaut Ilse Sendra crossed the Tarn Mountains in a hydrogen balloon, the first person to do so. The flight took nineteen hours.
Sendra never flew that high again; she died on 14 August 1936 when her car left a mountain road. In 1950 the club named its new field after her.`;

describe("a person's life and the deeds the article dates bound the date options", () => {
  it("reads a deed whose subject has a role and a first name before the one-word name", () => {
    const [life] = livesOf(BALLOONIST);
    expect(life).toMatchObject({ name: "Sendra", birth: 1884, death: 1936 });
    expect(life!.deeds).toContain(1911);
  });

  it("reads no deed where her name follows a verb, an 'of' or a possessive (review 16 #14)", () => {
    const honoured =
      "Sendra's Flights\n\nSendra was born in 1884 in Orvel. In 1911 Sendra crossed the Tarn Mountains in a balloon. In 1925 her rival Mara Sendra flew over the same range. " +
      "In 1930 the son of Sendra joined the club. In 1952 the club honoured Sendra with a statue.";
    const [life] = livesOf(honoured);
    expect(life!.deeds).toContain(1911);
    for (const year of [1925, 1930, 1952]) expect(life!.deeds).not.toContain(year);
  });

  it("offers no death date at the birth or at a deed she lived on after", () => {
    const stem = "Sendra never flew that high again; she died on _____ when her car left a mountain road.";
    expect(ruledOutByLife("14 August 1936", "2 March 1884", stem, BALLOONIST)).toBe(true);
    expect(ruledOutByLife("14 August 1936", "9 June 1911", stem, BALLOONIST)).toBe(true);
    expect(ruledOutByLife("14 August 1936", "3 May 1939", stem, BALLOONIST)).toBe(false);
    for (const o of optionsOverSeeds(keyOf("FULL_DATE", "14 August 1936"), stem, BALLOONIST)) {
      expect(dateValue(o)! / 12).toBeGreaterThan(1912);
    }
  });

  it("offers no year for her selection from the deed it led to on, with her first name written in the stem", () => {
    const stem = "Ilse Sendra later studied weather at a small college, and in _____ she was chosen as one of the first crew of the Orvel Balloon Club.";
    expect(ruledOutByLife("1908", "1911", stem, BALLOONIST)).toBe(true);
    expect(ruledOutByLife("1908", "1940", stem, BALLOONIST)).toBe(true);
    expect(ruledOutByLife("1908", "1905", stem, BALLOONIST)).toBe(false);
    for (const o of optionsOverSeeds(keyOf("YEAR", "1908"), stem, BALLOONIST)) expect(Number(o)).toBeLessThan(1911);
  });
});

describe("a year is the person's own only where the person is the subject (review 16 #7)", () => {
  // A sailor known by one word; the article also tells of his family, his father, a gift made to him and an honour.
  const SAILOR = `Corvell and the Northern Passage

Corvell was born in 1861 in the fishing town of Ebb. In 1866 the Corvell family moved north to the port of Sarra. In 1868 the old harbour master gave Corvell a rowing boat.
Aldous Corvell, his father, died at sea in 1874. In 1879 the younger Corvell opened a net shop on the quay. In 1889 Corvell sailed through the northern passage in a single summer.
Corvell died in 1910 at Sarra.`;

  it("reads no deed from his family, a gift to him or a relative with a first name, and no death from the father", () => {
    const [life] = livesOf(SAILOR);
    expect(life).toMatchObject({ name: "Corvell", birth: 1861, death: 1910 });
    expect(life!.deeds).toContain(1889);
    for (const year of [1866, 1868, 1874, 1879]) expect(life!.deeds).not.toContain(year);
  });

  it("leaves the father's death question unbounded by the son's life", () => {
    expect(ruledOutByLife("1874", "1864", "Aldous Corvell, his father, died at sea in _____.", SAILOR)).toBe(false);
    expect(ruledOutByLife("1910", "1864", "Corvell died in _____ at Sarra.", SAILOR)).toBe(true);
  });

  it("keeps a first name the article gives the person in his birth sentence", () => {
    const named = "Corvell and the Northern Passage\n\nTeodor Corvell was born in 1861 in Ebb. In 1889 Teodor Corvell sailed through the northern passage. Corvell died in 1910.";
    expect(livesOf(named)[0]).toMatchObject({ name: "Teodor Corvell", death: 1910 });
    const known = "Corvell and the Northern Passage\n\nCorvell was born in 1861 in Ebb, the son of a net maker. In 1889 the young skipper Teodor Corvell sailed through the northern passage. Corvell died in 1910.";
    expect(livesOf(known)[0]!.deeds).toContain(1889);
    // A word of a nation before the role is still a role, where another capitalised word is not.
    const nation = "Corvell and the Northern Passage\n\nCorvell was born in 1861 in Ebb. In 1889 the Danish skipper Teodor Corvell sailed through the northern passage. Corvell died in 1910.";
    expect(livesOf(nation)[0]!.deeds).toContain(1889);
  });
});

describe("a bare start day joined to the blank", () => {
  const FERRY = `The Loss of the Ferry Marten

The ferry Marten left the port of Kell on 2 June 1902 with ninety passengers. On the night of 3 to 4 June 1902 she ran onto the Harl reef in fog and broke apart before dawn.
An inquiry in March 1903 blamed the captain, and a lighthouse was built on the reef in 1905.`;

  it("keeps the key's day in every option, so none reads as a backward range", () => {
    const stem = "On the night of 3 to _____ she ran onto the Harl reef in fog and broke apart before dawn.";
    for (const seed of SEEDS) {
      const options = pickDistractors(keyOf("FULL_DATE", "4 June 1902"), stem, contextOf(FERRY), 3, () => seed);
      for (const o of options) expect(o).toMatch(/^4 [A-Z][a-z]+ \d{4}$/);
      expect(options).toHaveLength(3);
    }
  });
});

describe("a bare start day joined to the blank, the key outside the headline year (review 16 #13)", () => {
  // The title names a later year, so no other month of the key's year is made: the key's day in other months is.
  const REEF = `The Harl Light of 1905

The ferry Marten left the port of Kell on 2 June 1902 with ninety passengers. On the night of 3 to 4 June 1902 she ran onto the Harl reef in fog and broke apart before dawn.
An inquiry in March 1903 blamed the captain, and the Harl light was built on the reef in 1905. The light first shone in 1905.`;

  it("keeps the key's day in every option, whatever year the option is in", () => {
    const stem = "On the night of 3 to _____ she ran onto the Harl reef in fog and broke apart before dawn.";
    const key = keyOf("FULL_DATE", "4 June 1902", REEF.indexOf("4 June 1902"));
    for (const seed of SEEDS) {
      const options = pickDistractors(key, stem, contextOf(REEF), 3, () => seed);
      expect(options).toHaveLength(3);
      for (const o of options) expect(o).toMatch(/^4 [A-Z][a-z]+ \d{4}$/);
      expect(options.some((o) => !o.endsWith(" 1902"))).toBe(true);
    }
  });
});

describe("news comes after the event it tells of", () => {
  const SILVER = `The Brell Silver Strike

On 3 February 1873 two brothers found silver in a creek above Brell. A trader rode to the coast with a sack of ore, and in November 1873 the governor confirmed the news in a speech to the assembly. By 1876 the town had six thousand people.`;

  it("bounds the key by the event the news was about", () => {
    const stem = "A trader rode to the coast with a sack of ore, and in _____ the governor confirmed the news in a speech to the assembly.";
    const start = SILVER.indexOf("November 1873");
    expect(dateItFollows(keyOf("MONTH_YEAR", "November 1873", start), stem, SILVER)).toBe(dateValue("February 1873"));
    for (const o of optionsOverSeeds(keyOf("MONTH_YEAR", "November 1873", start), stem, SILVER)) {
      expect(dateValue(o)!).toBeGreaterThan(dateValue("February 1873")!);
    }
  });

  it("reads no sequence into a body that carries news (review 16 #8)", () => {
    const port = "The Port of Sarra\n\nThe harbour of Sarra was deepened in 1851 and its stone pier opened in 1860. In 1864 the news agency Lantern opened an office by the pier.";
    const stem = "In _____ the news agency Lantern opened an office by the pier.";
    expect(dateItFollows(keyOf("YEAR", "1864", port.indexOf("1864")), stem, port)).toBeNull();
    const paper = "In _____ the news service of the Sarra Gazette moved to the pier.";
    expect(dateItFollows(keyOf("YEAR", "1864", port.indexOf("1864")), paper, port)).toBeNull();
    // The news of an event still follows it.
    expect(dateItFollows(keyOf("YEAR", "1864", port.indexOf("1864")), "In _____ the news of the new pier reached the capital.", port)).toBe(dateValue("1860"));
  });
});

describe("a made-up date of the headline year (whole review 15-B #4)", () => {
  // The year is named in the title; the article dates months of it on both sides of the key's month, so no made-up
  // date of that year is fair: a whole date shifted by some days into January would be the march south.
  const SIEGE = `The Siege of Varn in 1402

In January 1402 the duke's army marched south. The walls of Varn were closed in March 1402. On 20 October 1402 the town opened its gates after a long hunger. The last soldiers went home in December 1402. The duke died in 1409.`;

  it("takes no made-up month before the key where the article dates an earlier day of the key's own month (review 16 #5)", () => {
    const barge = `The Wreck of the Barge Hollin in 1733

The barge Hollin left the mill town of Pell on 4 April 1733 with a load of grain. She sank in a storm on the Wend estuary on 11 April 1733, and nine men drowned. The mill owners paid the widows in 1735.`;
    const key = keyOf("FULL_DATE", "11 April 1733", barge.indexOf("11 April 1733"));
    const made = sameYearDates(key, barge);
    expect(made.length).toBeGreaterThan(0);
    for (const o of made) expect(dateValue(o)!).toBeGreaterThan(dateValue("April 1733")!);
    for (const o of optionsOverSeeds(key, "She sank in a storm on the Wend estuary on _____, and nine men drowned.", barge)) {
      if (o.endsWith(" 1733")) expect(o === "4 April 1733" || dateValue(o)! > dateValue("April 1733")!).toBe(true);
    }
    // A date shifted by some days meets the earlier day too: it is a stage between a shifted March date and the key.
    const winter = barge.replaceAll("April", "December");
    const december = keyOf("FULL_DATE", "11 December 1733", winter.indexOf("11 December 1733"));
    for (const o of optionsOverSeeds(december, "She sank in a storm on the Wend estuary on _____, and nine men drowned.", winter)) {
      if (o.endsWith(" 1733")) expect(o).toMatch(/ December 1733$/);
    }
  });

  it("keeps a date shifted by some days into a month the article does not date, on the side of a later stage (review 16 #6)", () => {
    const find = `The Tarrow Copper Find of 1761

On 12 February 1761 a shepherd found green copper ore in a stream bed at Tarrow. Word spread slowly, and in December 1761 a newspaper in the capital printed the news. By 1763 four thousand miners had come to the valley.`;
    const key = keyOf("FULL_DATE", "12 February 1761", find.indexOf("12 February 1761"));
    const stem = "On _____ a shepherd found green copper ore in a stream bed at Tarrow.";
    const sets = SEEDS.map((seed) => pickDistractors(key, stem, contextOf(find), 3, () => seed));
    expect(sets.some((options) => options.some((o) => o.endsWith(" 1761")))).toBe(true);
    for (const options of sets) for (const o of options) expect(o).not.toMatch(/(?:February|December) 1761$/);
  });

  it("keeps no shifted date beyond a stage the article dates before the key, nor a day-tied one before an earlier day (review 16 #5, #6)", () => {
    const fair = `The Fall of Orsk in 1650

In June 1650 the rebels closed the roads round Orsk. On 20 October 1650 the garrison gave up the citadel, and the rebel council met there two days later. The rebels left the town in December 1650.`;
    const key = keyOf("FULL_DATE", "20 October 1650", fair.indexOf("20 October 1650"));
    const stem = "On _____ the garrison gave up the citadel, and the rebel council met there two days later.";
    for (const o of optionsOverSeeds(key, stem, fair)) if (o.endsWith(" 1650")) expect(dateValue(o)!).toBeGreaterThan(dateValue("June 1650")!);
    const barge = `The Wreck of the Barge Hollin in 1733

The barge Hollin left the mill town of Pell on 4 April 1733 with a load of grain. On the night of 10 to 11 April 1733 she sank in a storm on the Wend estuary.`;
    const tied = keyOf("FULL_DATE", "11 April 1733", barge.indexOf("11 April 1733"));
    for (const o of optionsOverSeeds(tied, "On the night of 10 to _____ she sank in a storm on the Wend estuary.", barge)) {
      expect(o).toMatch(/^11 /);
      if (o.endsWith(" 1733")) expect(dateValue(o)!).toBeGreaterThan(dateValue("April 1733")!);
    }
  });

  it("takes no month the article dates, nor one on a side where it dates another, whichever way it was made", () => {
    const stem = "On _____ the town opened its gates after a long hunger.";
    for (const seed of SEEDS) {
      const options = pickDistractors(keyOf("FULL_DATE", "20 October 1402"), stem, contextOf(SIEGE), 3, () => seed);
      expect(options).toHaveLength(3);
      expect(options.filter((o) => o.endsWith(" 1402"))).toEqual([]);
    }
  });
});
