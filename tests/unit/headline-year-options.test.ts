import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors, sameYearDates } from "@/lib/generation/distractors";
import { chooseFairDates, headlineYear } from "@/lib/generation/fair-date-options";
import { findSpans } from "@/lib/generation/find-spans";
import type { DistractorContext } from "@/lib/generation/distractors";
import { keyOf } from "../support/key-span";

const contextOf = (articleText: string): DistractorContext => ({ articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText });

// Invented: a canal opened in the year the article is about, named twice and more than any other.
const CANAL = `The Orrin Canal

In 1841 the engineers of Hale began to dig a canal across the marsh. The Orrin Canal opened in May 1846, after five hard winters. Barges filled it within a month, and by the end of 1846 the old road was empty. A second lock was added in 1852.`;

describe("a date in the article's headline year", () => {
  it("reads the headline year: in the title, or named most and at least twice", () => {
    expect(headlineYear(CANAL)).toBe(1846);
    expect(headlineYear(`The Fair of 1790\n\nIn 1788 and 1788 …`)).toBe(1790);
    expect(headlineYear(`A canal\n\nIt opened in 1846. A lock came in 1852.`)).toBeNull();
    // A count of four figures, or a year before Christ, is no headline year.
    expect(headlineYear(`A siege\n\nThe 1200 soldiers held the wall, and 1200 soldiers were fed each day. It fell in 1190.`)).toBeNull();
    expect(headlineYear(`A city\n\nIt was founded in 1274 BC and burned in 1274 BC. It was rebuilt in 1100.`)).toBeNull();
  });

  it("is offered beside another date of that year, so the year alone does not pick it out", () => {
    for (const seed of [0.1, 0.4, 0.7, 0.9]) {
      const options = pickDistractors(keyOf("MONTH_YEAR", "May 1846"), "The Orrin Canal opened in _____, after five hard winters.", contextOf(CANAL), 3, () => seed);
      expect(options).toHaveLength(3);
      expect(options.some((o) => o.endsWith(" 1846"))).toBe(true);
    }
  });

  it("makes up no month the article writes bare in any phrase, nor one of a season said with 'in' (final review 15-B)", () => {
    for (const phrase of ["At the end of August the first barge passed", "Between August and September the first barges passed", "In the second week of August the first barge passed"]) {
      const text = CANAL.replace("Barges filled it within a month", phrase);
      expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), text)).not.toContain("August 1846");
    }
    const autumn = CANAL.replace("Barges filled it within a month", "A second cut followed in autumn");
    for (const month of ["September", "October", "November"]) expect(sameYearDates(keyOf("MONTH_YEAR", "June 1846"), autumn)).not.toContain(`${month} 1846`);
  });

  it("reads a short month ('Aug. 3') and a season with any modifier as dated, not a month of another year (whole review 15-B)", () => {
    for (const phrase of ["On Aug. 3 the first barge passed", "On Aug 3 the first barge passed", "In high summer the first barge passed", "The following summer the first barge passed"]) {
      const text = CANAL.replace("Barges filled it within a month", phrase);
      expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), text)).not.toContain("August 1846");
    }
    // A short month of another year, with or without a day, dates nothing in the headline year.
    const other = CANAL.replace("Barges filled it within a month", "On Aug. 3, 1850, a barge sank");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), other)).toContain("August 1846");
    const otherNoDay = CANAL.replace("Barges filled it within a month", "In Aug 1850 a barge sank");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), otherNoDay)).toContain("August 1846");
  });

  it("takes a season as its own three months, and a season of every year as none of this one", () => {
    // Spring ends with May: June, after the key, is not dated by it, so the later side stays open.
    const spring = CANAL.replace("Barges filled it within a month", "The first barge passed in the spring");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), spring)).toContain("August 1846");
    const yearly = CANAL.replace("Barges filled it within a month", "Each winter the barges lay idle");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), yearly)).toContain("February 1846");
  });

  it("makes up no month the article dates something in that year", () => {
    const text = CANAL.replace("Barges filled it within a month", "The first barge passed on 3 August 1846");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), CANAL)).toContain("August 1846");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), text)).not.toContain("August 1846");
    const thatYear = CANAL.replace("Barges filled it within a month", "The first barge passed in early August of that year");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), thatYear)).not.toContain("August 1846");
    // August is dated after the key: no made-up month after May, the months before it stay.
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), thatYear)).not.toContain("July 1846");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), thatYear)).toContain("February 1846");
    // The key's own day, in months that have it: no "30 February", and no other day that would set the key apart.
    const days = sameYearDates(keyOf("FULL_DATE", "30 May 1846"), CANAL);
    expect(days).toContain("30 August 1846");
    expect(days.every((d) => d.startsWith("30 ") && !d.includes("February"))).toBe(true);
  });

  it("takes a bare month the article dates with a date word as a month of that year", () => {
    const later = CANAL.replace("Barges filled it within a month", "A second crew came to the locks in August");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), later)).not.toContain("August 1846");
    const day = CANAL.replace("Barges filled it within a month", "The toll was set on 2 February");
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), day)).not.toContain("February 1846");
    const feast = CANAL.replace("Barges filled it within a month", "The first ice closed it by Christmas");
    expect(sameYearDates(keyOf("MONTH_YEAR", "August 1846"), feast)).not.toContain("December 1846");
    // A month named in another sense or with its own year dates nothing more.
    expect(sameYearDates(keyOf("MONTH_YEAR", "May 1846"), CANAL)).toContain("August 1846");
  });

  it("makes up no month inside a season the article names for that year", () => {
    const summer = `The Orrin Canal\n\nThe Orrin Canal opened in March 1846. During the summer of 1846 the barges came, and by the end of 1846 the old road was empty.`;
    const months = sameYearDates(keyOf("MONTH_YEAR", "March 1846"), summer);
    for (const m of ["June 1846", "July 1846", "August 1846"]) expect(months).not.toContain(m);
  });

  it("forces another date of the year into the set where a fair set allows, and falls back where none does", () => {
    const key = { type: "MONTH_YEAR" as const, text: "May 1846" };
    const withYear = ["March 1845", "July 1847", "September 1847", "February 1846", "June 1845", "August 1847"];
    expect(chooseFairDates(key, withYear, 3, () => 0, 0, false, true).some((o) => o.endsWith(" 1846"))).toBe(true);
    const noYear = ["March 1845", "July 1847", "September 1847", "June 1845"];
    expect(chooseFairDates(key, noYear, 3, () => 0, 0, false, true)).toHaveLength(3);
  });
});
