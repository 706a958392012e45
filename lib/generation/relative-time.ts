import { keyKindOf } from "./confidence";
import { interval } from "./make-timeline";
import { MONTH_NAMES } from "./months";
import { valueOf } from "./find-spans";
import type { Sentence, Span } from "./types";

/**
 * A date the statement ties to an earlier one by a gap ("came under a month later, on …", "the next year, in …",
 * "two days after"): another date put in its place must keep that gap from the date it counts from, else the statement
 * contradicts itself and a reader rules it out without knowing the article. Dates are read as months since year 0, and
 * two full dates under a gap of days, weeks or months in days.
 */

const FUZZY: Record<string, number> = { a: 1, an: 1, "a couple of": 2, "a few": 3, several: 6, "half a": 0.5, "half an": 0.5 };
const UNIT_MONTHS: Record<string, number> = { hour: 1 / 720, day: 1 / 30, week: 7 / 30, fortnight: 14 / 30, month: 1, year: 12, decade: 120, century: 1200 };
const UNIT_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30 };
const UNIT = "(hour|day|week|fortnight|month|year|decade|century|centurie)s?";
// (The count: a word ("twenty", "twenty-five", "one hundred and fifty", "two and a half"), digits ("1,000", "2.5"), or a
// vague few; read by `countOf`, NaN for none. "A year and a half" says its half after the unit.)
const WORD_COUNT = "[a-z]+(?:-[a-z]+)?(?: hundred(?:(?: and)? [a-z]+(?:-[a-z]+)?)?)?(?: and a half)?";
const GAP = new RegExp(
  `\\b(?:(less than|under|within|no more than|more than|over|at least|about|around|roughly|some|nearly|almost|only|just)\\s+)?(a couple of|a few|several|half an?|an?|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_COUNT})\\s+${UNIT}(\\s+and a half)?\\s+(later|afterwards?|earlier|after|before)\\b(?!\\s+than\\b)`,
  "gi",
);
// ("The same year as <someone>" compares with a person's date, which the article may not give: no gap from the date before.)
const NEXT = /\b(?:the\s+)?(next|following|previous|preceding|same)\s+(day|week|month|year|decade|century)\b(?! as\b)|\blater (?:that|the same) (day|week|month|year)\b/i;
// "The following spring": a season after the date counted from, a month to a year and a quarter on.
const NEXT_SEASON = /\b(?:the\s+)?(?:next|following)\s+(?:spring|summer|autumn|fall|winter)\b/i;
// A gap whose count cannot be read ("many years later") keeps no swap: it is stated, but not how long.
const UNREAD: Gap = { months: [Infinity, -Infinity], days: null, fromEvent: false };

function countOf(words: string): number {
  let w = words.toLowerCase();
  let half = 0;
  if (w.endsWith(" and a half")) [w, half] = [w.slice(0, -" and a half".length), 0.5];
  if (w in FUZZY) return FUZZY[w]! + half;
  if (/^[\d,.]+$/.test(w)) return Number(w.replace(/,/g, "")) + half;
  const [, n, hundred, rest] = /^([a-z-]+)( hundred)?(?:(?: and)? ([a-z-]+))?$/.exec(w) ?? [];
  if (!n) return NaN;
  const first = n === "a" || n === "an" ? 1 : valueOf(n);
  if (!hundred) return rest ? NaN : first + half;
  return first * 100 + (rest ? valueOf(rest) : 0) + half;
}

interface Gap {
  /** Months after (or, negative, before) the date counted from. */
  months: [number, number];
  /** The same in days, for a gap of days, weeks or months (null for a longer one). */
  days: [number, number] | null;
  /** Counted from an event the statement names ("a month after the first flight"), not from the date before. */
  fromEvent: boolean;
}

function readGap(statement: string): Gap | null {
  for (const g of statement.matchAll(GAP)) {
    const count = countOf(g[2]!) + (g[4] ? 0.5 : 0);
    if (!Number.isFinite(count)) return UNREAD;
    const unit = g[3]!.toLowerCase() === "centurie" ? "century" : g[3]!.toLowerCase();
    const size = count * UNIT_MONTHS[unit]!;
    const bound = (g[1] ?? "").toLowerCase();
    const under = /^(?:less than|under|within|no more than)$/.test(bound);
    const over = /^(?:more than|over|at least)$/.test(bound);
    // (Read at a month's grain: "two days after" a date late in April may fall in May.)
    const slack = Math.max(1, size / 4);
    const months: [number, number] = under ? [0, size + 1] : over ? [Math.max(0, size - 1), Infinity] : [Math.max(0, size - slack), size + slack];
    // (In days: "less than a month" is a day to a month on, never the day itself; a stated count allows a day either way
    // for a day or a week, two days a month for months.)
    const inDays = unit in UNIT_DAYS ? count * UNIT_DAYS[unit]! : null;
    const daySlack = unit === "month" ? 2 * count : 1;
    // (Hours later may be the same day or the next.)
    const days: [number, number] | null = inDays === null ? null : unit === "hour" ? [0, Math.ceil(inDays)] : under ? [1, inDays] : over ? [inDays, Infinity] : [Math.max(1, inDays - daySlack), inDays + daySlack];
    const back = /^(?:earlier|before)$/i.test(g[5]!);
    // ("two days after the launch": counted from the launch, wherever its date stands.)
    const fromEvent = /^(?:after|before)$/i.test(g[5]!) && !/^\s*(?:[,.;:]|$)/.test(statement.slice(g.index + g[0].length));
    const flip = (r: [number, number]): [number, number] => (back ? [-r[1], -r[0]] : r);
    return { months: flip(months), days: days && flip(days), fromEvent };
  }
  const n = NEXT.exec(statement);
  if (!n) return NEXT_SEASON.test(statement) ? { months: [1, 15], days: null, fromEvent: false } : null;
  const word = (n[1] ?? "same").toLowerCase();
  const unit = (n[2] ?? n[3])!.toLowerCase();
  const size = UNIT_MONTHS[unit]!;
  const step = word === "same" ? 0 : /^(?:previous|preceding)$/.test(word) ? -1 : 1;
  // (The next year may be one month on or twenty-three: the window is the unit around the step, at a month's grain.)
  const months: [number, number] = [step * size - Math.max(1, size) + (step > 0 ? 1 : 0), step * size + Math.max(1, size) - (step < 0 ? 1 : 0)];
  // (The next day is one day on; the next week or month, within two of its span.)
  const inDays = UNIT_DAYS[unit];
  const days: [number, number] | null = inDays === undefined ? null : unit === "day" ? [step, step] : [step * inDays - (inDays - 1), step * inDays + (inDays - 1)];
  return { months, days, fromEvent: false };
}

/** The months after (or, negative, before) the date counted from that the statement allows, or null when it states no gap. */
export function statedGap(statement: string): [number, number] | null {
  return readGap(statement)?.months ?? null;
}

// The words after a date that say its own gap: an apposition (", a year later", ", the next day").
const GAP_AFTER = /^,\s*(?:[\w-]+\s+){0,4}?(?:later|afterwards?|earlier|before|after|next\s+\w+|following\s+\w+|same\s+\w+)\b/i;

/**
 * The gap stated beside the date (in the words just before it, or in an apposition just after: "a month later, on 9 June",
 * "in 1962, a year later"), not one that another clause of the statement counts for another event.
 */
function ownGap(statement: string, date: string): Gap | null {
  const at = statement.indexOf(date);
  if (at < 0) return null;
  const before = statement.slice(Math.max(0, at - 60), at);
  // (Only since the last date before it: a gap before that one counts to it.)
  const own = before.slice(Math.max(0, ...[...before.matchAll(/\b\d{4}\b|;/g)].map((m) => m.index! + m[0].length)));
  const after = statement.slice(at + date.length, at + date.length + 40).split(/\b\d{4}\b|;/)[0]!;
  return readGap(own) ?? (GAP_AFTER.test(after) ? readGap(after) : null);
}

/** Another date of the statement besides `date` (a four-digit year outside it). */
function holdsOtherDate(statement: string, date: string): boolean {
  return statement.replace(date, " ").match(/\b\d{4}\b/) !== null;
}

/**
 * The date is tied to another by a gap the statement states: its own gap, or a gap stated elsewhere in a statement that
 * holds another date ("Less than a month after the flight on <date 1>, a glider flew on <date 2>": either date moved
 * alone breaks it).
 */
export function tiedByGap(statement: string, date: string): boolean {
  return ownGap(statement, date) !== null || (readGap(statement) !== null && holdsOtherDate(statement, date));
}

const DAY = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/;

/** A full date in days since 1970 (UTC), or null when it has no day, month and year. */
function dayOf(span: Pick<Span, "type" | "text">): number | null {
  if (span.type !== "FULL_DATE") return null;
  const year = /\b\d{4}\b/.exec(span.text);
  const month = MONTH_NAMES.findIndex((m) => span.text.includes(m));
  const day = DAY.exec(span.text.replace(/\b\d{4}\b/, ""));
  if (!year || month < 0 || !day) return null;
  return Date.UTC(Number(year[0]), month, Number(day[1])) / 86_400_000;
}

/**
 * Whether putting `replacement` for the date `span` keeps the gap the statement states from `anchor`, the date it
 * counts from (the article's last date before it). No gap stated: any swap keeps it. A gap with no date to count from,
 * a gap counted from a named event, a gap another date of the statement is tied by, or a date that cannot be read,
 * keeps nothing.
 */
export function keepsStatedGap(statement: string, span: Pick<Span, "type" | "text" | "bc">, replacement: string, anchor: Pick<Span, "type" | "text" | "bc"> | undefined): boolean {
  const gap = ownGap(statement, span.text);
  if (!gap) return !tiedByGap(statement, span.text);
  if (gap.fromEvent || !anchor) return false;
  // (A year BC keeps its flag: interval reads neither it nor an anchor BC, and the gap is kept by no swap.)
  const next = { type: span.type, text: replacement, bc: span.bc };
  const [fromDay, toDay] = [dayOf(anchor), dayOf(next)];
  if (gap.days && fromDay !== null && toDay !== null) return toDay - fromDay >= gap.days[0] && toDay - fromDay <= gap.days[1];
  const from = interval(anchor);
  const to = interval(next);
  if (!from || !to) return false;
  // Every reading of the new date lies within the gap from some reading of the date counted from.
  return to[0] - from[1] >= gap.months[0] - 0.001 && to[1] - from[0] <= gap.months[1] + 0.001;
}

// How far back a gap's date is looked for: the sentence and the two before it. One further back may count for another
// event, and none is read there.
const SENTENCES_BACK = 2;

/**
 * The article's last date before the span, from two sentences back: the one a gap such as "a month later" counts from.
 * A date written the same as the span counts only for a gap that may be none ("the same year, in 1820"): for any other,
 * it is an earlier mention of the same date.
 */
export function lastDateBefore(span: Span, allSpans: readonly Span[], sentences: readonly Sentence[], index: number): Span | undefined {
  const from = sentences[Math.max(0, index - SENTENCES_BACK)]!.start;
  const gap = ownGap(sentences[index]!.text, span.text);
  const range = gap && (span.type === "FULL_DATE" && gap.days ? gap.days : gap.months);
  const sameCounts = !!range && range[0] <= 0 && range[1] >= 0;
  let last: Span | undefined;
  for (const o of allSpans) if (keyKindOf(o.type) === "date" && o.start >= from && o.end <= span.start && (sameCounts || o.text !== span.text) && (!last || o.start > last.start)) last = o;
  return last;
}
