import { valueOf } from "./find-spans";
import { BLANK } from "./blank";
import { articleMemo } from "./article-memo";
import { BC_MARK, CE_MARK } from "./year-eras";

/**
 * A blank the shown text lets a student work out by a sum: a year when the stem gives another year and an age ("Born in
 * 1402, she was crowned at 19 in _____"), or a count when it gives the parts and a word of adding or taking away ("three
 * were sold, leaving 12 of the original _____"). Judges on unseen articles failed such questions: they test arithmetic,
 * not the article; and an age when it gives the two years it spans ("born in 1402 … crowned in 1421, when she was _____").
 * Only a sum that comes out (to within a year for an age, whose birthday the text rarely gives) counts, so a year and an
 * age that merely share a sentence keep their question.
 */

// A number as digits or words ("21", "1,200", "twenty-one").
const FIGURE = String.raw`\d[\d,]*|[a-z]+(?:-[a-z]+)?`;
// An age: "at the age of 21", "at age 21", "aged 21", "21 years old", "at 21" (not a clock time, a share or a measure).
const AGE = new RegExp(
  String.raw`\bat (?:the )?age (?:of )?(${FIGURE})\b|\baged (${FIGURE})\b|\b(${FIGURE})[ -]years?[ -]old\b|\bat (\d{1,2})(?![\d,.:]|\s*(?:%|percent|per cent|[ap]\.?m\b|o'clock|[a-z]*(?:met(?:er|re)|mile|feet|foot|knot|degree|hour|minute|mph|km|kph)))`,
  "gi",
);
// A full year standing alone (not part of "40,000" or a decimal).
const YEAR = /(?<![\d,.])\d{3,4}(?![\d,.]?\d)/g;
// A year with its era marks, if any ("AD 62", "313 BCE", "1402"): a figure of one or two digits is a year only when marked.
const MARKED_YEAR = new RegExp(String.raw`(?<![\d,.])((?:AD|A\.D\.) )?(\d{1,4})(?![\d,.]?\d)(?: ?(${BC_MARK})| ?(${CE_MARK}))?`, "g");
// The blank of a year the stem prints its era by ("in _____ BCE", "in AD _____").
const BLANK_BC = new RegExp(`${BLANK} ?${BC_MARK}`);
const BLANK_MARKED = new RegExp(`(?:\\b(?:AD|A\\.D\\.) )${BLANK}|${BLANK} ?(?:${BC_MARK}|${CE_MARK})`);
// Words that join two counts by adding or taking away.
const SUM_WORD = /\b(?:leaving|left|remaining|remained|of the original|more than|fewer than|less than|plus|minus|in addition to|on top of|besides|out of)\b/i;
// A span of years counted from another event: "three years later", "two years after the opening", "a decade earlier".
const INTERVAL = /\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?) (years?|decades?) (?:later|after|afterwards|earlier|before|on)\b/gi;
const COUNT = new RegExp(String.raw`(?<![\w.])(?:${FIGURE})(?![\w])`, "gi");

function agesIn(text: string): number[] {
  return [...text.matchAll(AGE)].map((m) => valueOf(m[1] ?? m[2] ?? m[3] ?? m[4]!)).filter((a) => Number.isInteger(a) && a > 0 && a < 120);
}

/**
 * The years a text writes, as signed numbers (a year before the common era counted below zero, so "four years after 313
 * BCE" is 309 BCE by the same sum as for years of the era). There is no year 0: 1 BCE is 0 here, so a sum across the
 * line comes out too ("forty years after 27 BCE" is AD 14).
 */
function signedYears(text: string): number[] {
  return [...text.matchAll(MARKED_YEAR)].filter((m) => m[2]!.length >= 3 || m[1] || m[3] || m[4]).map((m) => (m[3] ? beforeEra(m[2]!) : Number(m[2])));
}
function beforeEra(figure: string): number {
  return 1 - Number(figure);
}
const articleYears = articleMemo<Set<number>>();

/**
 * A year blank (no decade or century): the key's year, the shown text with its blank opened, and that text's other years,
 * signed by era (the era the stem prints by the blank is the key's; a key of one or two digits is a year only then).
 * Null for any other key.
 */
function yearBlank(shown: string, key: string): { keyYear: number; text: string; years: number[] } | null {
  if (/\d{3,4}s\b|century/i.test(key)) return null;
  const figure = (BLANK_MARKED.test(shown) ? /\b\d{1,4}\b/ : /\b\d{3,4}\b/).exec(key)?.[0];
  if (figure === undefined) return null;
  const keyYear = BLANK_BC.test(shown) ? beforeEra(figure) : Number(figure);
  const text = shown.split(BLANK).join(" ");
  return { keyYear, text, years: signedYears(text).filter((y) => y !== keyYear) };
}

/** A year blank the shown text's other year and an age settle: the year plus or minus the age, within one. */
export function yearWorkedOutFromAge(shown: string, key: string): boolean {
  const blank = yearBlank(shown, key);
  if (!blank) return false;
  const { keyYear, text, years } = blank;
  const ages = agesIn(text);
  if (!ages.length) return false;
  return years.some((y) => ages.some((a) => Math.abs(y + a - keyYear) <= 1 || Math.abs(y - a - keyYear) <= 1));
}

/** How many years a counted span ("three years", "a decade") runs; NaN when its count is no number. */
function intervalYears(count: string, unit: string): number {
  const n = /^an?$/i.test(count) ? 1 : valueOf(count);
  return /^decade/i.test(unit) ? n * 10 : n;
}

/**
 * A year blank a counted span and another shown year settle ("Tam built the mill in 1702. Three years later, in _____,
 * ..."): the year plus or minus the span, exactly. Judges read such a key as arithmetic on the stem, not the article.
 */
export function yearWorkedOutFromInterval(shown: string, key: string): boolean {
  const blank = yearBlank(shown, key);
  if (!blank) return false;
  const { keyYear, text, years } = blank;
  const spans = [...text.matchAll(INTERVAL)].map((m) => intervalYears(m[1]!, m[2]!)).filter((n) => Number.isInteger(n) && n > 0);
  if (!spans.length) return false;
  return years.some((y) => spans.some((n) => y + n === keyYear || y - n === keyYear));
}

// A span counted from a named event: "seventeen years after the march", "two decades before her death".
const SPAN_FROM_EVENT = /\b(\d[\d,]*|an?|[a-z]+(?:-[a-z]+)?) (years?|decades?) (after|before) (?:the|his|her|its|their|[A-Z][\w'’-]*)\b/gi;

/**
 * A year blank a span from a named event settles with the article's own year for that event ("India became free in
 * _____, seventeen years after the march", the march's year printed elsewhere): judges worked the key out by arithmetic
 * on a year the quiz shows. Only a sum that comes out exactly on a year the article prints counts.
 */
export function yearWorkedOutFromEvent(shown: string, key: string, articleText: string): boolean {
  const blank = yearBlank(shown, key);
  if (!blank) return false;
  const spans = [...shown.matchAll(SPAN_FROM_EVENT)].map((m) => ({ n: intervalYears(m[1]!, m[2]!), after: /^after$/i.test(m[3]!) }));
  if (!spans.length) return false;
  const printed = articleYears(articleText, "", () => new Set(signedYears(articleText)));
  return spans.some(({ n, after }) => Number.isInteger(n) && n > 0 && printed.has(after ? blank.keyYear - n : blank.keyYear + n));
}

/** A span blank ("_____ years later, in 1705") the two years the shown text gives settle: their difference, exactly. */
export function intervalWorkedOutFromYears(shown: string, key: string): boolean {
  const unit = new RegExp(`${BLANK} (years?|decades?) (?:later|after|afterwards|earlier|before|on)\\b`, "i").exec(shown)?.[1];
  if (!unit) return false;
  const span = intervalYears(key.trim(), unit);
  if (!Number.isInteger(span) || span <= 0) return false;
  const years = [...shown.split(BLANK).join(" ").matchAll(YEAR)].map((m) => Number(m[0]));
  return years.some((y, i) => years.some((z, j) => j > i && Math.abs(y - z) === span));
}

/** A count blank the shown text's two other counts settle, joined by a word of adding or taking away. */
export function countWorkedOutFromParts(shown: string, key: string): boolean {
  const keyValue = valueOf(key.trim());
  if (!Number.isFinite(keyValue) || !SUM_WORD.test(shown)) return false;
  const text = shown.split(BLANK).join(" ");
  const counts = [...text.matchAll(COUNT)].map((m) => valueOf(m[0])).filter((v) => Number.isFinite(v) && v > 0);
  for (let i = 0; i < counts.length; i++) {
    for (let j = i + 1; j < counts.length; j++) {
      const [a, b] = [counts[i]!, counts[j]!];
      if (a + b === keyValue || Math.abs(a - b) === keyValue) return true;
    }
  }
  return false;
}

/** An age blank ("crowned in 1418, when she was only _____") the shown text's two years settle: their difference, within one. */
export function ageWorkedOutFromYears(shown: string, key: string): boolean {
  const keyValue = valueOf(key.trim());
  if (!Number.isInteger(keyValue) || keyValue <= 0 || keyValue >= 120 || !shown.includes(BLANK)) return false;
  // The blank is an age only where the key put back reads as one.
  if (!agesIn(shown.split(BLANK).join(key)).includes(keyValue)) return false;
  const years = [...shown.split(BLANK).join(" ").matchAll(YEAR)].map((m) => Number(m[0]));
  return years.some((y, i) => years.some((z, j) => j > i && Math.abs(Math.abs(y - z) - keyValue) <= 1));
}

/** The shown text works a date or number key out by a sum. */
export function stemComputesKey(shown: string, key: string, keyKind: string): boolean {
  if (keyKind === "date") return yearWorkedOutFromAge(shown, key) || yearWorkedOutFromInterval(shown, key);
  if (keyKind === "number") return countWorkedOutFromParts(shown, key) || ageWorkedOutFromYears(shown, key) || intervalWorkedOutFromYears(shown, key);
  return false;
}
