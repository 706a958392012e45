import { CENTURY_ORDINAL, centuryNumber, centuryOrdinalLike } from "./century-words";
import { articleAliases } from "./aliases";
import { containingPlaces } from "./containing-places";
import { articleMemo, boundedMemo } from "./article-memo";
import { capitalise } from "./question-parts";
import { shuffle } from "./random";
import { escapeRegExp, NUMBER_WORDS, numberInWords, valueOf } from "./find-spans";
import { elementSortOf, existedIn, GAZETTEER, lookupEntry, regionOf } from "./gazetteer";
import type { Span } from "./types";
import { ofOtherWorlds } from "./person-worlds";
import { fillsBeforeNoun, kindsOfTerm, nounAfterBlank, sameKindAs } from "./kind-of-defined-term";
import { chooseFairDates, fromAnotherEra, headlineYear, sameOrWithin, withinArticleTime } from "./fair-date-options";
import { interval } from "./make-timeline";
import { MONTH_NAMES, MONTHS } from "./months";
import { MONTH_ALT, monthIndexOf, ruledOutByStem, statedForSameThing } from "./fair-number-options";
import { lifeRuleFor } from "./fair-life-dates";
import { BC_MARK, writtenInOtherEra } from "./year-eras";
import { afterWhatItPrecedes, beforeWhatItFollows, dateItFollows, dateItPrecedes } from "./fair-sequence-dates";
import { FRACTION_OPTIONS, fractionOf } from "./fraction-forms";
import { REALM_FIRST, REALM_LAST } from "./find-organisations";

export interface DistractorContext {
  /** The article's own names, dates and terms by type (each text once), for same-type distractors. */
  articleTexts: Map<Span["type"], string[]>;
  /** The article's central year (for era checks), or null when it has no dates. */
  year: number | null;
  /** The whole article text: a distractor the article states alongside the key is rejected. */
  articleText: string;
  /** The lands the whole article is set in, lower-cased (see find-setting). */
  settings?: ReadonlySet<string>;
}

/**
 * Up to `count` wrong answers of the key's type: from the article first, then
 * the gazetteer (same group, right era), then by perturbing dates. A candidate
 * is dropped when it appears in the stem, overlaps the key's text, or repeats.
 */
/** Index an article's spans by type, each text once, in order of first appearance. */
export function indexArticleTexts(spans: Span[]): Map<Span["type"], string[]> {
  const byType = new Map<Span["type"], string[]>();
  const seen = new Set<string>();
  for (const s of spans) {
    const key = `${s.type}\u0000${s.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byType.set(s.type, [...(byType.get(s.type) ?? []), s.text]);
  }
  return byType;
}

/**
 * `statement` asks for one swap to make a false statement: only the article's
 * own names (never an outside one the article cannot settle) and only dates
 * near the key (another of the article's dates may be absurd there: a wedding
 * in the year of birth).
 */
export function pickDistractors(key: Span, stem: string, ctx: DistractorContext, count = 3, random: () => number = () => 0.5, statement = false): string[] {
  const out: string[] = [];
  // Another name the article gives the key is the key itself, never a wrong answer.
  // So is a place the article says the key lies in ("Carrow, in Dunhaven"): the key is there too.
  const around = key.type === "PLACE" || key.type === "CITY" ? containingPlaces(key.text, ctx.articleText) : [];
  const aliases = new Set([...articleAliases(key.text, ctx.articleText), ...around].map((a) => a.toLowerCase()));
  const keyWords = new Set(key.text.toLowerCase().split(/\s+/).filter((w) => w.length > 2));
  // Date options are chosen as a set (see chooseFairDates): gather more than needed, the article's own first.
  const dated = key.type === "YEAR" || key.type === "FULL_DATE" || key.type === "MONTH_YEAR" || key.type === "DECADE" || key.type === "CENTURY";
  // "By _____ the line had reached the coast": every later date meets the bound too, so no date option or swap is fair.
  if (dated && boundsTheBlank(stem)) return [];
  // A date the stem states inside the key's own century or decade ("built in the _____ and burned in 1250"): the stem cannot say which side an option must keep.
  const stated = key.type === "CENTURY" || key.type === "DECADE" ? statedIntervals(stem) : [];
  const keyRange = interval(key);
  if (keyRange && stated.some((s) => relation(s, keyRange) === "inside")) return [];
  // "returned from a summer trip in _____": the stem's season fixes the month, so only the year may change.
  const season = (key.type === "MONTH_YEAR" || key.type === "FULL_DATE") && seasonDatesBlank(stem, keyRange);
  // "from 8 to _____": a bare day before the blank shares the blank's month and year, so an option with another
  // day reads as a backward or far range ("14 to 10 April"), and one with the key's day alone reads as a next day.
  // Every option keeps the key's day and changes its month or year.
  const dayTied = key.type === "FULL_DATE" && /^\d{1,2} /.test(key.text) && DAY_TIED_BLANK.test(stem);
  // "In response … in _____": the date of the cause the stem answers (see dateItFollows), read once per stem.
  const follows = dated ? dateItFollows(key, stem, ctx.articleText) : null;
  // "… in _____, before the treaty": the date of the event the stem's clause came before, where the article dates it.
  const precedes = dated ? dateItPrecedes(key, stem, ctx.articleText) : null;
  // The lives that bound a dated key, read once for all its candidates.
  const lifeRule = dated ? lifeRuleFor(key.text, stem, ctx.articleText) : null;
  // A rule that cuts one side of the key's options away leaves the key at an end of the rest: a set must still have wrong options on both sides.
  let cutOneSide = false;
  // (Three, as every caller asks: the set search grows as C(count + 9, count), so a larger count takes the first it gathers.)
  const asSet = dated && !statement && count === 3;
  let limit = asSet ? count + 9 : count;
  // "the tank fills with _____ bubbles": a term key names a kind of the noun after the blank, and every option must stand before it too.
  const modified = key.type === "TERM" ? nounAfterBlank(stem, ctx.articleText) : null;
  // Set once the article's own dates are in: the screen every made-up date of the key's headline year passes.
  let madeUpInKeyYear: ((candidate: string) => boolean) | null = null;
  let otherMonthOfKeyYear: ((candidate: string) => boolean) | null = null;
  const accept = (candidate: string) => {
    if (out.length >= limit) return;
    if (!isUsable(candidate, key.text, stem) || out.some((o) => same(o, candidate))) return;
    if (!sameKind(key, candidate, ctx.articleText) || aliases.has(candidate.toLowerCase())) return;
    // (A gazetteer term here is of the key's own group: sameKind has matched them.)
    if (modified && !fillsBeforeNoun(candidate, key.text, modified, ctx.articleText, lookupEntry(candidate) !== undefined)) return;
    // A person sharing a name with the key ("Thutmose II" for "Thutmose III") gives it away or is the same family.
    if (key.type === "PERSON" && candidate.toLowerCase().split(/\s+/).some((w) => keyWords.has(w))) return;
    // In an article that retells a work, a character and the work's author are of two worlds: never options for each other.
    if (key.type === "PERSON" && ofOtherWorlds(key.text, candidate, ctx.articleText)) return;
    // Nor two options naming one person ("King Hrothgar" and "Hrothgar").
    if (key.type === "PERSON" && out.some((o) => sharesName(o, candidate))) return;
    // A person the stem already names by part of their name ("Harriet thought …") is not the one asked for.
    if (key.type === "PERSON" && sharesName(candidate, stem.replace(/[^\w\s'’-]/g, " "))) return;
    if (dated && sameOrWithin(key, candidate)) return;
    if (!consistentWithStem(key, candidate, stem, stated, keyRange)) return;
    if (!withinArticleTime(key, candidate, ctx.articleText)) return;
    if (dated && fromAnotherEra(key, candidate, ctx.articleText)) return;
    // A year the article writes in the other era ("202" BCE for a key of the common era, or the reverse) is no option for it.
    if (key.type === "YEAR" && writtenInOtherEra(key, candidate, ctx.articleText)) return;
    if (dated && (lifeRule?.(candidate) || beforeWhatItFollows(follows, candidate) || afterWhatItPrecedes(precedes, candidate))) {
      cutOneSide = true;
      return;
    }
    if (madeUpInKeyYear?.(candidate)) return;
    if (dayTied && candidate.split(" ")[0] !== key.text.split(" ")[0]) return;
    if (season && keyRange && monthOf(key.type, candidate) !== keyRange[0] % 12) return;
    if (key.type === "NUMBER" && (statedForSameThing(key, candidate, stem, ctx.articleText) || ruledOutByStem(key, candidate, stem))) return;
    out.push(candidate);
  };
  const keyGroup = lookupEntry(key.text)?.group;
  // The article's other numbers count other things (years, metres, people): never options for this one.
  // At most half the gathered dates are the article's own, so made ones can balance them round the key.
  const own = key.type === "NUMBER" || (statement && dated) ? [] : (ctx.articleTexts.get(key.type) ?? []);
  for (const text of own) {
    if (out.length >= (asSet ? count + 3 : count)) break;
    const group = lookupEntry(text)?.group;
    if (keyGroup && group && group !== keyGroup) continue;
    accept(text);
  }
  const ownCount = out.length;
  // A key in the article's headline year: other months of that year, so the year alone does not pick the key out.
  const keyYear = Number(/\d{4}$/.exec(key.text)?.[0] ?? NaN);
  const shareYear = asSet && (key.type === "MONTH_YEAR" || key.type === "FULL_DATE") && keyYear === headlineYear(ctx.articleText);
  if (shareYear) {
    const screen = keyYearScreen(key, ctx.articleText);
    // Another month of the year, made as such (sameYearDates, sameDayDates), passes the wide screen; a date shifted by
    // some days (perturb) passes the narrow one (see keyYearScreen).
    const monthInKeyYear = (candidate: string) => (screen && candidate.endsWith(` ${keyYear}`) ? monthOf(key.type, candidate) : null);
    madeUpInKeyYear = (candidate) => {
      const month = monthInKeyYear(candidate);
      return month !== null && screen!.narrow(month);
    };
    otherMonthOfKeyYear = (candidate) => {
      const month = monthInKeyYear(candidate);
      return month !== null && screen!.wide(month);
    };
  }
  // (Three at most, on top of the pool: the made-up dates of other years keep their room, for a fair set without one.)
  const before = out.length;
  if (shareYear) for (const candidate of sameYearDates(key, ctx.articleText)) if (out.length - before < 3) accept(candidate);
  limit += out.length - before;
  if (!statement) for (const candidate of fromGazetteer(key, ctx.year)) accept(candidate);
  // (Before the perturbed years, which step the same way for every seed.)
  if (key.type === "YEAR" && HEDGED_BLANK.test(stem)) for (const candidate of roundNeighbours(key.text, random, statement)) accept(candidate);
  const percent = /_____ ?(?:percent|per cent|%)/.test(stem);
  for (const candidate of perturb(key, random)) if (!percent || Number(candidate.replace(/,/g, "")) <= 100) accept(candidate);
  if (season) for (const candidate of otherYears(key.text, random)) accept(candidate);
  if (dayTied) for (const candidate of sameDayDates(key.text)) if (!otherMonthOfKeyYear?.(candidate)) accept(candidate);
  // Between the cause and the key, so that a fair set can still hold a wrong option on the early side.
  if (follows !== null && keyRange) for (const candidate of datesBetween(key, follows, keyRange[0], true)) accept(candidate);
  // Between the key and the event it came before, for a wrong option on the late side.
  if (precedes !== null && keyRange) for (const candidate of datesBetween(key, keyRange[0], precedes, false)) accept(candidate);
  return asSet ? chooseFairDates(key, out, count, random, ownCount, cutOneSide, shareYear) : out;
}

/** The month (0-11) of a date option of the key's type, or -1. */
function monthOf(type: Span["type"], candidate: string): number {
  return (interval({ type, text: candidate })?.[0] ?? -1) % 12;
}

// A bare day joined to the blank as the start of a range ("from 3 to _____", "overnight, 8 to _____", "12–_____").
const DAY_TIED_BLANK = /\b\d{1,2}(?: to | and |\s?[-–]\s?)_____/;

/** "14 July 1789" -> day 14, month 6 (0-11), year 1789; "May 1588" -> no day. Null for a key of another form. */
function keyDateParts(text: string): { day: number | null; month: number; year: number } | null {
  const m = /^(?:(\d{1,2}) )?(\w+) (\d{4})$/.exec(text);
  const month = MONTH_NAMES.indexOf(m?.[2] ?? "");
  return m && month >= 0 ? { day: m[1] ? Number(m[1]) : null, month, year: Number(m[3]) } : null;
}

/** The number of days in a month (0-11) of a year. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** "15 April 1912" -> "15 January 1912", "15 July 1912", "15 March 1911", …: the key's day in other months, on both sides. */
function sameDayDates(keyText: string): string[] {
  const parts = keyDateParts(keyText);
  if (parts?.day == null) return [];
  const day = parts.day;
  const at = parts.year * 12 + parts.month;
  return [-3, 3, -2, 2, -13, 13, -11, 11, -4, 4, -25, 25]
    .map((o) => at + o)
    .filter((t) => daysIn(Math.floor(t / 12), t % 12) >= day)
    .map((t) => `${day} ${MONTH_NAMES[t % 12]} ${Math.floor(t / 12)}`);
}

/** "May 1588" -> "February 1588", "August 1588", …; "14 July 1789" -> "14 April 1789", …: the key's year, other months. */
export function sameYearDates(key: Span, articleText: string): string[] {
  const parts = keyDateParts(key.text);
  if (!parts) return [];
  const { day, month, year } = parts;
  // Months three and two apart first, on both sides, within the year.
  // A month the article dates anything in that year is left out: it may be another stage of the same event ("sailed
  // again in July 1588"), and a made-up option must be plainly wrong.
  // ("early in April of the same year" dates it as well as "April 1453".)
  // In the headline year's article a bare month dates that year too ("landed in September", "on 7 March", "at the end of
  // August", "Christmas Day" for December), and a season of the year dates its months ("the summer of 1989", "in autumn").
  const screen = keyYearScreen(key, articleText)!;
  const months = [-3, 3, -2, 2, -4, 4, -5, 5].map((o) => month + o).filter((m) => m >= 0 && m < 12 && !screen.wide(m));
  if (day === null) return months.map((m) => `${MONTH_NAMES[m]} ${year}`);
  // The key's own day, in the months that have it ("31 June" is no date, and another day would set the key apart).
  return months.filter((m) => daysIn(year, m) >= day).map((m) => `${day} ${MONTH_NAMES[m]} ${year}`);
}

/**
 * The months of the key's year a made-up option may not take (see sameYearDates). The wide screen, for another month of
 * the year made as such: a month the article dates, or one on a side of the key where it dates another. The narrow one,
 * for a date shifted by some days (perturb): a month the article dates, a month with a dated stage between it and the
 * key, which would put the two events in the wrong order, or a side where the article dates another day of the key's own
 * month. (The wide side rule refused shifted dates judges passed: a find in the year's first weeks offered in its autumn,
 * where the article dates only the news of it at the year's end.) Null when the key names no month.
 */
export function keyYearScreen(key: Pick<Span, "text">, articleText: string): { wide(month: number): boolean; narrow(month: number): boolean } | null {
  const parts = keyDateParts(key.text);
  if (!parts) return null;
  const { day: keyDay, month, year } = parts;
  const dated = monthsDated(articleText, String(year));
  // A side of the key where the article dates another month of the year holds the story's other stages ("the siege
  // began in April"), which rule out a made-up "March" at a glance. So does another day of the key's own month ("sailed
  // on 3 May … wrecked on 9 May": every made-up month before May is ruled out by the sailing).
  const daySides = new Set<number>();
  if (keyDay !== null) for (const day of daysDated(articleText, MONTH_NAMES[month]!, String(year))) if (day !== keyDay) daySides.add(Math.sign(day - keyDay));
  const sides = new Set([...daySides, ...[...dated].filter((m) => m !== month).map((m) => Math.sign(m - month))]);
  return {
    wide: (m) => dated.has(m) || sides.has(Math.sign(m - month)),
    narrow: (m) => dated.has(m) || [...dated].some((d) => (d - m) * (d - month) < 0) || daySides.has(Math.sign(m - month)),
  };
}

const datedDays = articleMemo<number[]>();

/**
 * The days of one month of the year the article dates ("3 May 1887", "May 3, 1887", the start of "8 to 9 May 1887";
 * a bare "on 3 May" where no other year follows, as monthsDated reads a bare month).
 */
function daysDated(articleText: string, month: string, year: string): number[] {
  return datedDays(articleText, `${month} ${year}`, () => {
    const yearAfter = `(?:,? ${year}\\b|(?!,?\\s+\\d{3,4}))`;
    const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:(?: to | and |\\s?[-–]\\s?)(\\d{1,2})(?:st|nd|rd|th)?)? (?:of )?${month}\\b${yearAfter}`, "g");
    const monthFirst = new RegExp(`\\b${month} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s?[-–]\\s?(\\d{1,2})\\b)?${yearAfter}`, "g");
    const days: number[] = [];
    for (const m of [...articleText.matchAll(dayFirst), ...articleText.matchAll(monthFirst)]) days.push(...[m[1], m[2]].filter(Boolean).map(Number));
    return days.filter((d) => d >= 1 && d <= 31);
  });
}

const datedMonths = articleMemo<Set<number>>();

/** The months the article dates in the year, read in one pass per article and year (see sameYearDates). */
function monthsDated(articleText: string, year: string): Set<number> {
  return datedMonths(articleText, year, () => {
    const months = new Set(seasonMonths(articleText));
    // A month, whole or short ("Aug. 2"), with the year ("May 1588", "April of that year") or bare ("at the end of
    // August", "between August and September", "the second week of August"), not a month of another year ("May 1590").
    // (A short form counts only with its stop or a day after it: "Jan" alone may be a name.)
    const month = new RegExp(`\\b(?:(${MONTHS})\\b|(${MONTH_ALT})(?:\\.|(?= \\d)))(?:(?: ?\\d{1,2},?)? (?:${year}|of (?:that|the same) year)\\b|(?!(?: ?\\d{1,2})?,?\\s+\\d{3,4}))`, "g");
    for (const m of articleText.matchAll(month)) months.add(monthIndexOf((m[1] ?? m[2])!));
    if (/\bChristmas\b/.test(articleText)) months.add(11);
    return months;
  });
}

const seasonsNamed = articleMemo<Set<number>>();

/**
 * The months of every season the article names ("the summer of 1989", "that winter", "in high summer"), read once per
 * article: no year enters it. (Callers copy the set before adding to it.)
 */
function seasonMonths(articleText: string): Set<number> {
  return seasonsNamed(articleText, "", () => {
    const months = new Set<number>();
    for (const m of articleText.matchAll(SEASON_G)) {
      // "each spring", "a summer holiday": a season of every year, or of none, dates nothing in this one.
      if (/^(?:each|every|an?)\s/i.test(m[0])) continue;
      // The season's own three months, without the one either side SEASON_MONTHS allows: those the article does not date.
      for (const month of SEASON_MONTHS[seasonOf(m)]!.slice(1, -1)) months.add(month);
    }
    return months;
  });
}

/**
 * Where the article says what kind of thing a term key is ("hydronium ions", "ions … are called cations"), an option is a
 * thing of that kind: "pure water" or "electrolysis" beside ions is ruled out by its kind alone. A gazetteer option (a
 * metal beside "copper") has its kind from its group, which the caller has matched, and needs none from the article.
 */
function ofTermsKind(key: string, candidate: string, articleText: string): boolean {
  return sameKindAs(kindsOfTerm(key, articleText), kindsOfTerm(candidate, articleText), lookupEntry(candidate) !== undefined);
}

/**
 * Up to six months (for a month key) or years (for a year key) strictly between a bound and the key, both in months, in
 * order: the six nearest the key (at `to` when `keyAtEnd`), so a far bound ("later" than a date a century before) does not
 * bring dates beside the bound, a cluster far from the key.
 */
function datesBetween(key: Span, from: number, to: number, keyAtEnd: boolean): string[] {
  const [lo, hi] = key.type === "MONTH_YEAR" ? [from + 1, to - 1] : key.type === "YEAR" ? [Math.floor(from / 12) + 1, Math.floor(to / 12) - 1] : [1, 0];
  const out: string[] = [];
  for (let v = keyAtEnd ? Math.max(lo, hi - 5) : lo; v <= hi && out.length < 6; v++) out.push(key.type === "MONTH_YEAR" ? `${MONTH_NAMES[v % 12]} ${Math.floor(v / 12)}` : String(v));
  return out;
}

// A year, or a year already named, after "the fall of": the American autumn, not a downfall ("the fall of Rome").
const YEARISH = String.raw`(?:\d{3,4}\b|that year\b|the same year\b)`;
// "a summer holiday", "that winter", "in the spring of": a lowercase season word that dates the event itself. "fall" only
// where it can be no downfall and no verb: "the fall of 1846", "in the fall" (not "in the fall of Rome"), "that fall, …"
// or "that fall he …" (not "rocks that fall from …").
const SEASON = new RegExp(
  String.raw`\b(?:a|an|the|that|this|of|in|during|each|every|last|next)\s+(?:(?:early|late|hot|cold|wet|dry|long|high|following|next)\s+|mid-?\s*)?(summer|winter|spring|autumn)\b` +
    String.raw`|\b(?:the\s+(?:early\s+|late\s+)?(?=fall\s+of\s+${YEARISH})|in\s+the\s+(?:early\s+|late\s+)?(?=fall\b(?!\s+of\s+(?!${YEARISH})))|(?:that|this|last|next)\s+(?=fall\b(?=\s*[,.;]|\s+(?:he|she|they|it|we|I|the|his|her|their)\b)))(fall)\b`,
);

// The same, for every season word of an article, in any case.
const SEASON_G = new RegExp(SEASON.source, "gi");

/** The season a SEASON match names, "fall" read as autumn. */
function seasonOf(m: RegExpExecArray | RegExpMatchArray): string {
  return m[1] ? m[1].toLowerCase() : "autumn";
}
// The months in or next to each season (northern reckoning, one month either side).
const SEASON_MONTHS: Record<string, number[]> = { spring: [1, 2, 3, 4, 5], summer: [4, 5, 6, 7, 8], autumn: [7, 8, 9, 10, 11], winter: [10, 11, 0, 1, 2] };

/** Does a season word in the blank's own clause (between the commas, semicolons or dashes round it) fix the key's month? */
function seasonDatesBlank(stem: string, keyRange: [number, number] | null): boolean {
  const at = stem.indexOf("_____");
  if (at < 0 || !keyRange) return false;
  const from = Math.max(...[",", ";", " – ", " - "].map((b) => stem.lastIndexOf(b, at)));
  const ends = [",", ";", " – ", " - "].map((b) => stem.indexOf(b, at)).filter((i) => i >= 0);
  let to = ends.length ? Math.min(...ends) : stem.length;
  // "In _____, the keeper returned from a summer trip": a blank in a short opener dates the clause it opens.
  if (stem.slice(from + 1, to).trim().split(/\s+/).length <= 3 && to < stem.length) to = [",", ";"].map((b) => stem.indexOf(b, to + 1)).filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), stem.length);
  const clause = stem.slice(from + 1, to);
  const found = SEASON.exec(clause);
  return Boolean(found && SEASON_MONTHS[seasonOf(found)]!.includes(keyRange[0] % 12));
}

/** "September 1928" -> "September 1921", "September 1933", …: the key's day and month in other years, at the year spreads' uneven steps. */
function otherYears(keyText: string, random: () => number): string[] {
  const year = Number(/\b\d{4}\b/.exec(keyText)?.[0]);
  if (!Number.isFinite(year)) return [];
  return twoSpreads(random).map((o) => keyText.replace(String(year), String(year + o)));
}

// A bound set on the blank: "by _____", "before the _____", "_____ or later". Every date on the bound's open side is as true as the key.
const BOUND_BEFORE_BLANK = /\b(?:by|before|since|until|till|after|as of|as early as|as late as|no later than|no earlier than|prior to|up to|not until)\s+(?:the\s+)?(?:(?:early|late|end of the|start of the|middle of the)\s+|mid-)?_____/i;
const BOUND_AFTER_BLANK = /_____(?:\s*[a-z]+){0,2}\s*(?:or (?:earlier|later|before|after|so)|and (?:after|later|earlier|before))\b/i;
export function boundsTheBlank(stem: string): boolean {
  return BOUND_BEFORE_BLANK.test(stem) || BOUND_AFTER_BLANK.test(stem);
}

type Range = [number, number];
// The century patterns below, compiled once (not per stem or key read).
const CENTURY_STATED = new RegExp(String.raw`\b${CENTURY_ORDINAL} century\b(?! ?B\.?C)`, "gi");
const CENTURY_KEY_PARTS = new RegExp(String.raw`^(${CENTURY_ORDINAL}) century(.*)$`);
/** Every date the stem states, as an interval of months: years, decades ("1880s"), centuries ("14th century"); none before the common era. */
function statedIntervals(stem: string): Range[] {
  const out: Range[] = [];
  for (const m of stem.matchAll(CENTURY_STATED)) out.push(interval({ type: "CENTURY", text: m[0] })!);
  for (const m of stem.matchAll(/\b(?:1[0-9]|20)\d0s\b/g)) out.push(interval({ type: "DECADE", text: m[0] })!);
  for (const m of stem.matchAll(/\b(?:1[0-9]{3}|20[0-9]{2})\b(?!s| ?B\.?C)/g)) out.push(interval({ type: "YEAR", text: m[0] })!);
  return out;
}

const BC_YEAR_IN_STEM = new RegExp(String.raw`(?<![\d,.])(\d{1,4}) ?${BC_MARK}`, "g");
const CE_YEAR_IN_STEM = new RegExp(String.raw`\b(1[0-9]{3}|20[0-9]{2})\b(?! ?${BC_MARK})`, "g");

/** How interval `a` lies to `b`: wholly before or after it, inside it, round it, or across one of its ends. */
function relation(a: Range, b: Range): "before" | "after" | "inside" | "round" | "across" {
  if (a[1] < b[0]) return "before";
  if (a[0] > b[1]) return "after";
  if (a[0] >= b[0] && a[1] <= b[1]) return "inside";
  if (a[0] <= b[0] && a[1] >= b[1]) return "round";
  return "across";
}

const CENTURY_IN_STEM = new RegExp(String.raw`\b(${CENTURY_ORDINAL})[ -]century\b(?! ?B\.?C)`, "gi");

/** The centuries a stem names, in figures or words ("the 19th century", "the early twentieth century"), as numbers. */
function statedCenturies(stem: string): number[] {
  return [...stem.matchAll(CENTURY_IN_STEM)].map((m) => centuryNumber(m[1]!));
}

// "born around _____": a year a few off the key is as defensible as the key.
const HEDGED_BLANK = /\b(?:around|about|circa|c\.|approximately|roughly|some)\s+(?:the\s+year\s+)?_____/i;

/**
 * "around the year 1000": a round year given as a guess. A wrong year less round than the key leaves the key the
 * only round one, and one within the key's own rounding is as good as the key: the wrong ones step by that rounding.
 */
function roundingOf(year: number): number {
  return year % 100 === 0 ? 100 : year % 50 === 0 ? 50 : year % 10 === 0 ? 10 : 0;
}

/**
 * Round years the key's rounding away on both sides (for a hedged round key), in an order the seed turns, so the key
 * is not always second-lowest. A true/false swap is at least two roundings away: "around 1990" does not settle that
 * "around 2000" is false.
 */
function roundNeighbours(keyText: string, random: () => number, statement: boolean): string[] {
  const step = roundingOf(Number(keyText));
  if (!step) return [];
  const steps = statement ? [2, -2, 3, -3] : [1, -1, 2, -2, 3, -3];
  const turn = Math.floor(random() * steps.length);
  return [...steps.slice(turn), ...steps.slice(0, turn)].map((k) => Number(keyText) + k * step).filter((n) => n > 0).map(String);
}

/**
 * A date on the wrong side of another date the stem states reads as impossible
 * ("between 1661 and 1659"): every wrong date keeps the key's side of each.
 */
function consistentWithStem(key: Span, candidate: string, stem: string, stated: Range[], keyRange: Range | null): boolean {
  if (key.type === "CENTURY" || key.type === "DECADE") {
    // "began in the _____ and lasted into the 14th century", "closed in the _____, after motors came in the 1880s":
    // every option lies to each date the stem states as the key does.
    const range = interval({ type: key.type, text: candidate });
    if (!keyRange || !range) return true;
    return stated.every((s) => relation(range, s) === relation(keyRange, s));
  }
  if (key.type === "YEAR" && HEDGED_BLANK.test(stem)) {
    // (Read as years of three figures too: "994" beside "around the year 1000".)
    const k = Number(/\b\d{3,4}\b/.exec(key.text)?.[0]);
    const c = Number(/\b\d{3,4}\b/.exec(candidate)?.[0]);
    if (Number.isFinite(k) && Number.isFinite(c) && (Math.abs(c - k) < 5 || (roundingOf(k) > 0 && c % roundingOf(k) !== 0))) return false;
  }
  // (A year key of any length, "202" of "202 BCE" too: its options are read as figures of the key's own era.)
  const figure = key.type === "YEAR" ? /^\d{1,4}$/ : /\b\d{4}\b/;
  const keyYear = Number(figure.exec(key.text)?.[0]);
  const candidateYear = Number(figure.exec(candidate)?.[0]);
  if (!Number.isFinite(keyYear) || !Number.isFinite(candidateYear)) return true;
  // "In the early twentieth century, in _____, …": an option outside a century the stem gives the key is ruled out by the stem.
  // (The centuries read are of the common era: none bounds a key BC.)
  for (const century of key.bc ? [] : statedCenturies(stem)) {
    const inside = (y: number) => y > (century - 1) * 100 && y <= century * 100;
    if (inside(keyYear) && !inside(candidateYear)) return false;
  }
  // The stem's years of the key's era only: BC years count down, so a side kept in figures is a side kept in time only
  // among years of one era ("born in 259 BCE … died in _____ BCE": every option a figure below 259).
  const years = [...stem.matchAll(key.bc ? BC_YEAR_IN_STEM : CE_YEAR_IN_STEM)].map((m) => Number(m[1]));
  // Nor may it squeeze the stem's interval to under half the key's ("born around _____, and in 1838 he opened a mill": with a key of 1822, not 1834).
  return years.every((y) => (Math.sign(keyYear - y) === Math.sign(candidateYear - y) && Math.abs(candidateYear - y) * 2 >= Math.abs(keyYear - y)) || keyYear === y);
}

// The kind word that ends many place names: a lake is no answer where a sea was asked.
const HEADS = /\b(Sea|Lake|River|Ocean|Islands?|Mountains?|Mount|Desert|Dam|Canal|Bay|Gulf|Strait|Falls|Conference|Palace|Hall|Theatre|Center|Centre|University|Square|Street|Castle|Cathedral|Church|Bridge|Park|Valley|Peninsula|Coast|Range|Highlands?|Plateau|Basin|Forest|Plains?)\b/;

/** "Lake Tana" -> "lake", "Mediterranean Sea" -> "sea", "Khartoum" -> "" (a bare name). */
export function headNoun(name: string): string {
  return HEADS.exec(name)?.[1]?.toLowerCase().replace(/s$/, "") ?? "";
}

// Country names read with "the" ("the United States"): a swap must keep the sentence grammatical.
const NEEDS_THE = /^(United|Soviet|Netherlands|Philippines|Czech Republic|Dominican Republic|Gambia|Bahamas)\b/;


/**
 * Can `candidate` stand where the key stood? Places the gazetteer cannot vouch
 * for must share the key's kind word (sea for sea, lake for lake), and country
 * names must agree on "the".
 */
function sameKind(key: Span, candidate: string, articleText: string): boolean {
  // A gazetteer term (an element, a planet) only with its own kind; a term the article defines only with others like it.
  // (An element only with its own sort: "the dome was rebuilt in _____" offers no gas, and no sodium, beside copper.)
  if (key.type === "TERM") return lookupEntry(key.text)?.group === lookupEntry(candidate)?.group && elementSortOf(key.text) === elementSortOf(candidate) && ofTermsKind(key.text, candidate, articleText);
  if (key.type === "CITY" && regionOf(key.text) && regionOf(candidate) && regionOf(key.text) !== regionOf(candidate)) return false;
  if (key.type === "COUNTRY") {
    const region = regionOf(key.text);
    const other = regionOf(candidate);
    if (region && other && region !== other) return false;
    return NEEDS_THE.test(key.text) === NEEDS_THE.test(candidate);
  }
  // A firm with firms, an army with armed forces, a university with schools ("Hale & Co." is no answer where an army was asked).
  if (key.type === "ORG") return orgKind(key.text) === orgKind(candidate);
  if (key.type !== "PLACE") return true;
  const bothKnown = !key.guessed && lookupEntry(key.text) && lookupEntry(candidate);
  return Boolean(bothKnown) || headNoun(candidate) === headNoun(key.text);
}

const ORG_KINDS: [RegExp, string][] = [
  [/(?:& Co\.?|\bCompany|\bCorporation|\bLtd\.?|\bInc\.?|\bBank)$/, "firm"],
  [/\b(?:Army|Navy|Air Force|Corps|Marines|Guard|Fleet|Naval [\w ]*Service|Air Service)$/, "forces"],
  [/\b(?:University|College|Academy|Institute|School)$/, "school"],
  [new RegExp(`\\b(?:${REALM_LAST})$|^(?:${REALM_FIRST}) of `), "realm"],
  [/\b(?:Party|Council|Parliament|Assembly|Congress|Senate|Ministry|Commission|Committee|Office|Agency|Service)$/, "government"],
];

/** What kind of organisation a name says it is, by its last words ("" when it does not say). */
function orgKind(name: string): string {
  return ORG_KINDS.find(([re]) => re.test(name))?.[1] ?? "";
}

export function isUsable(candidate: string, key: string, stem: string): boolean {
  const c = candidate.toLowerCase();
  const k = key.toLowerCase();
  if (c.includes(k) || k.includes(c)) return false;
  // A date whose year the sentence already uses elsewhere reads as a contradiction
  // ("signed in 1956 … since October 1956"), which gives the answer away.
  const year = /\b\d{4}\b/.exec(candidate)?.[0];
  if (year && stem.includes(year)) return false;
  // (A candidate whose letters the stem does not hold at all cannot be named in it: no pattern needed.)
  return !lowerCased(stem).includes(c) || !namedIn(c).test(stem);
}

// Every candidate of one call is checked against the same stem: it is lower-cased once.
let lastStem = "";
let lastLower = "";
function lowerCased(stem: string): string {
  if (stem !== lastStem) [lastStem, lastLower] = [stem, stem.toLowerCase()];
  return lastLower;
}

// Every candidate option is tried against every stem of the article: each one's pattern is compiled once (bounded).
const candidatePatterns = boundedMemo<RegExp>(5000);
function namedIn(candidate: string): RegExp {
  return candidatePatterns(candidate, () => new RegExp(`(?<![\\w-])${escapeRegExp(candidate)}`, "i"));
}

const TITLE_WORDS = new Set(["king", "queen", "emperor", "empress", "prince", "princess", "saint", "st.", "lord", "lady", "sir", "pharaoh", "president", "general"]);
function sharesName(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/\s+/).filter((w) => !TITLE_WORDS.has(w)));
  return b.toLowerCase().split(/\s+/).some((w) => words.has(w));
}

function same(a: string, b: string) {
  return a.toLowerCase() === b.toLowerCase();
}

function fromGazetteer(key: Span, year: number | null): string[] {
  const known = lookupEntry(key.text);
  const group = known?.group;
  // A person, place or city the gazetteer does not know has no group or region
  // to match (world capitals are no answer for Leipzig): the article's own names
  // are the only fair distractors for it.
  if (!known && (key.type === "PERSON" || key.type === "PLACE" || key.type === "CITY" || key.type === "COUNTRY")) return [];
  return GAZETTEER.filter((e) => {
    if (e.type !== key.type || e === known) return false;
    if (group && e.group !== group) return false;
    if (e.type === "PERSON") return year === null || Math.abs((e.from ?? year) - year) <= 15;
    if (e.type === "EVENT") return year === null || (e.from ?? 0) <= year;
    return existedIn(e, year);
  }).map((e) => e.name);
}

/** "6,650" -> nearby values written the same way (separators, decimals, "million"). */
function perturbNumber(text: string): string[] {
  const m = /^([\d,]+(?:\.\d+)?)(.*)$/.exec(text);
  if (!m) return [];
  const value = Number(m[1]!.replace(/,/g, ""));
  if (!Number.isFinite(value) || value === 0) return [];
  const decimals = m[1]!.split(".")[1]?.length ?? 0;
  const grouped = m[1]!.includes(",");
  const format = (n: number) => {
    const fixed = n.toFixed(decimals);
    return (grouped ? Number(fixed).toLocaleString("en-US", { minimumFractionDigits: decimals }) : fixed) + m[2];
  };
  // A figure written to the cent ("1,157.63") keeps its last place in every option: rounded to the hundred, the options
  // would end ".00" and the key alone would not.
  const step = decimals ? Math.pow(10, -decimals) : value >= 100 ? Math.pow(10, Math.floor(Math.log10(value)) - 1) : 1;
  return [0.7, 1.25, 0.5, 1.5, 2]
    .map((f) => Math.round((value * f) / step) * step)
    .filter((n) => n > 0 && n !== value)
    .map(format);
}

// Offsets around a key, chosen per seed so the key sits anywhere among the options, never always in the middle.
// The first three of each set lie on both sides of the key at uneven steps, so neither an end nor the middle nor a regular step marks it.
const YEAR_SPREADS = [
  [-7, 4, -2, 11, 6],
  [5, -3, -10, 2, 8],
  [-5, 2, 9, -13, 4],
  [3, -6, -2, 7, 12],
  [-9, -3, 5, 2, -14],
];

/** One spread chosen per seed and the next after it: more candidates for a fair set of whole dates. */
function twoSpreads(random: () => number): number[] {
  const at = Math.floor(random() * YEAR_SPREADS.length);
  return [...YEAR_SPREADS[at]!, ...YEAR_SPREADS[(at + 1) % YEAR_SPREADS.length]!];
}

/** "three" -> other counts in words, written the same way (capital or not). */
function perturbNumberWord(text: string, random: () => number): string[] {
  const lower = text.toLowerCase();
  const at = NUMBER_WORDS.indexOf(lower);
  const matchCase = (w: string) => (/^[A-Z]/.test(text) ? capitalise(w) : w);
  // "twenty-five" -> nearby counts written the same way ("twenty-two", "thirty"), on both sides so 20-99 always gives enough.
  if (at < 0 && /^[a-z]+-[a-z]+$/.test(lower) && Number.isFinite(valueOf(lower))) {
    const value = valueOf(lower);
    return shuffle([-10, -5, -3, -2, 2, 3, 5, 10], random).map((o) => numberInWords(value + o)).filter((w): w is string => w !== null).map(matchCase);
  }
  if (at < 0) return [];
  const offsets = shuffle([-2, -1, 1, 2, 3], random);
  const words = offsets.map((o) => NUMBER_WORDS[at + o]).filter((w): w is string => w !== undefined && w !== "hundred");
  return words.map(matchCase);
}

function perturb(key: Span, random: () => number): string[] {
  if (key.type === "NUMBER") {
    if (/^\d/.test(key.text)) return perturbNumber(key.text);
    // One amount, one option: never the key's own amount in other words ("one third" for "a third").
    const fraction = fractionOf(key.text);
    if (fraction) return shuffle(FRACTION_OPTIONS.filter((f) => fractionOf(f) !== fraction), random);
    return perturbNumberWord(key.text, random);
  }
  if (key.type === "YEAR") {
    const y = Number(key.text);
    const spread = YEAR_SPREADS[Math.floor(random() * YEAR_SPREADS.length)]!;
    // (No year 0 or below: "3 BC" less five is no year either way.)
    return [...spread, -1, 1, -15, 15].map((o) => y + o).filter((n) => n > 0).map(String);
  }
  if (key.type === "DECADE") {
    const d = Number(key.text.slice(0, 4));
    return [d - 10, d + 10, d - 20, d + 20].map((n) => `${n}s`);
  }
  if (key.type === "FULL_DATE") {
    const m = /^(?:(\d{1,2}) (\w+)|(\w+) (\d{1,2}),) (\d{4})$/.exec(key.text);
    if (!m) return [];
    const day = Number(m[1] ?? m[4]);
    const month = MONTH_NAMES.indexOf((m[2] ?? m[3])!);
    const year = Number(m[5]);
    if (month < 0) return [];
    // Whole dates shifted by uneven numbers of days: no part of the key is the most common value among the options.
    const base = Date.UTC(year, month, day);
    const spread = twoSpreads(random);
    return spread.map((o) => {
      const d = new Date(base + o * 137 * 86_400_000);
      return m[1] ? `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    });
  }
  if (key.type === "CENTURY") {
    const m = CENTURY_KEY_PARTS.exec(key.text);
    if (!m) return [];
    const n = centuryNumber(m[1]!);
    const spread = YEAR_SPREADS[Math.floor(random() * YEAR_SPREADS.length)]!;
    // Steps of one to three centuries, on both sides, as the year spreads order them; then every near one, for the article's span to choose from.
    const steps = [...spread.map((o) => Math.sign(o) * (1 + (Math.abs(o) % 3))), -1, 1, -2, 2, -3, 3, -4, 4, -5, 5];
    return [...new Set(steps.map((o) => n + o))].filter((c) => c >= 1 && c <= 21 && c !== n).map((c) => `${centuryOrdinalLike(c, key.text)} century${m[2]}`);
  }
  if (key.type === "MONTH_YEAR") {
    const m = /^(\w+)(?: \d{1,2},?)? (\d{4})$/.exec(key.text);
    if (!m) return [];
    const month = MONTH_NAMES.indexOf(m[1]!);
    const year = Number(m[2]);
    const spread = twoSpreads(random);
    return spread.map((o) => {
      const total = year * 12 + month + o * 5;
      return `${MONTH_NAMES[((total % 12) + 12) % 12]} ${Math.floor(total / 12)}`;
    });
  }
  return [];
}
