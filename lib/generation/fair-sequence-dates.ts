import { articleMemo } from "./article-memo";
import { BLANK } from "./blank";
import { dateValue } from "./fair-date-options";
import { MONTH_NAMES, MONTHS } from "./months";
import type { Span } from "./types";
import { BC_MARK } from "./year-eras";

/**
 * "In response the rival state … sent up its own probe late in _____": the stem says the event answered
 * something the article told before it, so a date earlier than the dates told before (the launch it answered) is
 * ruled out by the stem's own words. Judges failed options that put the response before its cause, and years before
 * independence for a coup the stem says came "later". "After <event>" or "before <event>" where the article dates the
 * event bounds the options the same way, on its own side.
 */

// Words that make the blank's event follow what the article has just told ("in turn" is left out: "each in turn"); news
// ("confirmed the news", "when this news reached …") comes after the event it tells of, but a body that carries news
// ("the news agency", "the news service", "The News of …") tells of no event before it.
// (The news arm is case-sensitive: a capitalised word after it starts a name.)
const FOLLOWS = /\b(?:in response|in reply|in retaliation|as a result|soon afterwards?|shortly afterwards?)\b/i;
const NEWS = /\b(?:[Tt]he|[Tt]his|[Tt]hat) news\b(?!\s+(?:agency|agencies|paper|papers|service|services|reel|reels|room|media|wire|desk|bulletin)\b|\s+[A-Z])/;
// (Built on first use: make-timeline, which holds the month names, reaches this module through its own imports.)
let date: RegExp | null = null;
const DATE = () => (date ??= new RegExp(`\\b(?:(?:${MONTHS}) )?(?:\\d{1,2}, )?(?:1\\d{3}|20\\d{2})\\b(?!s| ?${BC_MARK})`, "g"));

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
export function dateItFollows(key: Pick<Span, "text" | "start" | "end" | "bc">, stem: string, articleText: string): number | null {
  // (A key BC counts down: the article's dates before it are larger figures, and none is read as a bound.)
  if (key.bc) return null;
  const clause = blankClause(stem);
  const told = FOLLOWS.test(stem) || NEWS.test(stem) || LATER.test(clause.slice(0, clause.indexOf(BLANK)));
  const event = anchorEvent(clause, "after");
  if (!told && !event) return null;
  return bounds(articleText, `${key.start}\u0000${key.text}\u0000${told}\u0000${event}`, () => {
    const k = monthsOf(key.text);
    if (k === null || articleText.slice(key.start, key.end) !== key.text) return null;
    // (A date from an unrelated section may set the bound: it only narrows the pool, and chooseFairDates still wants both sides.)
    const earlier = told ? [...articleText.slice(0, key.start).matchAll(DATE())].map((m) => monthsOf(m[0])).filter((v): v is number => v !== null && v < k) : [];
    // The earliest date the article gives its event: a bound no later than the event's own, whichever of its dates that is.
    const anchored = event ? datesOfEvent(event, key, articleText) : [];
    const after = anchored.length && Math.min(...anchored) < k ? [Math.min(...anchored)] : [];
    const all = [...earlier, ...after];
    return all.length ? Math.max(...all) : null;
  });
}

/**
 * "… in _____, before the treaty": the earliest date (in months) the stem's clause must stay before, where the article dates
 * the event after "before" (its latest date there, a bound no earlier than the event's own); null otherwise.
 */
export function dateItPrecedes(key: Pick<Span, "text" | "start" | "end" | "bc">, stem: string, articleText: string): number | null {
  if (key.bc) return null;
  const event = anchorEvent(blankClause(stem), "before");
  if (!event) return null;
  return bounds(articleText, `${key.start}\u0000${key.text}\u0000before\u0000${event}`, () => {
    const k = monthsOf(key.text);
    if (k === null || articleText.slice(key.start, key.end) !== key.text) return null;
    const anchored = datesOfEvent(event, key, articleText);
    // A bare year bounds from its January: the whole year it names is no longer "before".
    return anchored.length && Math.max(...anchored) > k ? Math.max(...anchored) : null;
  });
}

/** A wrong date in or after the year of the event the stem's clause says it came before (see dateItPrecedes). */
export function afterWhatItPrecedes(bound: number | null, candidate: string): boolean {
  const value = bound === null ? null : monthsOf(candidate);
  return value !== null && value >= bound! - (bound! % 12);
}

// "later" before the blank in its sentence ("Her reign later grew harsh, and in _____ …"); not a bound ("no later than").
const LATER = /\b(?<!(?:no|not|or) )(?:later|afterwards?|thereafter|subsequently)\b(?! than\b)/i;
// The event after "after"/"before" ("after independence", "before the Great Flood"): up to four words, "of" within.
// "named after", "until after", "appeared before" (a place), "after all", "after which" and a date or count after the word
// are no event the article dates.
const ANCHOR = /\b(?<!(?:named|called|modelled|modeled|looked|look|until|till|appeared|stood|came|brought|knelt|bowed) )(after|before)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?([A-Za-z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Za-z][\w'’-]*){0,3})/gi;
const NOT_EVENT = /^(?:all|which|whom|this|that|these|those|him|her|them|it|he|she|they|we|you|one|two|three|four|five|six|seven|eight|nine|ten|a|an|some|many|several|years?|months?|days?|weeks?|decades?|centuries|century|a few|being|having)$/i;
// Where the event's words end: a verb or a word that opens another phrase.
const EVENT_END = /^(?:in|on|at|by|to|for|with|from|and|or|but|as|when|while|which|who|that|was|were|is|are|had|has|have|he|she|they|it|we|his|her|its|their|the|a|an|\w+ed|\w+ing)$/i;

/**
 * The words of the blank's sentence that can date it: all of the sentence before the blank (an opener or an earlier joined
 * clause sets the time of what follows: "Her reign later grew harsh, and in _____ …"), and after it only as far as its own
 * clause runs (", and after the war he returned" dates another clause).
 */
function blankClause(stem: string): string {
  const at = stem.indexOf(BLANK);
  if (at < 0) return "";
  const stop = Math.max(...[". ", "? ", "! "].map((b) => stem.lastIndexOf(b, at)));
  const start = stop < 0 ? 0 : stop + 2;
  const rest = stem.slice(at);
  const end = /[.?!](?:\s|$)|;\s*|,\s+(?:and|but|while|whereas)\s+/.exec(rest);
  return stem.slice(start, at) + (end ? rest.slice(0, end.index) : rest);
}

/** The event a clause says it came after (or before), lower-cased, when a word after "after"/"before" names one. */
function anchorEvent(clause: string, side: "after" | "before"): string | null {
  for (const m of clause.matchAll(ANCHOR)) {
    if ((m[1]!.toLowerCase() === "before") !== (side === "before")) continue;
    // "after the railway reached the town in _____": the blank dates the event itself, not a clause it came after.
    const tail = clause.slice(m.index);
    if (tail.includes(BLANK) && !/[,;]/.test(tail.slice(0, tail.indexOf(BLANK)))) continue;
    const words = m[2]!.split(/\s+/);
    if (NOT_EVENT.test(words[0]!) || /\d/.test(m[2]!)) continue;
    const end = words.findIndex((w, i) => i > 0 && EVENT_END.test(w));
    const event = (end > 0 ? words.slice(0, end) : words).join(" ").replace(/\s+of(?:\s+the)?$/i, "");
    if (event.includes(BLANK) || event.length < 4) continue;
    return event.toLowerCase();
  }
  return null;
}

// The sentences of an article with their offsets, split once per article.
const sentenceLists = articleMemo<{ text: string; start: number }[]>();
function sentencesOf(articleText: string): { text: string; start: number }[] {
  return sentenceLists(articleText, "", () => [...articleText.matchAll(/[^.!?\n]+(?:[.!?]+|$)/g)].map((m) => ({ text: m[0], start: m.index })));
}

/** The dates (in months) of the article's sentences that name every word of the event, other than the key's own sentence. */
function datesOfEvent(event: string, key: Pick<Span, "start" | "end">, articleText: string): number[] {
  const words = event.split(/\s+/).filter((w) => w.length > 2 && w !== "the");
  if (!words.length) return [];
  // Each word's pattern built once per event, not once per sentence read.
  const patterns = words.map((w) => new RegExp(`\\b${w.replace(/[^\w'’-]/g, "")}\\b`, "i"));
  const named = (text: string) => patterns.every((p) => p.test(text));
  return sentencesOf(articleText)
    .filter((s) => !(s.start <= key.start && key.end <= s.start + s.text.length) && named(s.text))
    .flatMap((s) => [...s.text.matchAll(DATE())].map((m) => monthsOf(m[0])))
    .filter((v): v is number => v !== null);
}

/** A wrong date earlier than the date the stem's event followed (see dateItFollows). */
export function beforeWhatItFollows(bound: number | null, candidate: string): boolean {
  const value = bound === null ? null : monthsOf(candidate);
  return value !== null && value < bound!;
}
