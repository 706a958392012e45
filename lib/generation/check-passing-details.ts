import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";
import type { Penalty } from "./check-trivia";
import { BLANK } from "./blank";
import { CLOSE_KIN, GRANDCHILDREN, GRANDPARENTS, HALF_SIBLINGS, kinAlternation, NEPHEWS_AND_COUSINS, SPOUSES, SUCCESSION } from "./kin-words";
import { namesTitle, titleStems } from "./title-words";
import { ROMAN_ALTERNATION, TITLE_WORD_SET } from "./titles";
import type { GeneratedQuestion } from "./types";

/**
 * Keys that fall on what a sentence mentions in passing rather than on what it says: a year given only as the bound of a
 * state inside a clause ("who by _____ was tired of waiting"), the century or decade of a thing named once ("a
 * _____-century map"), and a person the article names once and never again (a guest in a crowd, a relative beside the
 * main actor). Each holds the question below the review line, so selection takes it only when nothing fairer is left.
 */

// Words that are part of how a person is called, not of who they are: the titles (see titles), a ruler's number, and words
// of address or rank the titles list leaves out because they seldom stand before a name as a title the generator strips.
// (Only a capitalised word is ever read here: a lower-case particle, "de", "van", "of", is no name word anyway.)
const ADDRESS_WORDS = ["Dame", "Miss", "Earl", "Count", "Countess", "Baron", "St", "Senator", "Judge", "Jr", "Sr"];
export const TITLE_WORD = new RegExp(`^(?:${[...TITLE_WORD_SET, ...ADDRESS_WORDS].join("|")}|${ROMAN_ALTERNATION})\\.?$`);
const KIN = kinAlternation(CLOSE_KIN, SPOUSES, HALF_SIBLINGS, GRANDPARENTS, GRANDCHILDREN, NEPHEWS_AND_COUSINS, ["parents?", "children"], SUCCESSION);
// "Ada Vell's son": a kinsman named through another person.
const KIN_OF_NAMED = new RegExp(`([\\p{Lu}][\\p{L}'’-]+)['’]s (?:${KIN})\\b`, "u");

const mentions = articleMemo<number>();

/** How often a word of a name occurs in the whole article (counted once per article and word). */
export function timesNamed(word: string, articleText: string): number {
  return mentions(articleText, word, () => articleText.match(new RegExp(`(?<![\\w'’-])${escapeRegExp(word)}(?![\\w-])`, "g"))?.length ?? 0);
}

/**
 * A person the article names here and nowhere else, whom the title does not name: someone in passing. (Asked as the
 * title subject's relative, "X's father", they belong to the subject's story and stay.)
 */
export function personNamedOnce(q: GeneratedQuestion, articleText: string, title: string): boolean {
  if (q.spanType !== "PERSON" || q.keyKind !== "name" || q.type === "TRUE_FALSE") return false;
  const words = nameWords(q.answerText);
  if (words.length === 0) return false;
  const titleWords = new Set(title.split(/[^\p{L}'’-]+/u).filter(Boolean));
  if (words.some((w) => titleWords.has(w))) return false;
  const kinOfSubject = KIN_OF_NAMED.exec(q.prompt);
  if (kinOfSubject && titleWords.has(kinOfSubject[1]!)) return false;
  return namedOnlyHere(q.answerText, articleText);
}

/** The words of a name that name the person: capitalised, beyond words of address and rank. */
function nameWords(name: string): string[] {
  return name.split(/\s+/).map((w) => w.replace(/[.,]$/, "")).filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORD.test(w));
}

/** Every word of a name (beyond words of address and rank) occurs once in the article: the name is given here alone. */
export function namedOnlyHere(name: string, articleText: string): boolean {
  const words = nameWords(name);
  return words.length > 0 && words.every((w) => timesNamed(w, articleText) <= 1);
}

const STATE_VERB = String.raw`(?:was|were|had|has|have|is|are|could|would|still|already|no longer)\b`;
// "…, and by _____ his patron, Lord Brell, was ready to stop": the clause's subject (a short noun phrase, perhaps with a
// name set off after it) sits between the year and its verb. Only in a later clause: "By 1850 the town was …" opening the
// sentence is its frame, read by the opening-phrase checks.
const STATE_VERB_NEXT = new RegExp(String.raw`^\s+${STATE_VERB}`);
const BOUND_BEFORE_SUBJECT = new RegExp(String.raw`^\s+(?:the|his|her|its|their|this|that|a|an)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:,\s[^,;]{1,40},)?\s+${STATE_VERB}`);

/** "who by _____ was losing patience": a year that only bounds a state inside a clause, not the date of an event. */
export function boundInsideClause(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (/\b(?:by|until|till)\s+$/.test(before) && STATE_VERB_NEXT.test(after)) return true;
  return /[,;]\s+(?:and\s+|but\s+)?by\s+$/.test(before) && BOUND_BEFORE_SUBJECT.test(after);
}

/** "a _____-century map", "an _____s photograph": the century or decade of a thing mentioned in passing. */
export function eraOfAThing(sentence: string, start: number, end: number, key: string): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (!/\b(?:a|an|the|this|that|its|his|her|their)\s+$/i.test(before)) return false;
  const centuryKey = /\bcentury$/i.test(key) || /^\d{2,3}0s$/.test(key);
  // The key said as a modifier: "_____-century" (the key without its word), or the whole "12th-century" before a noun.
  if (/^-century\s+[a-z]/.test(after)) return true;
  return centuryKey && /-/.test(sentence.slice(start, end)) && /^\s+[a-z]+/.test(after);
}

// Units, spans of time and money: a count of these measures something; it is not a count of things met in passing.
export const MEASURE = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|centuries|decades|times|per|percent|cent|degrees?|dollars?|pounds?|pence|euros?|francs?|shillings?|[a-z]*met(?:re|er)s?|miles?|feet|foot|inch(?:es)?|yards?|kilo[a-z]*|grams?|tonnes?|tons?|litres?|liters?|acres?|hectares?|km|kg|m|cm|mm)$/i;

/**
 * "There were _____ lamps on the quay": a count of things the article names here and nowhere else. The sentence's point
 * is what it says of them, not how many there were.
 */
export function countOfPassingThings(sentence: string, end: number, articleText: string, title: string): boolean {
  const noun = /^\s+(?:[a-z]+ )?([a-z]{3,}s)\b/.exec(sentence.slice(end))?.[1];
  if (!noun || MEASURE.test(noun)) return false;
  const stem = noun.replace(/(?:ies|es|s)$/, "");
  if (title.toLowerCase().includes(stem)) return false;
  return timesNamedAsPrefix(stem, articleText) <= 1;
}

/** How often a word's stem opens a word of the article, in any case ("lamp" in "lamps", "Lamp-room"). */
function timesNamedAsPrefix(stem: string, articleText: string): number {
  return mentions(articleText, `prefix:${stem}`, () => articleText.match(new RegExp(`(?<![\\w'’-])${escapeRegExp(stem)}`, "gi"))?.length ?? 0);
}

/**
 * "About 4,000 years ago, while the first temples were being raised in _____, a town grew by the river.": the key sits in a
 * "while"/"as" clause that only sets the main clause beside something else. Unless that clause is about the title's subject.
 */
export function inFramingClause(sentence: string, start: number, end: number, title: string): boolean {
  const clause = /(?:^|, )(?:while|whilst|as)\b([^,]*)$/i.exec(sentence.slice(0, start));
  if (!clause) return false;
  const main = /^[^,]{0,30}, ((?:[\w'’-]+ ){3,})/.exec(sentence.slice(end));
  if (!main) return false;
  return !namesTitle(clause[1]!, titleStems(title));
}

/** "_____ years after the first paper, in 1990, …": a span the sentence's own dates work out; it asks arithmetic, not a fact. */
export function intervalOfDates(sentence: string, end: number): boolean {
  return /^\s+(?:years?|decades?|centuries|months?)\s+(?:after|later|before|earlier|on)\b/i.test(sentence.slice(end)) && /\b\d{4}\b/.test(sentence);
}

/**
 * "_____ years later he founded …" with the year before it shown, or opening the sentence: a span counted from the
 * sentence before, which asks the wording (or arithmetic), not the event. ("The canal took ten years to dig" stays.)
 */
export function relativeInterval(prompt: string, sentence: string, start: number, end: number): boolean {
  if (!/^\s+(?:years?|decades?|centuries|months?|weeks?|days?)\s+(?:later|after(?:wards)?|before|earlier|on)\b/i.test(sentence.slice(end))) return false;
  return /^\s*$/.test(sentence.slice(0, start)) || /\b\d{4}\b/.test(prompt.split(BLANK).join(" "));
}

/** "stayed hidden until his death in _____", "until she retired in _____": a year that only ends a state told in passing. */
export function endOfAState(sentence: string, start: number): boolean {
  return /\b(?:until|till) (?:(?:his|her|their|its) (?:death|retirement|return|release|marriage|fall|closure)|(?:he|she|they|it) (?:died|retired|returned|left|closed|married)) (?:in|on) $/i.test(sentence.slice(0, start));
}

const SMALL_COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-9]|20)$/i;
const PEOPLE = /^(?:people|men|women|guests|visitors|spectators|students|pupils|soldiers|workers|children|passengers|members|delegates|voters|citizens|slaves|prisoners|settlers|refugees)$/i;

/**
 * "_____ locomotives entered.", "On opening day, _____ trains carrying guests set off": a small count of the things that
 * took part in a scene, told with a verb of taking part or setting off. The scene's point (who won, what happened) is
 * elsewhere; a count of people (a crowd, an army) is left to the other checks.
 */
export function countOfParticipants(sentence: string, end: number, key: string): boolean {
  if (!SMALL_COUNT.test(key)) return false;
  const m = /^\s+(?:[a-z]+ )?([a-z]{3,}s)\b(?:[^.;,]{0,60}?)? (?:entered|competed|took part|set off|set out|left|arrived|came|gathered|lined up|started|were entered|were built|were used|stood)\b/.exec(sentence.slice(end));
  return Boolean(m && !PEOPLE.test(m[1]!));
}

// An opening clause that sets up the main one ("When the coach halted at _____ to change horses, two travellers …").
const OPENING_CLAUSE = /^(?:When|Whenever|While|As|After|Before|Once|Although|Though|Because|Since|Until|If)\b[^,]*$/;

/** A name the article gives only here, inside an opening clause that sets up the main one: a stop on the way, not the point. */
export function passingNameInOpeningClause(q: GeneratedQuestion, articleText: string, at: { sentence: string; start: number; end: number }, title = ""): boolean {
  const clause = at.sentence.slice(0, at.start);
  if (q.keyKind !== "name" || !/^[A-Z]/.test(q.answerText) || !OPENING_CLAUSE.test(clause)) return false;
  // The title's subject acting in the clause ("When Mansa Musa passed through _____, he …") makes the place part of its story.
  // (The stem names the article's person where the sentence said "he": both are read.)
  const shownBefore = q.prompt.slice(0, Math.max(0, q.prompt.indexOf(BLANK)));
  // (Only the stem's own sentence: a context sentence shown before it is not the clause.)
  const shownClause = shownBefore.slice(Math.max(0, ...[". ", "! ", "? "].map((m) => shownBefore.lastIndexOf(m) + 2)));
  if (namesTitle(`${clause} ${shownClause}`, titleStems(title))) return false;
  if (!/^[^,]*, [\w'’-]+(?: [\w'’-]+){2,}/.test(at.sentence.slice(at.end))) return false;
  return namedOnlyHere(q.answerText, articleText);
}

// Someone made up to show how a rule works: "someone earning £15,000", "a family that spends $200", "a worker paid …".
const MADE_UP_ACTOR = /\b(?:someone|somebody|anyone|anybody|a person|a worker|an employee|a family|a household|a shopper|a customer|a buyer|a student|a driver|a farmer|a saver|a taxpayer)(?: [a-z]+){0,2} (?:earning|earns|who earns|paid|paying|pays|who pays|spending|spends|who spends|with|on|making|makes|who makes|buying|buys|who buys|saving|saves|owning|owns)\s+$/i;

/**
 * A figure in a worked example about someone the article makes up ("For someone earning £_____ a year, …"): any
 * figure would serve the example, so several options are as true as the key, and the point is the rule, not the sum.
 */
export function figureOfAMadeUpExample(sentence: string, start: number): boolean {
  return MADE_UP_ACTOR.test(sentence.slice(Math.max(0, start - 60), start).replace(/[£$€]\s*$/, ""));
}

/** Penalties for keys that fall on a detail mentioned in passing. */
export function passingDetailPenalties(q: GeneratedQuestion, articleText: string, title: string, at: { sentence: string; start: number; end: number } | null): Penalty[] {
  const out: Penalty[] = [];
  if (personNamedOnce(q, articleText, title)) out.push({ check: "person-named-once", factor: 0.8, belowReviewLine: true });
  if (at && q.keyKind === "number" && q.type !== "TRUE_FALSE" && countOfPassingThings(at.sentence, at.end, articleText, title)) {
    out.push({ check: "count-of-passing-things", factor: 0.8, belowReviewLine: true });
  }
  if (at && q.keyKind === "number" && q.type !== "TRUE_FALSE" && intervalOfDates(at.sentence, at.end)) out.push({ check: "interval-of-dates", factor: 0.75, belowReviewLine: true });
  if (at && q.type !== "TRUE_FALSE" && inFramingClause(at.sentence, at.start, at.end, title)) out.push({ check: "key-in-framing-clause", factor: 0.8, belowReviewLine: true });
  if (at && q.keyKind === "number" && q.type !== "TRUE_FALSE" && relativeInterval(q.prompt, at.sentence, at.start, at.end)) out.push({ check: "relative-interval", factor: 0.7, belowDropLine: true });
  if (at && q.type !== "TRUE_FALSE" && passingNameInOpeningClause(q, articleText, at, title)) out.push({ check: "passing-name-in-opening-clause", factor: 0.75, belowDropLine: true });
  if (at && q.keyKind === "number" && q.type !== "TRUE_FALSE" && countOfParticipants(at.sentence, at.end, q.answerText)) out.push({ check: "count-of-participants", factor: 0.75, belowDropLine: true });
  if (at && q.keyKind === "date" && q.type !== "TRUE_FALSE" && endOfAState(at.sentence, at.start)) out.push({ check: "end-of-a-state", factor: 0.7, belowDropLine: true });
  if (at && q.keyKind === "number" && figureOfAMadeUpExample(at.sentence, at.start)) out.push({ check: "figure-of-a-made-up-example", factor: 0.6, belowDropLine: true });
  if (!at || q.keyKind !== "date") return out;
  if (boundInsideClause(at.sentence, at.start, at.end)) out.push({ check: "bound-year-in-clause", factor: 0.75, belowReviewLine: true });
  if (eraOfAThing(at.sentence, at.start, at.end, q.answerText)) out.push({ check: "era-of-a-thing", factor: 0.75, belowReviewLine: true });
  return out;
}
