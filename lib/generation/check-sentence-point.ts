import { articleMemo } from "./article-memo";
import { stemWords, type Penalty } from "./check-trivia";
import { escapeRegExp } from "./find-spans";
import { isHeadingLike } from "./parse-article";
import type { GeneratedQuestion } from "./types";

/**
 * Keys that sit beside a sentence's point rather than on it, read from where the key stands in its sentence. The
 * point of a sentence is its main clause (who did what to what, the term it defines); a key in a name's inner word,
 * a count that only points back, a bound or one year of a list, a present-day name given in passing, or a person
 * the pronoun after the blank already gives away tests wording, while the point sits printed in the stem.
 * Those never fair as keys drop the question; the others hold it below the review line, so a quiz takes it only
 * when nothing fairer is left, and a teacher looks at it first.
 */

// The head of a many-word proper name whose "of" part is one word of the name, not a fact of its own ("the Bank of _____").
const NAME_HEAD =
  /\b(?:Bank|University|College|Institute|Institution|Academy|School|Museum|Library|Gulf|Bay|Strait|Straits|Sea|Cape|Isle|Isles|Lake|Port|Church|Cathedral|Abbey|Council|Department|Ministry|Society|Company|Corporation|Commonwealth|Republic|Federation|Duke|Duchess|Earl|Prince|Princess|Archbishop|Bishop) of (?:the )?$/;

/** The key is the inner word of a longer proper name ("the Bank of _____ raised rates"): the name as a whole is what the sentence speaks of. */
export function keyInsideLongerName(sentence: string, start: number, end: number, key: string): boolean {
  if (!/^[A-Z]/.test(key)) return false;
  const before = sentence.slice(0, start);
  // (The name closes with the key: "Bank of _____ Holdings" would be another name, read whole by the span finder.)
  return NAME_HEAD.test(before) && !/^ [A-Z][a-z]/.test(sentence.slice(end));
}

/** A count that only points back to things already named ("the other _____ parts", "these _____ rules"): the reader counts the stem. */
export function countPointsBack(sentence: string, start: number): boolean {
  return /\b(?:the other|the remaining|these|those|all of the|both of the|each of the)\s+$/i.test(sentence.slice(0, start));
}

/** A count after a bare "the" ("the _____ brothers agreed …"): the things counted are usually named before; the count is not the point. */
export function countAfterThe(sentence: string, start: number): boolean {
  return /(?:^|\s)the\s+$/i.test(sentence.slice(0, start));
}

/** A present-day name given in passing ("a town now called _____", "in what is today _____"): the sentence speaks of the old place. */
export function presentDayName(sentence: string, start: number): boolean {
  return /\b(?:now|today|present-day|modern-day|nowadays)\s+(?:called|known as|named)\s+(?:the\s+)?$|\b(?:called|known as|named)\s+(?:today|now)\s+(?:the\s+)?$|\bwhat is (?:now|today)\s+(?:the\s+)?$/i.test(sentence.slice(0, start));
}

/** Where someone came from, said of them in passing ("a weaver originally from _____", "a native of _____"): the sentence tells what they did. */
export function placeOfOrigin(sentence: string, start: number): boolean {
  return /\b(?:originally from|a native of|who came from|who hailed from|hailing from)\s+(?:the\s+)?$/i.test(sentence.slice(0, start));
}

/** "By _____ the farmers were …", "Until _____ nobody …" opening the sentence: a year given as a bound of the state the main clause describes. */
export function boundOpeningSentence(sentence: string, start: number): boolean {
  return /^(?:By|Until|Till|Up to)\s+(?:the\s+)?(?:(?:early|mid|late|end of)\s+)?$/.test(sentence.slice(0, start));
}

/**
 * One year of a list of years ("again in 1301, 1307 and _____"): an edition or a repeat, asked by its order in the list.
 * (A list has a comma; "between 1405 and _____" gives the two ends of one period, a fact of its own.)
 */
export function dateInList(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  return /\d{3,4},\s+(?:and\s+|or\s+)?$/.test(before) || /\d{3,4},\s+\d{3,4},?\s+(?:and|or)\s+$/.test(before) || /^,\s+\d{3,4}\b/.test(after);
}

const mentions = articleMemo<number>();
const headed = articleMemo<boolean>();

/** The article opens with a title line (as parseArticle reads it), not with a sentence standing in for one. */
function hasTitleLine(articleText: string): boolean {
  return headed(articleText, "", () => {
    const lines = articleText.split("\n").filter((l) => l.trim());
    return lines.length > 1 && isHeadingLike(lines[0]!);
  });
}

function timesNamed(word: string, articleText: string): number {
  return mentions(articleText, word, () => articleText.match(new RegExp(`(?<![\\w'’-])${escapeRegExp(word)}(?![\\w-])`, "g"))?.length ?? 0);
}

/**
 * A person named all through the article, blanked after the verb with "his/her" closing the clause ("The guide
 * shows _____ the rooms of her childhood"): the pronoun and the story give the name away, and what the sentence says
 * of the person is the point.
 */
export function recurringPersonCuedByPronoun(sentence: string, start: number, end: number, key: string, articleText: string): boolean {
  if (!/^[A-Z]/.test(key) || start === 0) return false;
  const clause = sentence.slice(end).split(/[,;:]/)[0]!;
  if (!/\b(?:his|her|him|himself|herself)\b/.test(clause)) return false;
  // (A blank opening the sentence is its subject: what it does is then asked with it.)
  if (/^(?:[A-Z][\w'’-]*\s+)?$/.test(sentence.slice(0, start))) return false;
  const last = key.split(/\s+/).pop()!.replace(/[.,]$/, "");
  return timesNamed(last, articleText) >= 4;
}

/**
 * The key names the article's own topic, as its title does: it is on the screen, and asking it of itself tests
 * nothing. (A title of two terms the article weighs against each other, "Tides and Currents", asks which is which:
 * the key is then one of two, and stays when the other term recurs in the article.)
 */
export function keyIsTitleTopic(key: string, title: string, articleText: string): boolean {
  const keyWords = stemWords(key);
  if (keyWords.length === 0 || !hasTitleLine(articleText)) return false;
  const titleWords = new Set(stemWords(title));
  if (!keyWords.every((w) => titleWords.has(w))) return false;
  const others = title.split(/\s+(?:and|&|or|versus|vs\.?)\s+|[,:|]/i).map((part) => stemWords(part)).filter((words) => words.length > 0 && !words.some((w) => keyWords.includes(w)));
  const lower = articleText.toLowerCase();
  return !others.some((words) => words.every((w) => (lower.match(new RegExp(`\\b${escapeRegExp(w)}`, "g"))?.length ?? 0) >= 3));
}

/** Penalties for keys beside the sentence's point (see above). `at` is where the key sits in its sentence, when it is a span of it. */
export function sentencePointPenalties(q: GeneratedQuestion, articleText: string, title: string, at: { sentence: string; start: number; end: number } | null): Penalty[] {
  const out: Penalty[] = [];
  if (q.type !== "TRUE_FALSE" && q.type !== "ORDERING" && q.type !== "MATCHING" && title && keyIsTitleTopic(q.answerText, title, articleText)) {
    out.push({ check: "key-is-title-topic", factor: 0.6, belowDropLine: true });
  }
  if (!at) return out;
  const { sentence, start, end } = at;
  const key = sentence.slice(start, end);
  if ((q.keyKind === "name" || q.keyKind === "term") && keyInsideLongerName(sentence, start, end, key)) out.push({ check: "key-inside-longer-name", factor: 0.6, belowDropLine: true });
  if (q.keyKind === "number") {
    if (countPointsBack(sentence, start)) out.push({ check: "count-points-back", factor: 0.6, belowDropLine: true });
    else if (q.type !== "TRUE_FALSE" && countAfterThe(sentence, start)) out.push({ check: "count-after-the", factor: 0.8, belowReviewLine: true });
  }
  if (q.keyKind === "name" && presentDayName(sentence, start)) out.push({ check: "present-day-name", factor: 0.75, belowReviewLine: true });
  if (q.keyKind === "name" && placeOfOrigin(sentence, start)) out.push({ check: "place-of-origin", factor: 0.8, belowReviewLine: true });
  if (q.keyKind === "date") {
    if (boundOpeningSentence(sentence, start)) out.push({ check: "bound-opening-sentence", factor: 0.8, belowReviewLine: true });
    if (dateInList(sentence, start, end)) out.push({ check: "date-in-list", factor: 0.8, belowReviewLine: true });
  }
  if (q.keyKind === "name" && q.type !== "TRUE_FALSE" && recurringPersonCuedByPronoun(sentence, start, end, key, articleText)) {
    out.push({ check: "person-cued-by-pronoun", factor: 0.8, belowReviewLine: true });
  }
  return out;
}

