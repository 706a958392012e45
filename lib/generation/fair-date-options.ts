import { articleMemo } from "./article-memo";
import type { Span } from "./types";

/**
 * Whether a set of date options lets a student who never read the article pick
 * the key out, and which dates are fair at all for an article. Judges failed
 * questions whose distractors were a run of years all after the key (the key
 * the odd one out), whose options each changed one digit of the key (the key
 * the commonest value), and whose centuries lay outside every date the
 * article gives (an ocean liner in the 17th or the 21st century).
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date option as a point in time (years, with months and days as fractions), or null when it cannot be read. */
export function dateValue(text: string): number | null {
  const century = /^(\d{1,2})(?:st|nd|rd|th) century/.exec(text);
  if (century) return Number(century[1]);
  const decade = /^(\d{3,4})s$/.exec(text);
  if (decade) return Number(decade[1]);
  const full = /^(?:(\d{1,2}) (\w+)|(\w+) (\d{1,2}),) (\d{4})$/.exec(text);
  if (full) {
    const month = MONTHS.indexOf((full[2] ?? full[3])!);
    return month < 0 ? null : Number(full[5]) + month / 12 + Number(full[1] ?? full[4]) / 372;
  }
  const monthYear = /^(\w+) (\d{4})$/.exec(text);
  if (monthYear) {
    const month = MONTHS.indexOf(monthYear[1]!);
    return month < 0 ? null : Number(monthYear[2]) + month / 12;
  }
  const year = /^\d{3,4}$/.exec(text);
  return year ? Number(year[0]) : null;
}

/** The parts a reader compares across date options: each digit of a year or decade, the day, month and year of a date. */
function partsOf(text: string): string[] {
  if (/^\d{3,4}s?$/.test(text)) return text.replace(/s$/, "").split("");
  const full = /^(?:(\d{1,2}) (\w+)|(\w+) (\d{1,2}),) (\d{4})$/.exec(text);
  if (full) return [full[1] ?? full[4]!, full[2] ?? full[3]!, full[5]!];
  const monthYear = /^(\w+) (\d{4})$/.exec(text);
  return monthYear ? [monthYear[1]!, monthYear[2]!] : [];
}

/**
 * The key is the option sharing most parts with the others: options that each
 * change one part of the key ("1852", "1837", "1844" around "1847") leave the
 * key as the commonest value in every place.
 */
function keyIsCommonest(key: string, distractors: string[]): boolean {
  const options = [key, ...distractors].map(partsOf);
  const width = options[0]!.length;
  if (!width || options.some((p) => p.length !== width)) return false;
  const score = (p: string[]) => p.reduce((sum, part, i) => sum + options.filter((o) => o[i] === part).length, 0);
  const keyScore = score(options[0]!);
  return options.slice(1).every((p) => score(p) < keyScore);
}

/**
 * The key stands out among the options: on its own on one side when the
 * candidates allowed both (the stem bounds no side), far from a bunched set of
 * distractors ("1204" beside "1215", "1216", "1217"), inside a run of three
 * consecutive values, or the commonest in every part.
 */
export function keyStandsOut(key: string, distractors: string[], bothSidesPossible: boolean): boolean {
  const k = dateValue(key);
  const values = distractors.map(dateValue);
  if (k === null || values.some((v) => v === null)) return false;
  const others = (values as number[]).sort((a, b) => a - b);
  const below = others.filter((v) => v < k).length;
  if (bothSidesPossible && (below === 0 || below === others.length)) return true;
  // At an end of the set, the key must sit no farther from its neighbour than the distractors sit from each other.
  if (below === 0 || below === others.length) {
    const nearest = below === 0 ? others[0]! - k : k - others[others.length - 1]!;
    const widest = Math.max(...others.slice(1).map((v, i) => v - others[i]!));
    if (nearest > 2 * widest) return true;
  }
  // Three consecutive years read as a run the key either completes or breaks (centuries side by side are only a span).
  const all = [k, ...others].sort((a, b) => a - b);
  if (Number.isInteger(k) && k > 100 && all.some((v, i) => i >= 2 && v - all[i - 2]! === 2 && v - all[i - 1]! === 1)) return true;
  return keyIsCommonest(key, distractors);
}

/**
 * `count` distractors from `pool` (in order of preference: the article's own
 * dates first) that leave the key no way to stand out, or none when no such set
 * exists: a weak set is never shipped, and the typed form asks the fact instead.
 */
export function chooseFairDates(key: string, pool: string[], count: number): string[] {
  const k = dateValue(key);
  if (k === null) return pool.slice(0, count);
  const values = pool.map(dateValue);
  const bothSidesPossible = values.some((v) => v !== null && v < k) && values.some((v) => v !== null && v > k);
  const chosen: number[] = [];
  const search = (from: number): boolean => {
    if (chosen.length === count) return !keyStandsOut(key, chosen.map((i) => pool[i]!), bothSidesPossible);
    for (let i = from; i < pool.length; i++) {
      chosen.push(i);
      if (search(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return search(0) ? chosen.map((i) => pool[i]!) : [];
}

/** The first and last years the article's own dates cover (years of the common era only), or null when it gives none. */
const spans = articleMemo<[number, number] | null>();
export function articleYearSpan(articleText: string): [number, number] | null {
  return spans(articleText, "", () => {
    const years: number[] = [];
    const clean = articleText.replace(/\b\d{1,4}(?:st|nd|rd|th)? (?:century )?(?:BCE?|B\.C\.)/g, " ");
    for (const m of clean.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)[\s-]century\b/gi)) years.push((Number(m[1]) - 1) * 100 + 1, Number(m[1]) * 100);
    for (const m of clean.matchAll(/\b(1[0-9]{3}|20[0-9]{2})(s?)\b/g)) years.push(Number(m[1]), Number(m[1]) + (m[2] ? (m[1]!.endsWith("00") ? 99 : 9) : 0));
    return years.length ? [Math.min(...years), Math.max(...years)] : null;
  });
}

function centuryOf(year: number): number {
  return Math.ceil(year / 100);
}

/**
 * A century or decade option fits the article's time: no earlier than one
 * century before its first date, and not beginning after its last date (an
 * option later than anything the article tells of is absurd for a past event).
 */
export function withinArticleTime(key: Span, candidate: string, articleText: string): boolean {
  if (key.type !== "CENTURY" && key.type !== "DECADE") return true;
  if (/\b(?:BCE?|B\.C\.)/.test(key.text + candidate)) return true;
  const span = articleYearSpan(articleText);
  const value = dateValue(candidate);
  if (!span || value === null) return true;
  const [first, last] = span;
  const start = key.type === "CENTURY" ? (value - 1) * 100 + 1 : value;
  const century = key.type === "CENTURY" ? value : centuryOf(value + 1);
  return century >= centuryOf(first) - 1 && start <= last;
}
