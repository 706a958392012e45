import { CENTURY_ORDINAL, centuryNumber } from "./century-words";
import { articleMemo } from "./article-memo";
import { normalizeAnswer } from "../quiz/normalize-answer";
import { interval } from "./make-timeline";
import type { Span, SpanType } from "./types";
import { boundedMemo } from "./article-memo";

/**
 * Whether a set of date options lets a student who never read the article pick
 * the key out, and which dates are fair at all for an article. Judges failed
 * questions whose distractors were a run of years all after the key (the key
 * the odd one out), whose options each changed one digit of the key (the key
 * the commonest value), and whose centuries lay outside every date the
 * article gives (an ocean liner in the 17th or the 21st century).
 */

const CENTURY_TEXT = new RegExp(String.raw`^${CENTURY_ORDINAL} century`);

/** The type a date option is written as, read from its text. */
function dateTypeOf(text: string): SpanType | null {
  if (CENTURY_TEXT.test(text)) return "CENTURY";
  if (/^\d{3,4}s$/.test(text)) return "DECADE";
  if (/^(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},) \d{4}$/.test(text)) return "FULL_DATE";
  if (/^[A-Z][a-z]+ \d{4}$/.test(text)) return "MONTH_YEAR";
  return /^\d{3,4}$/.test(text) ? "YEAR" : null;
}

/** A date option as a point in time in months (a whole date adds its day), or null when it cannot be read. */
export function dateValue(text: string, type = dateTypeOf(text)): number | null {
  if (!type) return null;
  if (type === "YEAR" && /^\d{3}$/.test(text)) return Number(text) * 12;
  const range = interval({ type, text });
  if (!range) return null;
  const day = type === "FULL_DATE" ? Number(/\b(\d{1,2})\b/.exec(text)?.[1]) / 32 : 0;
  return range[0] + day;
}

// One step of each type, in months: three options one step apart read as a run (centuries side by side are only a span).
const RUN_STEP: Partial<Record<SpanType, number>> = { YEAR: 12, MONTH_YEAR: 1, DECADE: 120 };

// The same dates are compared again and again across an article's candidates: each one's graded form is worked out once (bounded).
const gradedForms = boundedMemo<string>(5000);
function normalized(text: string): string {
  return gradedForms(text, () => normalizeAnswer(text));
}

/** An option the grader would take for the key ("December 14, 1911" for "14 December 1911"), or a date inside, round or overlapping the key's ("1800s" for "1840s"): a second right answer. */
export function sameOrWithin(key: Pick<Span, "type" | "text">, candidate: string): boolean {
  if (normalized(candidate) === normalized(key.text)) return true;
  if (key.type === "FULL_DATE" || key.type === "MONTH_YEAR") return false;
  const type = dateTypeOf(candidate);
  const a = interval(key);
  const b = type ? interval({ type, text: candidate }) : null;
  return Boolean(a && b && a[0] <= b[1] && b[0] <= a[1]);
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
 * consecutive values, or the commonest in every part. An option that cannot be
 * read counts as standing out: an unchecked set is never shipped.
 */
export function keyStandsOut(key: string, distractors: string[], bothSidesPossible: boolean, type = dateTypeOf(key)): boolean {
  const k = dateValue(key, type);
  const values = distractors.map((d) => dateValue(d, type));
  if (k === null || values.some((v) => v === null)) return true;
  return standsOut(key, k, distractors, values as number[], bothSidesPossible, type);
}

function standsOut(key: string, k: number, distractors: string[], values: number[], bothSidesPossible: boolean, type: SpanType | null): boolean {
  const others = [...values].sort((a, b) => a - b);
  const below = others.filter((v) => v < k).length;
  if (bothSidesPossible && (below === 0 || below === others.length)) return true;
  // At an end of the set, the key must sit no farther from its neighbour than the distractors sit from each other.
  if (below === 0 || below === others.length) {
    const nearest = below === 0 ? others[0]! - k : k - others[others.length - 1]!;
    const widest = Math.max(...others.slice(1).map((v, i) => v - others[i]!));
    if (nearest > 2 * widest) return true;
  }
  // Nor may one distractor sit far from a bunched rest ("1997" beside "1590", "1599", "1614"): ruled out at a glance, it leaves two.
  const withKey = [k, ...others];
  for (const d of others) {
    const rest = withKey.filter((v) => v !== d).sort((a, b) => a - b);
    const nearest = Math.min(...rest.map((v) => Math.abs(v - d)));
    const widest = Math.max(...rest.slice(1).map((v, i) => v - rest[i]!));
    if (widest > 0 && nearest > 4 * widest) return true;
  }
  // Three consecutive values (years, months, decades) read as a run the key either completes or breaks.
  const step = type ? RUN_STEP[type] : undefined;
  const all = [k, ...others].sort((a, b) => a - b);
  if (step && all.some((v, i) => i >= 2 && v - all[i - 2]! === 2 * step && v - all[i - 1]! === step)) return true;
  return keyIsCommonest(key, distractors);
}

/**
 * `count` distractors from `pool` (in order of preference: its first `own` the
 * article's own dates) that leave the key no way to stand out, or none when no such set
 * exists: a weak set is never shipped, and the typed form asks the fact instead.
 * The seed turns the article's own dates round, so one article's dates do not recur across its quiz.
 */
export function chooseFairDates(key: Pick<Span, "type" | "text">, pool: string[], count: number, random: () => number = () => 0, own = 0, cutOneSide = false, shareYear = false): string[] {
  const k = dateValue(key.text, key.type);
  if (k === null) return [];
  const turn = own > 1 ? Math.floor(random() * own) : 0;
  const ordered = [...pool.slice(turn, own), ...pool.slice(0, turn), ...pool.slice(own)];
  // (pickDistractors has already dropped every option the grader would take for the key.)
  const usable = ordered.map((text) => ({ text, value: dateValue(text, key.type) })).filter((o): o is { text: string; value: number } => o.value !== null);
  // (When a rule of the stem cut one side of the pool away, a one-sided set is still refused: the key would sit at its end.)
  const bothSidesPossible = cutOneSide || (usable.some((o) => o.value < k) && usable.some((o) => o.value > k));
  const chosen: number[] = [];
  // The article's headline year on the key alone gives it away ("May 1588" beside "April 1586", "March 1589"): a set with
  // another date of that year is sought first.
  const keyYear = /\d{3,4}$/.exec(key.text)?.[0];
  let needYear = shareYear && keyYear !== undefined;
  const search = (from: number): boolean => {
    if (chosen.length === count) {
      if (needYear && !chosen.some((i) => usable[i]!.text.endsWith(` ${keyYear}`))) return false;
      return !standsOut(key.text, k, chosen.map((i) => usable[i]!.text), chosen.map((i) => usable[i]!.value), bothSidesPossible, key.type);
    }
    // Too few left to fill the set: no deeper search.
    for (let i = from; i <= usable.length - (count - chosen.length); i++) {
      chosen.push(i);
      if (search(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  if (search(0)) return chosen.map((i) => usable[i]!.text);
  if (!needYear) return [];
  // No fair set holds another date of the year: the fairest set without one.
  needYear = false;
  chosen.length = 0;
  return search(0) ? chosen.map((i) => usable[i]!.text) : [];
}

/**
 * The year an article is about: written in its title line, or named at least twice and more often than any other.
 * A date option set where only the key carries it is answered by the headline alone.
 */
const headlines = articleMemo<number | null>();
export function headlineYear(articleText: string): number | null {
  return headlines(articleText, "", () => {
    const title = articleText.trimStart().split("\n")[0] ?? "";
    const inTitle = /\b(1\d{3}|20\d{2})\b/.exec(title)?.[1];
    if (inTitle) return Number(inTitle);
    // (Read as `articleYears` reads years: no BC figure, and no count such as "1200 soldiers".)
    const counts = new Map<number, number>();
    for (const { year, decade } of fourFigureYears(withoutBC(articleText))) if (!decade) counts.set(year, (counts.get(year) ?? 0) + 1);
    const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
  });
}

// A date's preposition: after one, a four-digit figure is a year even before a plural noun ("in 1850 settlers came").
const DATE_WORD = /\b(?:in|by|since|until|till|from|to|after|before|around|about|of|c\.|circa|AD|and)\s+$/i;

/** The first and last years the article's own dates cover (years of the common era only), or null when it gives none. */
const spans = articleMemo<[number, number] | null>();
export function articleYearSpan(articleText: string): [number, number] | null {
  return spans(articleText, "", () => {
    const years = articleYears(articleText);
    return years.length ? [years[0]!, years[years.length - 1]!] : null;
  });
}

// A gap this long between an article's dates parts two eras it tells of (a life and, a century on, what came of it).
const ERA_GAP = 40;
// An option this far from the key is absurd for it when it belongs to another era of the article.
const ERA_REACH = 60;

/**
 * An option from another era of the article's own dates, far from the key ("around _____ the navy named a ship after
 * her" offered the years of her own life, a century and more before): a reader rules it out by the era alone. The
 * article's years fall into eras wherever ERA_GAP years pass with no date; an option more than ERA_REACH years from the
 * key and outside the key's era is not offered, unless both stand alone. (An article whose dates run on without such a
 * gap is one era.)
 */
export function fromAnotherEra(key: Pick<Span, "type" | "text">, candidate: string, articleText: string): boolean {
  // Centuries and decades span eras of their own: withinArticleTime bounds them.
  if (key.type === "CENTURY" || key.type === "DECADE") return false;
  const type = dateTypeOf(candidate);
  const k = interval(key);
  const c = type ? interval({ type, text: candidate }) : null;
  if (!k || !c || /\b(?:BCE?|B\.C\.)/.test(key.text + candidate)) return false;
  const keyYear = Math.floor(k[0] / 12);
  const year = Math.floor(c[0] / 12);
  if (Math.abs(year - keyYear) <= ERA_REACH) return false;
  const years = articleYears(articleText);
  const era = (y: number) => {
    // The era a year sits in: the run of article years around it with no gap longer than ERA_GAP.
    let lo = y;
    let hi = y;
    for (let i = years.length - 1; i >= 0; i--) if (years[i]! <= lo && lo - years[i]! <= ERA_GAP) lo = years[i]!;
    for (const v of years) if (v >= hi && v - hi <= ERA_GAP) hi = v;
    return [lo, hi] as const;
  };
  const [lo, hi] = era(keyYear);
  if (year >= lo - ERA_GAP && year <= hi + ERA_GAP) return false;
  // A lone year is no era: where both the key and the option stand alone (few dates spread over centuries), each is a fair
  // option for the other. One of the two must sit among two dates or more of the article.
  const [olo, ohi] = era(year);
  const held = (from: number, to: number) => years.filter((v) => v >= from && v <= to).length;
  return held(lo, hi) >= 2 || held(olo, ohi) >= 2;
}

/** Every year the article's own dates name (common era only), in order, each once. */
const yearLists = articleMemo<number[]>();
// Every figure of a range that ends in BC is BC ("between 1200 and 1150 BC"): such figures are no years of the common era.
function withoutBC(articleText: string): string {
  return articleText.replace(/\b\d{1,4}(?:(?:\s*(?:and|to|or|-|–)\s*)\d{1,4})?(?:st|nd|rd|th)? (?:century )?(?:BCE?|B\.C\.)/g, " ");
}

/** The four-figure years and decades of a text ("1850", "the 1850s"), less counts ("1500 visitors", unless "in 1500 …"). */
function fourFigureYears(clean: string): { year: number; decade: boolean; figures: string }[] {
  const out: { year: number; decade: boolean; figures: string }[] = [];
  for (const m of clean.matchAll(/\b(1[0-9]{3}|20[0-9]{2})(s?)\b/g)) {
    const before = clean.slice(Math.max(0, m.index - 12), m.index);
    if (!m[2] && /^ [a-z]+s\b/.test(clean.slice(m.index + m[0].length)) && !DATE_WORD.test(before)) continue;
    out.push({ year: Number(m[1]), decade: m[2] === "s", figures: m[1]! });
  }
  return out;
}

// "12th century", "twelfth-century": compiled once.
const CENTURY_IN_TEXT = new RegExp(String.raw`\b(${CENTURY_ORDINAL})[\s-]century\b`, "gi");

function articleYears(articleText: string): number[] {
  return yearLists(articleText, "", () => {
    const years: number[] = [];
    // Every figure of a range that ends in BC is BC ("between 1200 and 1150 BC").
    const clean = withoutBC(articleText);
    for (const m of clean.matchAll(CENTURY_IN_TEXT)) years.push((centuryNumber(m[1]!) - 1) * 100 + 1, centuryNumber(m[1]!) * 100);
    for (const { year: from, decade, figures } of fourFigureYears(clean)) years.push(from, from + (decade ? (/^1\d00$/.test(figures) ? 99 : 9) : 0));
    // Years of three figures only where a date word or era marks them ("in 618", "AD 907").
    for (const m of clean.matchAll(/\b(?:in|AD|since|until|by) ([1-9]\d{2})\b(?! ?[%°]| [a-z]+s\b| (?:km|m|kg|cm|ft|feet|miles?|met(?:re|er)s?)\b)|\b([1-9]\d{2}) (?:AD|CE)\b/g)) years.push(Number(m[1] ?? m[2]));
    return [...new Set(years)].sort((a, b) => a - b);
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
  const range = interval({ type: key.type, text: candidate });
  if (!span || !range) return true;
  const [first, last] = span;
  const start = Math.floor(range[0] / 12);
  return centuryOf(start + (key.type === "DECADE" ? 1 : 0)) >= centuryOf(first) - 1 && start <= last;
}
