import { articleMemo } from "./article-memo";
import { dateValue } from "./fair-date-options";
import { MONTH_NAMES, MONTHS } from "./months";
import type { Span } from "./types";

/**
 * "In response the rival state … sent up its own probe late in _____": the stem says the event answered
 * something the article told before it, so a date earlier than the dates told before (the launch it answered) is
 * ruled out by the stem's own words. Judges failed options that put the response before its cause.
 */

// Words that make the blank's event follow what the article has just told ("in turn" is left out: "each in turn"); news
// ("confirmed the news", "when this news reached …") comes after the event it tells of, but a body that carries news
// ("the news agency", "the news service", "The News of …") tells of no event before it.
// (The news arm is case-sensitive: a capitalised word after it starts a name.)
const FOLLOWS = /\b(?:in response|in reply|in retaliation|as a result|soon afterwards?|shortly afterwards?)\b/i;
const NEWS = /\b(?:[Tt]he|[Tt]his|[Tt]hat) news\b(?!\s+(?:agency|agencies|paper|papers|service|services|reel|reels|room|media|wire|desk|bulletin)\b|\s+[A-Z])/;
// (Built on first use: make-timeline, which holds the month names, reaches this module through its own imports.)
let date: RegExp | null = null;
const DATE = () => (date ??= new RegExp(`\\b(?:(?:${MONTHS}) )?(?:\\d{1,2}, )?(?:1\\d{3}|20\\d{2})\\b(?!s| ?BC)`, "g"));

/** A date as a count of months ("October 1957"; a bare year counts from its January), or null. */
function monthsOf(text: string): number | null {
  const month = MONTH_NAMES.find((m) => text.startsWith(m));
  return dateValue(month ? `${month} ${/\d{4}/.exec(text)?.[0]}` : (/\d{4}/.exec(text)?.[0] ?? ""));
}

// Once per article and key: the bound is read from the article's text before the key, not again for each candidate.
const bounds = articleMemo<number | null>();

/**
 * The latest date the article told before the key's own place in it (and earlier than the key), in months, when the
 * stem says its event followed what was told ("in response", "as a result"); null otherwise. The key's offset in the
 * article places the sentence, so a rewritten stem does not lose it.
 */
export function dateItFollows(key: Pick<Span, "text" | "start" | "end">, stem: string, articleText: string): number | null {
  if (!FOLLOWS.test(stem) && !NEWS.test(stem)) return null;
  return bounds(articleText, `${key.start}\u0000${key.text}`, () => {
    const k = monthsOf(key.text);
    if (k === null || articleText.slice(key.start, key.end) !== key.text) return null;
    // (A date from an unrelated section may set the bound: it only narrows the pool, and chooseFairDates still wants both sides.)
    const earlier = [...articleText.slice(0, key.start).matchAll(DATE())].map((m) => monthsOf(m[0])).filter((v): v is number => v !== null && v < k);
    return earlier.length ? Math.max(...earlier) : null;
  });
}

/** A wrong date earlier than the date the stem's event followed (see dateItFollows). */
export function beforeWhatItFollows(bound: number | null, candidate: string): boolean {
  const value = bound === null ? null : monthsOf(candidate);
  return value !== null && value < bound!;
}
