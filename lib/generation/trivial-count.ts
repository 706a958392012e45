import { escapeRegExp, valueOf } from "./find-spans";
import { singularOf } from "./singular-of";

// The largest count a false statement may not be made by changing: "four antennas" made "three", "two legs" made "five".
// Below it a changed count is either a detail no teacher tests or a value no reader takes for true (a five-legged pig).
const LARGEST_SMALL_COUNT = 12;

// A unit of time or measure straight after the figure.
const UNIT_AFTER = /^[\s-]*(?:(?:full|whole|long|short|more|extra|straight) )?(?:centur(?:y|ies)|decades?|years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|degrees?|per ?cent|percent|metres?|meters?|kilometres?|kilometers?|km|miles?|feet|foot|inches?|kilograms?|kg|grams?|tonnes?|tons?|pounds?|litres?|liters?|times)\b/i;
// Words that link the count to its noun, never what is counted.
const LINKING = /^(?:the|and|for|of|its|his|her|their|our|more|than|other|with|from|into|that|these|those|was|were|are|had|has)$/;

/**
 * Whether a false statement made by changing this count would test a number detail, not the article's point: a small
 * whole count ("four", "2") of anything but what the article is about. The count of the article's own topic ("a set of
 * three laws" under a title about the laws) is its point, and stays.
 * `after` is the text straight after the count; `heading` is the article's title (or its opening line).
 * (Per false statement made from a count, not per sentence pair: one pattern over the article for each counted word.)
 */
export function trivialCount(count: string, after: string, heading: string, articleText: string): boolean {
  const value = valueOf(count);
  if (!Number.isInteger(value) || value < 1 || value > LARGEST_SMALL_COUNT) return false;
  // A span of time or a measure ("for two centuries", "minus two degrees") is a quantity, not a count of things.
  if (UNIT_AFTER.test(after)) return false;
  // What is counted: a word among the next three, up to a linking word ("four long antennas", "three simple rules", "six
  // sacks" of "six sacks of salt": the salt is what fills them, not what is counted).
  const next = (/^\s*((?:[\w'’-]+\s+){0,2}[\w'’-]+)/.exec(after)?.[1] ?? "").toLowerCase().split(/\s+/);
  const link = next.findIndex((w) => LINKING.test(w));
  const counted = (link < 0 ? next : next.slice(0, link)).filter((w) => w.length > 2);
  const topic = new Set(heading.toLowerCase().split(/[^a-z'’-]+/).filter(Boolean).map(singularOf));
  if (counted.some((w) => topic.has(singularOf(w)))) return false;
  // (Nor a count the article states twice of one thing, "Three rules …" in the summary and "three simple rules" in the body.)
  return !counted.some((w) => (articleText.match(new RegExp(`\\b${escapeRegExp(count)}\\s+(?:[\\w'’-]+\\s+){0,2}${escapeRegExp(singularOf(w))}`, "gi"))?.length ?? 0) >= 2);
}

/** The article's title as parse-article reads it, or its opening line: the first non-blank line. */
export function headingOf(articleText: string): string {
  return /^\s*(.*)/.exec(articleText)?.[1] ?? "";
}
