import { interval } from "./make-timeline";
import type { Span } from "./types";

/**
 * A date the statement ties to an earlier one by a gap ("followed less than a month later, on …", "the next year, in …",
 * "two days after"): another date put in its place must keep that gap from the date it counts from, else the statement
 * contradicts itself and a reader rules it out without knowing the article. Dates are read as months since year 0.
 */

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, "a few": 3, several: 6 };
const UNIT_MONTHS: Record<string, number> = { day: 1 / 30, week: 7 / 30, month: 1, year: 12, decade: 120 };
const GAP = /\b(?:(less than|under|within|no more than|more than|over|at least|about|around|roughly|some|nearly|almost|only|just)\s+)?(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d{1,3})\s+(day|week|month|year|decade)s?\s+(later|after|afterwards|earlier|before)\b/i;
// ("The same year as <someone>" compares with a person's date, which the article may not give: no gap from the date before.)
const NEXT = /\b(?:the\s+)?(next|following|previous|preceding|same)\s+(day|week|month|year|decade)\b(?! as\b)|\blater (?:that|the same) (day|week|month|year)\b/i;

/** The months after (or, negative, before) the date counted from that the statement allows, or null when it states no gap. */
export function statedGap(statement: string): [number, number] | null {
  const g = GAP.exec(statement);
  if (g) {
    const count = COUNT[g[2]!.toLowerCase()] ?? Number(g[2]);
    const size = count * UNIT_MONTHS[g[3]!.toLowerCase()]!;
    const bound = (g[1] ?? "").toLowerCase();
    // (Read at a month's grain: "two days after" a date late in April may fall in May.)
    const slack = Math.max(1, size / 4);
    const [from, to] = /^(?:less than|under|within|no more than)$/.test(bound) ? [0, size + 1] : /^(?:more than|over|at least)$/.test(bound) ? [Math.max(0, size - 1), Infinity] : [Math.max(0, size - slack), size + slack];
    return /^(?:earlier|before)$/i.test(g[4]!) ? [-to, -from] : [from, to];
  }
  const n = NEXT.exec(statement);
  if (!n) return null;
  const word = (n[1] ?? "same").toLowerCase();
  const size = UNIT_MONTHS[(n[2] ?? n[3])!.toLowerCase()]!;
  const step = word === "same" ? 0 : /^(?:previous|preceding)$/.test(word) ? -1 : 1;
  // (The next year may be one month on or twenty-three: the window is the unit around the step, at a month's grain.)
  return [step * size - Math.max(1, size) + (step > 0 ? 1 : 0), step * size + Math.max(1, size) - (step < 0 ? 1 : 0)];
}

/**
 * The gap stated beside the date (in the words just before it, or just after: "a month later, on 5 May", "in 1962, a
 * year later"), not one that another clause of the statement counts for another event.
 */
export function gapAt(statement: string, date: string): [number, number] | null {
  const at = statement.indexOf(date);
  if (at < 0) return null;
  const before = statement.slice(Math.max(0, at - 60), at);
  // (Only since the last date before it: a gap before that one counts to it.)
  const own = before.slice(Math.max(0, ...[...before.matchAll(/\b\d{4}\b/g)].map((m) => m.index! + m[0].length)));
  return statedGap(`${own}${date}${statement.slice(at + date.length, at + date.length + 30).split(/\b\d{4}\b/)[0]}`);
}

/**
 * Whether putting `replacement` for the date `span` keeps the gap the statement states from `anchor`, the date it
 * counts from (the article's last date before it). No gap stated: any swap keeps it. A gap with no date to count from,
 * or a date that cannot be read, keeps nothing.
 */
export function keepsStatedGap(statement: string, span: Pick<Span, "type" | "text">, replacement: string, anchor: Pick<Span, "type" | "text"> | undefined): boolean {
  const gap = gapAt(statement, span.text);
  if (!gap) return true;
  const from = anchor ? interval(anchor) : null;
  const to = interval({ type: span.type, text: replacement });
  if (!from || !to) return false;
  // Every reading of the new date lies within the gap from some reading of the date counted from.
  return to[0] - from[1] >= gap[0] - 0.001 && to[1] - from[0] <= gap[1] + 0.001;
}

const DATE_TYPES = new Set<Span["type"]>(["YEAR", "FULL_DATE", "MONTH_YEAR", "DECADE", "CENTURY"]);

/**
 * The article's last date before the span, from `from` (an offset: the paragraph's or a few sentences' start) on: the
 * one a gap such as "a month later" counts from. One further back may count for another event: none is read there.
 */
export function lastDateBefore(span: Span, allSpans: readonly Span[], from = 0): Span | undefined {
  let last: Span | undefined;
  for (const o of allSpans) if (DATE_TYPES.has(o.type) && o.start >= from && o.end <= span.start && o.text !== span.text && (!last || o.start > last.start)) last = o;
  return last;
}
