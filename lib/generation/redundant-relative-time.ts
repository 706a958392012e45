import { MONTHS } from "./months";
import { capitalise } from "./question-parts";

/**
 * "Two years later, in 1904, the guild …", "The mill closed a year later, in _____.": a time counted from an event the
 * sentence before told, followed at once by the date itself. The count leans on that sentence; the date does not, and
 * says when on its own. Cut the count and the stem stands alone, asking the same thing (the date, or its blank, stays).
 * Never a count that is itself the blank ("_____ years later"): that is what the question asks.
 */

const UNIT = "(?:minute|hour|day|night|week|month|year|decade|century|generation)s?";
const COUNT = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a few|several|\\d{1,3})";
// (Also read by check-context, for a count set as an aside right after a date's blank.)
// ("Exactly one year later, on …", "Just over a week later, in …": a word that sets how near the count is goes with it.)
export const COUNT_HEDGE = "(?:(?:only|just|about|some|nearly|almost|around|roughly|exactly|precisely|barely|(?:just )?(?:over|under)|(?:more|less) than) )?";
// The date said next: "in 1904", "in _____", "in May 1904", "in early 1904", "on 7 June 1904", "in Paris in 1900".
const DATE = `(?:in (?:(?:early|late|mid-?)\\s?)?(?:(?:${MONTHS}) )?|on (?:\\d{1,2} (?:${MONTHS}) |(?:${MONTHS}) \\d{1,2}, )?)(?:\\d{3,4}\\b|_____)`;
const PLACE_THEN_DATE = `in [A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,2} in (?:\\d{3,4}\\b|_____)`;
const COUNTED_BEFORE_DATE = new RegExp(`(^|\\s)${COUNT_HEDGE}${COUNT} ${UNIT} (?:later|afterwards?),\\s(?=(?:${DATE}|${PLACE_THEN_DATE}))`, "i");

// The same count set after its date as an aside, "built a hall in _____, three years later, and …": it too counts from what
// the sentence before told (the date's own event is the one it dates), and the date says when without it. A count with its
// event named ("three years after the fire") is no aside, and stays.
const COUNTED_AFTER_DATE = new RegExp(`(\\b(?:in|on) (?:[\\w,]+ ){0,2}?(?:\\d{3,4}|_____)(?: BCE?| BC| AD| CE)?),\\s${COUNT_HEDGE}${COUNT} ${UNIT} (?:later|afterwards?)(?=[,.;!?])`, "i");

/** The stem without a counted time that a date right beside it makes redundant; the stem unchanged when it has none. */
export function withoutCountBeforeDate(stem: string): string {
  const m = COUNTED_BEFORE_DATE.exec(stem);
  if (!m) return stem.replace(COUNTED_AFTER_DATE, "$1");
  const before = stem.slice(0, m.index) + m[1];
  const rest = stem.slice(m.index + m[0].length);
  // (The cut may open the stem, or a sentence of it after a context shown before: "… set up. In _____, a fire …".)
  const opens = /^\s*$|[.?!]\s+$/.test(before);
  return before + (opens ? capitalise(rest) : rest);
}
