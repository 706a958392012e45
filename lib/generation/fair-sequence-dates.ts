import { BLANK } from "./make-cloze";

/**
 * "In response the United States … launched Explorer 1 at the end of _____": the stem says the event answered
 * something the article told before it, so a date earlier than the dates told before (the launch it answered) is
 * ruled out by the stem's own words. Judges failed options that put the response before its cause.
 */

// Words that make the blank's event follow what the article has just told.
const FOLLOWS = /\b(?:in response|in reply|in retaliation|as a result|in turn|soon afterwards?|shortly afterwards?)\b/i;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DATE = new RegExp(`\\b(?:(${MONTHS.join("|")}) )?(?:\\d{1,2}, )?(1\\d{3}|20\\d{2})\\b(?!s| ?BC)`, "g");

/** A date as a count of months ("October 1957" -> 1957 * 12 + 9; a bare year counts from its January). */
function monthsOf(text: string): number | null {
  const m = new RegExp(DATE.source).exec(text);
  if (!m) return null;
  return Number(m[2]) * 12 + (m[1] ? MONTHS.indexOf(m[1]) : 0);
}

/** Where the stem's sentence sits in the article: the article's text before it, found by the words beside the blank. */
function textBefore(stem: string, articleText: string): string | null {
  const at = stem.indexOf(BLANK);
  const after = stem.slice(at + BLANK.length, at + BLANK.length + 40);
  const before = stem.slice(Math.max(0, at - 40), at);
  const probe = after.trim().length >= 15 ? after : before;
  const found = articleText.indexOf(probe);
  return found < 0 ? null : articleText.slice(0, found);
}

/**
 * A wrong date earlier than the latest date the article told before the stem's sentence (and before the key), when
 * the stem says its event followed what was told: "in response", "as a result".
 */
export function beforeWhatItFollows(keyText: string, candidate: string, stem: string, articleText: string): boolean {
  if (!FOLLOWS.test(stem)) return false;
  const key = monthsOf(keyText);
  const value = monthsOf(candidate);
  const told = textBefore(stem, articleText);
  if (key === null || value === null || told === null) return false;
  const earlier = [...told.matchAll(DATE)].map((m) => monthsOf(m[0])!).filter((v) => v < key);
  return earlier.length > 0 && value < Math.max(...earlier);
}
