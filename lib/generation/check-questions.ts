import { abbreviationPairs, withAbbreviations } from "./abbreviations";
import { acceptedAliases } from "./aliases";
import { repairContext, withoutStoryFinally } from "./check-context";
import { fitOptionsToStem } from "./check-option-fit";
import { kindAskedInStem } from "./check-head-kind";
import { checkShownText } from "./check-shown-text";
import { containingPlacesFor } from "./containing-places";
import { sideDateChecker } from "./check-side-details";
import { optionFailure, trimRepeatedWord, type OptionFailure } from "./check-options";
import { pointsOutside, shownStem, stemFailure, type StemFailure } from "./check-stems";
import { triviaPenalties, type Penalty } from "./check-trivia";
import { namesWhole } from "./whole-words";
import { clamp01, DROP_THRESHOLD, REVIEW_THRESHOLD } from "./confidence";
import type { GeneratedQuestion, ParsedArticle } from "./types";
import { shownAsContext } from "./question-stems";
import { writeOutInnerPointer } from "./inner-pointers";
import { statementFault } from "./check-statement-faults";

/**
 * The checks every candidate passes, whichever maker built it: hard ones (a
 * stem that cannot stand alone or is not English, options that do not fit the
 * blank) drop it; soft ones (signs of trivia) lower its confidence and rank, so
 * the next best candidate takes its place. Typed answers are widened to the
 * key's natural other names.
 */

export type CheckFailure = StemFailure | OptionFailure;

export function checkFailure(q: GeneratedQuestion, articleText: string, title: string): CheckFailure | null {
  return contextFailures.get(q) ?? stemFailure(q, title) ?? optionFailure(q, articleText, title);
}

// Found while repairing stems against the article (a time or a noun only the sentence before explains).
const contextFailures = new WeakMap<GeneratedQuestion, CheckFailure>();

// Which soft checks lowered a candidate, for the evaluation's candidate sheet.
const notes = new WeakMap<GeneratedQuestion, string[]>();

export function checkNotes(q: GeneratedQuestion): string[] {
  return notes.get(q) ?? [];
}

// The soft checks that put a candidate below the review or the drop line, for the ceiling kept when it is recalibrated.
const limits = new WeakMap<GeneratedQuestion, Penalty[]>();

/** The highest confidence the soft checks allow a candidate (those named in `except` left out). */
export function checkCeiling(q: GeneratedQuestion, except: ReadonlySet<string> = new Set()): number {
  const binding = (limits.get(q) ?? []).filter((p) => !except.has(p.check));
  if (binding.some((p) => p.belowDropLine)) return clamp01(DROP_THRESHOLD - 0.01);
  return binding.some((p) => p.belowReviewLine) ? clamp01(REVIEW_THRESHOLD - 0.01) : 1;
}

/**
 * Lower the confidence and rank of candidates that show signs of trivia, show
 * the sentence before a stem that points back to it, and accept every natural
 * form of a typed key.
 */
export function applyChecks(candidates: GeneratedQuestion[], article: ParsedArticle, articleText: string, importance: number[]): void {
  const bySentence = new Map(article.sentences.map((s, i) => [s.start, i]));
  const uses = usesCounter(article);
  const isSideDate = sideDateChecker(article, importance);
  for (const q of candidates) {
    repairStem(q, article, bySentence);
    trimRepeatedWord(q);
    const at = bySentence.get(q.source.start);
    const optionCount = q.options.length;
    // What is shown (context and stem) must not name the key or a wrong option, and the options must fit what the stem says.
    const dangling = repairContext(q, article.sentences, at, article.title, uses, articleText, shownAsContext) ?? checkShownText(q, article.sentences, at, article.title, uses, articleText) ?? fitOptionsToStem(q, articleText, optionCount) ?? statementFault(q, articleText);
    if (dangling) contextFailures.set(q, dangling);
    const sideDate = isSideDate(q);
    const trivia = triviaPenalties(q, articleText, article.title, at !== undefined && article.sentences[at]!.inSummary);
    const penalties = sideDate ? [...trivia, sideDate] : trivia;
    if (penalties.length) {
      const factor = penalties.reduce((f, p) => f * p.factor, 1);
      q.confidence = clamp01(q.confidence * factor);
      if (penalties.some((p) => p.belowDropLine)) q.confidence = Math.min(q.confidence, clamp01(DROP_THRESHOLD - 0.01));
      else if (penalties.some((p) => p.belowReviewLine)) q.confidence = Math.min(q.confidence, clamp01(REVIEW_THRESHOLD - 0.01));
      limits.set(q, penalties);
      q.score *= factor;
      notes.set(q, penalties.map((p) => p.check));
    }
    widenAccepted(q, articleText);
  }
}

/** How many of the article's sentences name a noun, counted once per noun. */
function usesCounter(article: ParsedArticle): (noun: string) => number {
  const counts = new Map<string, number>();
  return (noun) => {
    let n = counts.get(noun);
    if (n === undefined) {
      const re = new RegExp(`\\b${noun.slice(0, Math.max(4, noun.length - 1))}`, "i");
      counts.set(noun, (n = article.sentences.filter((s) => re.test(s.text)).length));
    }
    return n;
  };
}

/**
 * "The law sets out these powers …": when the sentence before (same section,
 * short, pointing nowhere itself) names what the stem points to, it is shown
 * first. A statement is left as written (a true one must be the article's own sentence).
 */
function repairStem(q: GeneratedQuestion, article: ParsedArticle, bySentence: Map<number, number>): void {
  if (q.type !== "MULTIPLE_CHOICE" && q.type !== "FILL_BLANK") return;
  const at = bySentence.get(q.source.start);
  const sentence = at === undefined ? undefined : article.sentences[at];
  if (sentence && !pointsOutside(shownStem(q), article.title)) return trimContext(q, sentence.text, article.title);
  // "… moved to this ballot in _____" after "… by a rotating ballot.": the phrase the sentence before names, written in.
  const written = at === undefined ? null : writeOutInnerPointer(q.prompt, article.sentences, at);
  if (written && !pointsOutside(shownStem({ ...q, prompt: written }), article.title)) {
    q.prompt = written;
    return;
  }
  const previous = at ? article.sentences[at - 1] : undefined;
  if (!sentence || !previous || previous.section !== sentence.section || previous.text.split(/\s+/).length > 30) return;
  // Only a stem that is its sentence as cut (a context already shown, or a rewritten question, is left alone).
  if (!q.prompt.startsWith(sentence.text.slice(0, 12)) || pointsOutside(previous.text, article.title) || previous.subject) return;
  const repaired = `${withoutStoryFinally(previous.text)} ${q.prompt}`;
  if (!pointsOutside(shownStem({ ...q, prompt: repaired }), article.title)) q.prompt = repaired;
}

/**
 * "This declaration also …" under the title "The Joint Declaration of 1956" points to the title, which is shown:
 * the sentence before need not be (a shorter stem, and one fewer key shown in it). It is asked as "The declaration also …".
 */
function trimContext(q: GeneratedQuestion, sentenceText: string, title: string): void {
  const opening = /^(?:This|These) ([a-z]+)/.exec(sentenceText);
  const at = q.prompt.indexOf(sentenceText.slice(0, 20));
  if (!opening || at <= 0 || !title.toLowerCase().includes(opening[1]!.slice(0, Math.max(4, opening[1]!.length - 1)))) return;
  // "This declaration" alone reads as pointing back; "The declaration" under its title does not.
  const alone = q.prompt.slice(at).replace(/^(?:This|These) /, "The ");
  if (!pointsOutside(shownStem({ ...q, prompt: alone }), title)) q.prompt = alone;
}

/** "WWI" for "World War I", "UK" for "United Kingdom", "Mt. Fuji", a person's surname: for typed keys of every kind of question. */
function widenAccepted(q: GeneratedQuestion, articleText: string): void {
  if (q.type !== "FILL_BLANK" || q.answerKey.kind !== "text" || /\s→\s/.test(q.answerText)) return;
  const key = q.answerKey;
  const more = acceptedAliases({ text: q.answerText, type: q.spanType, start: 0, end: 0 }, articleText);
  // A singular cut from a word that only ends in s ("anu" from "anus", "glas" from "glass") is no word.
  const notAWord = /(?:us|ss|is)$/i.test(q.answerText) ? q.answerText.slice(0, -1) : null;
  // A term or name in its bracketed abbreviation, or in full where the key is the abbreviation ("CPI", "Consumer Price Index").
  key.accepted = withAbbreviations([...new Set([...key.accepted, ...more])], abbreviationPairs(articleText)).filter((a) => a !== notAWord);
  // "Its banks are lined with a kind of grass called _____" keyed "marram grass": the stem asks for that kind already, so the
  // word that sets the term apart ("marram") answers it typed alone.
  const kind = kindAskedInStem(q);
  if (kind && kind.setApart.length >= 4) key.accepted = [...new Set([...key.accepted, kind.setApart])];
  // A place the article says the key lies in ("Carrow, in Dunhaven") fills the blank as truly, unless the stem names it.
  const stem = shownStem(q);
  if (PLACE_KEYS.has(q.spanType)) {
    const around = containingPlacesFor(q.answerText, stem, articleText, / \([^)]*\)$/.exec(q.prompt)?.[0].trim(), q.source);
    if (around.length) key.accepted = [...new Set([...key.accepted, ...around])];
  }
  // Another name the stem itself shows is not what its blank asks ("Oska Lind took the name _____" refuses "Oska Lind" for
  // "Korvin"). A part of the key's own name stays: "_____ sold the Hale farm" is still answered "Hale" for "Mr Hale".
  const shown = stem.replace(BLANK_RUN, " ");
  const keyWords = new Set(q.answerText.toLowerCase().split(/\s+/));
  const ownPart = (a: string) => a.toLowerCase().split(/\s+/).some((w) => keyWords.has(w));
  key.accepted = key.accepted.filter((a) => a === q.answerText || ownPart(a) || !namesWhole(shown, a));
}
const BLANK_RUN = /_{3,}/g;
const PLACE_KEYS = new Set(["PLACE", "CITY"]);
