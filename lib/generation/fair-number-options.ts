import { articleMemo } from "./article-memo";
import { BLANK } from "./blank";
import { escapeRegExp, NUMBER_WORDS, valueOf } from "./find-spans";
import type { Span } from "./types";
import { MONTH_NAMES } from "./months";

/**
 * Number distractors a reader of the article could defend, or a reader of the
 * stem alone could rule out: a count the article gives elsewhere for the same
 * thing (a second right answer), and a value the stem's own conversion or
 * before-and-after figures already settle.
 */


/** "3", "3,000", "three", "Twenty-five" -> a number; null for anything else ("1.5 million" keeps its scale word and is compared as written). */
export function numberValue(text: string): number | null {
  const value = valueOf(text.trim());
  return Number.isNaN(value) ? null : value;
}

/** What a blank counts: the plural noun within three words after it ("_____ great sea voyages" -> "voyages"), and in a part of a whole ("_____ of the five ships") the whole, which every option must stay under. */
export interface CountedThing {
  noun: string;
  whole: number | null;
}
function countedThing(stem: string): CountedThing | null {
  const at = stem.indexOf(BLANK);
  if (at < 0) return null;
  const after = stem.slice(at + BLANK.length);
  const part = /^ of (?:the|its|their|his|her|our|these|those) ([a-z0-9-]+) (?:[a-z-]+ )?([a-z]{3,}s)\b/i.exec(after);
  if (part) {
    const whole = numberValue(part[1]!);
    if (whole !== null) return { noun: part[2]!, whole };
  }
  const m = /^ ((?:[a-z-]+ ){0,2}?)([a-z]{3,}s)\b/.exec(after);
  return m ? { noun: m[2]!, whole: null } : null;
}

// A count in words: "seven", "Twenty-five", "sixty".
const COUNT_WORDS = `(?:${["one", ...NUMBER_WORDS, "sixty", "seventy", "eighty", "ninety"].join("|")})(?:-[a-z]+)?`;
const counts = articleMemo<Set<number>>();
/** Every value the article gives for `noun`: "seven voyages", "12 large voyages", "three more voyages" (never a part: "two of the voyages"). */
function countsOf(articleText: string, noun: string): Set<number> {
  return counts(articleText, noun, () => {
    const re = new RegExp(`(?<![\\w.,-])(\\d[\\d,]*(?:\\.\\d+)?|${COUNT_WORDS}) (?!of\\b)(?:[a-z-]+ ){0,2}${escapeRegExp(noun)}\\b`, "gi");
    const values = new Set<number>();
    for (const m of articleText.matchAll(re)) {
      const value = numberValue(m[1]!);
      if (value !== null) values.add(value);
    }
    return values;
  });
}

/** What the stem alone says about a number blank, read once per stem (every candidate is checked against it). */
interface StemFacts {
  counted: CountedThing | null;
  conversion: { factor: number; stated: number } | null;
  workedOut: number[];
  /** The blank is a length of time and the stem gives the dates at both its ends: the lengths they work out, in the blank's unit. */
  lengths: number[];
}
let lastStem = "";
let lastFacts: StemFacts | null = null;
function factsOf(stem: string): StemFacts {
  if (stem !== lastStem || !lastFacts) [lastStem, lastFacts] = [stem, { counted: countedThing(stem), conversion: statedConversion(stem), workedOut: valuesWorkedOut(stem), lengths: lengthsStated(stem) }];
  return lastFacts;
}

/**
 * The article gives `candidate` for the thing the blank counts, so it is a second right answer (or a confusion the
 * article invites); or the stem counts a part of a whole and the candidate is no smaller than the whole ("Six of the five ships").
 */
export function statedForSameThing(key: Span, candidate: string, stem: string, articleText: string): boolean {
  const counted = factsOf(stem).counted;
  const value = numberValue(candidate);
  if (!counted || value === null || value === numberValue(key.text)) return false;
  if (counted.whole !== null && value >= counted.whole) return true;
  return countsOf(articleText, counted.noun).has(value);
}

// Units a stem may convert between, as [unit, its pair, how many of the pair one unit makes].
// ("in" is never read as inches: it is the preposition far more often.)
const UNIT = {
  km: "(?:km|kilomet(?:re|er)s?)",
  mile: "(?:miles?)",
  m: "(?:m|met(?:re|er)s?)",
  ft: "(?:ft|feet|foot)",
  kg: "(?:kg|kilograms?|kilos?)",
  lb: "(?:lbs?|pounds?)",
  cm: "(?:cm|centimet(?:re|er)s?)",
  inch: "(?:inch|inches)",
};
// The pair figure counts only as an apposition of the blank's own figure ("_____ kilometres, or about 190 miles",
// "_____ metres (100 feet)"): a figure elsewhere in the stem measures something else ("… long and 100 feet high").
const APPOSITION = "(?:,? or (?:about |around |roughly |some |nearly |almost |just over |just under )?| \\((?:about |around |roughly |some )?)";
const CONVERSIONS = ([
  [UNIT.km, UNIT.mile, 0.6214],
  [UNIT.mile, UNIT.km, 1.609],
  [UNIT.m, UNIT.ft, 3.281],
  [UNIT.ft, UNIT.m, 0.3048],
  [UNIT.kg, UNIT.lb, 2.205],
  [UNIT.lb, UNIT.kg, 0.4536],
  [UNIT.cm, UNIT.inch, 0.3937],
  [UNIT.inch, UNIT.cm, 2.54],
] as const).map(([unit, pair, factor]) => ({ re: new RegExp(`^ ?${unit}${APPOSITION}(\\d[\\d,]*(?:\\.\\d+)?) ?${pair}\\b`, "i"), factor }));
// A rounded conversion ("about 190 miles" for 300 km) is within a few percent; a figure further off is no conversion of the key.
const CONVERSION_TOLERANCE = 0.05;

/** The key in another unit, as the stem states it right after the blank ("_____ kilometres, or about 190 miles"), or null. */
function statedConversion(stem: string): { factor: number; stated: number } | null {
  const at = stem.indexOf(BLANK);
  if (at < 0) return null;
  const after = stem.slice(at + BLANK.length);
  for (const { re, factor } of CONVERSIONS) {
    const m = re.exec(after);
    if (m) return { factor, stated: Number(m[1]!.replace(/,/g, "")) };
  }
  return null;
}

// A unit an amount is given in, after its figure: money by name, a share, a temperature, a scale word.
const UNIT_WORD = "dollars?|pounds?|euros?|cents?|pence|yen|francs?|marks?|rupees?|shillings?|percent|per cent|%|°[CF]|degrees|million|billion|thousand";
const AMOUNT = new RegExp(`([£$€¥])(\\d[\\d,]*(?:\\.\\d+)?)|(\\d[\\d,]*(?:\\.\\d+)?) ?(${UNIT_WORD})(?![a-z])`, "gi");

/** Every amount of money or measure a text gives, with its unit ("$200" -> $, "3 euros" -> euro). */
export function amountsIn(text: string): { unit: string; value: number }[] {
  return [...text.matchAll(AMOUNT)].map((m) => ({
    unit: (m[1] ?? m[4]!.toLowerCase().replace(/s$/, "").replace("per cent", "percent").replace("%", "percent")),
    value: Number((m[2] ?? m[3]!).replace(/,/g, "")),
  }));
}

/**
 * The values the stem's own figures allow the blank: a percentage worked out from two amounts of one currency
 * ("a room at $200 … now $220"), or an amount worked out from a percentage and another amount ("rise by 10 percent …
 * cost $200 … will cost $_____"). Empty when the stem settles nothing.
 */
function valuesWorkedOut(stem: string): number[] {
  const at = stem.indexOf(BLANK);
  if (at < 0) return [];
  const amounts = amountsIn(stem.replace(BLANK, " ")).filter((a) => a.unit !== "percent");
  if (/^ ?(?:percent|per cent|%)/.test(stem.slice(at + BLANK.length))) {
    const first = amounts[0];
    const second = amounts.find((a, i) => i > 0 && a.unit === first?.unit);
    if (!first || !second || first.value <= 0 || first.value === second.value) return [];
    return [(Math.abs(second.value - first.value) / first.value) * 100];
  }
  const currency = /[£$€¥]$/.exec(stem.slice(0, at))?.[0];
  const percent = /(\d+(?:\.\d+)?) ?(?:percent|per cent|%)/.exec(stem);
  const other = amounts.find((a) => a.unit === currency);
  if (!currency || !percent || !other) return [];
  const p = Number(percent[1]) / 100;
  return [other.value * (1 + p), other.value * (1 - p), other.value / (1 + p), other.value / (1 - p)];
}

// A year standing alone, not part of a larger figure ("40,000") or a decimal.
const YEAR = String.raw`(?<![\d,.])\d{3,4}(?![\d,.]?\d)(?: BCE?| CE| AD)?`;
// One end of a range: a year, with the day and month when given ("3 March 1903", "March 3, 1903", "1661").
const END = String.raw`(?:(\d{1,2}) )?(?:([A-Z][a-z]+)\.? )?(?:(\d{1,2}),? )?(${YEAR})`;
const DATE_RANGE = new RegExp(
  String.raw`\b(?:from|between|since)\b[^.;?]{0,40}?${END}[^.;?]{0,40}?\b(?:to|and|until|till|through)\b[^.;?]{0,40}?${END}|${END}\)?\s?[–—-]\s?\(?${END}`,
);
const DURATION_AFTER = /^ (?:[a-z-]+ )?(days?|weeks?|months?|years?|decades?|centuries|century)\b/;
/** A month's name, whole or short ("August", "Aug", "Sept"), as a regex alternation. */
export const MONTH_ALT = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const MONTH_WORD = new RegExp(`^(?:${MONTH_ALT})$`);
// Each month by its first three letters, the part every short form shares.
const MONTH_STARTS = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase());

/** The month's place in the year (0-11) for a whole or short month name ("August", "Aug", "Sept"), or -1. */
export function monthIndexOf(word: string): number {
  return MONTH_STARTS.indexOf(word.slice(0, 3).toLowerCase());
}

interface RangeEnd {
  year: number;
  month: number | null;
  day: number | null;
}
function rangeEnd(groups: (string | undefined)[]): RangeEnd {
  const [dayBefore, monthWord, dayAfter, yearText = ""] = groups;
  const at = monthWord ? monthIndexOf(monthWord) : -1;
  const month = at >= 0 && MONTH_WORD.test(monthWord!) ? at : null;
  const day = month === null ? null : Number(dayBefore ?? dayAfter ?? NaN);
  const year = Number(/\d+/.exec(yearText)![0]) * (/BCE?/.test(yearText) ? -1 : 1);
  return { year, month, day: day !== null && day >= 1 && day <= 31 ? day : null };
}

/**
 * "lasted _____ days, from 5 May 1901 to 20 May 1902": the dates at both ends of a length of time work the length out,
 * so the stem alone rules out every other option, and asked typed it tests a sum, not the article. The length is worked
 * out in the blank's own unit from a range in the blank's own clause, and only as finely as the dates are given: years
 * alone settle a count of years or decades, never of months ("_____ months, between 1661 and 1662" is a fact to learn).
 */
function lengthsStated(stem: string): number[] {
  const at = stem.indexOf(BLANK);
  const unit = at < 0 ? undefined : DURATION_AFTER.exec(stem.slice(at + BLANK.length))?.[1];
  if (!unit) return [];
  // The blank's own clause: a range in the sentence before it, or after a semicolon, is about something else.
  const from = Math.max(stem.lastIndexOf(". ", at), stem.lastIndexOf("; ", at), stem.lastIndexOf("? ", at)) + 1;
  const next = stem.slice(at).search(/[.;?](?:\s|$)/);
  const clause = stem.slice(from, next < 0 ? stem.length : at + next).replace(BLANK, " ");
  const m = DATE_RANGE.exec(clause);
  if (!m) return [];
  const groups = m.slice(1);
  const ends = m[4] !== undefined ? [rangeEnd(groups.slice(0, 4)), rangeEnd(groups.slice(4, 8))] : [rangeEnd(groups.slice(8, 12)), rangeEnd(groups.slice(12, 16))];
  const [start, end] = ends as [RangeEnd, RangeEnd];
  // "1910–36" is not read here; a range's second end before its first is no length.
  if (end.year < start.year) return [];
  const years = end.year - start.year;
  if (/^(?:decade|centur)/.test(unit)) return [years / (unit.startsWith("decade") ? 10 : 100)];
  if (unit.startsWith("year")) {
    if (start.month === null || end.month === null) return [years];
    return [years + (end.month - start.month) / 12];
  }
  if (start.month === null || end.month === null) return [];
  if (unit.startsWith("month")) return [years * 12 + end.month - start.month];
  if (start.day === null || end.day === null) return [];
  const days = (Date.UTC(end.year, end.month, end.day) - Date.UTC(start.year, start.month, start.day)) / 86_400_000;
  return [unit.startsWith("week") ? days / 7 : days];
}

const statesLength = (lengths: number[], v: number) => lengths.some((l) => Math.abs(l - v) <= 1);

const converts = (conversion: StemFacts["conversion"], v: number) => conversion !== null && Math.abs(v * conversion.factor - conversion.stated) <= CONVERSION_TOLERANCE * conversion.stated;
const worksOut = (workedOut: number[], v: number) => workedOut.some((w) => Math.abs(w - v) <= Math.max(0.5, 0.01 * w));

// "about four or _____ days", "three to _____ weeks": a small count the blank closes (never "from 1,000 to _____", a change).
const RANGE_BEFORE = new RegExp(`(?<!\\bfrom )\\b(\\d{1,2}|${COUNT_WORDS}) (?:or|to) ${BLANK}`, "i");
// The largest count whose next step is the one natural completion.
const SMALL_COUNT = 12;

/**
 * The key is the next whole step of a small count the stem states ("four or _____": five; "3 to _____": 4): the one
 * natural completion, so the stem gives it away and no option or typed answer tests the article.
 */
function completesRange(stem: string, value: number): boolean {
  const m = RANGE_BEFORE.exec(stem);
  const other = m ? numberValue(m[1]!) : null;
  return other !== null && other >= 1 && other < SMALL_COUNT && value === other + 1;
}

// "_____ hired guards, Ama Ro and Teo Vas, who …": the things counted, then named one by one right after them.
const COUNTED_THEN_NAMED = new RegExp(`${BLANK}\\s+(?:[A-Za-z-]+\\s+){0,2}[a-z]+s,\\s+(.+)$`);
const LIST_JOIN = /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g;
const NAME_ITEM = /^(?:[A-Z][\w'’.-]*(?:\s+(?:of|de|da|van|von|al|ibn|bin|[A-Z][\w'’.-]*)){0,3}|[a-z-]+(?:\s+[a-z-]+)?)$/;
const NOT_AN_ITEM = /^(?:who|which|that|where|when|while|whose|the|a|an|he|she|it|they|his|her|its|their)$/i;

/** The count's things are named in a list right after it ("_____ guards, Ama Ro and Teo Vas"): counting them gives the key. */
function countsNamedAfter(stem: string, value: number): boolean {
  const tail = COUNTED_THEN_NAMED.exec(stem)?.[1];
  if (!tail || value < 2) return false;
  let n = 0;
  let from = 0;
  let joinedLast = false;
  for (const m of [...tail.matchAll(LIST_JOIN), null]) {
    const item = tail.slice(from, m ? m.index : tail.length).replace(/[.!?]$/, "").trim();
    if (!NAME_ITEM.test(item) || NOT_AN_ITEM.test(item.split(/\s+/)[0]!)) break;
    n++;
    if (!m) break;
    joinedLast = /\b(?:and|or)\s+$/.test(m[0]);
    from = m.index! + m[0].length;
    // (The list ends at the item after its "and": what follows is the sentence going on.)
    if (joinedLast) {
      const last = tail.slice(from).split(LIST_JOIN)[0]!.replace(/[.!?]$/, "").trim();
      return NAME_ITEM.test(last) && !NOT_AN_ITEM.test(last.split(/\s+/)[0]!) && n + 1 === value;
    }
  }
  return false;
}

// Words that count things in groups of a fixed size: "23 pairs" is 46 things, "_____ pairs" of 46 things is 23.
const GROUP_SIZES: Record<string, number> = { pair: 2, pairs: 2, couple: 2, couples: 2, dozen: 12 };
const GROUPED = new RegExp(`(?<![\\w.,-])(\\d[\\d,]*|${COUNT_WORDS}|${BLANK}) (?:[a-z-]+ )?(pairs?|couples?|dozen)\\b`, "gi");
const FIGURE = new RegExp(`(?<![\\w.,-])(\\d[\\d,]*|${COUNT_WORDS})\\b`, "gi");

/**
 * The stem counts the same things in groups ("_____ strands, bound in 19 pairs"; "_____ pairs of its 38 ribs"):
 * doubling or halving its other figure gives the key, so the options test sums, not the article.
 */
function countsInGroups(stem: string, value: number): boolean {
  const figures = [...stem.matchAll(FIGURE)].map((m) => numberValue(m[1]!)).filter((v): v is number => v !== null);
  for (const m of stem.matchAll(GROUPED)) {
    const size = GROUP_SIZES[m[2]!.toLowerCase()]!;
    if (m[1] === BLANK) {
      if (figures.includes(value * size)) return true;
    } else if (numberValue(m[1]!) !== null && numberValue(m[1]!)! * size === value) return true;
  }
  return false;
}

/** The stem's own figures work the key out (a conversion, amounts a percentage comes from, a range's next step): asked typed, it tests sums, not the article. */
export function stemWorksOut(key: Span, stem: string): boolean {
  const value = numberValue(key.text);
  if (key.type !== "NUMBER" || value === null) return false;
  const { conversion, workedOut, lengths } = factsOf(stem);
  return statesLength(lengths, value) || converts(conversion, value) || worksOut(workedOut, value) || completesRange(stem, value) || countsNamedAfter(stem, value) || countsInGroups(stem, value);
}

// Scales with an end: "230 degrees longitude" is no place on Earth, and a student rules it out without reading.
const SCALE_ENDS: [RegExp, number][] = [
  [/^\s*(?:°|degrees?)\s*(?:(?:east|west)(?:ern)?\s+)?(?:of\s+)?longitude\b/i, 180],
  [/^\s*(?:°|degrees?)\s*(?:(?:north|south)(?:ern)?\s+)?(?:of\s+)?latitude\b/i, 90],
];

/** A value past the end of the scale the blank is read on (longitude past 180 degrees, latitude past 90). */
function beyondScale(stem: string, value: number): boolean {
  const at = stem.indexOf(BLANK);
  if (at < 0) return false;
  const after = stem.slice(at + BLANK.length, at + BLANK.length + 40);
  return SCALE_ENDS.some(([unit, end]) => unit.test(after) && value > end);
}

/**
 * The stem itself settles the value (a conversion of the key, or the two
 * amounts a percentage is worked out from), so every option but the key is
 * ruled out by arithmetic: no distractor is fair there.
 */
export function ruledOutByStem(key: Span, candidate: string, stem: string): boolean {
  const keyValue = numberValue(key.text);
  const value = numberValue(candidate);
  if (keyValue === null || value === null) return false;
  if (beyondScale(stem, value)) return true;
  const { conversion, workedOut, lengths } = factsOf(stem);
  if (statesLength(lengths, keyValue) || completesRange(stem, keyValue) || countsNamedAfter(stem, keyValue) || countsInGroups(stem, keyValue)) return true;
  if (converts(conversion, keyValue)) return !converts(conversion, value);
  return worksOut(workedOut, keyValue) && !worksOut(workedOut, value);
}
