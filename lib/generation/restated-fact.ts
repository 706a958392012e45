/**
 * One fact asked twice in one quiz: the one rule selection refuses a second question by and the eval counts repeats by
 * (scripts/lib/quiz-repeats), read as a student reads the quiz.
 */
import { contentWords } from "./confidence";
import { formsPattern } from "./quiz-overlap";
import type { GeneratedQuestion } from "./types";
import { BLANK_RUN } from "./blank";

const HINT = /\s*\((?:a|an|name one)\b[^)]*\)\s*$/i;

/** The fact a question states, as a sentence: a blank's or a choice's stem with its key written in; a statement as shown. */
function statedFact(q: GeneratedQuestion): string {
  if (q.type === "TRUE_FALSE") return q.prompt;
  // (The answer's hint, "(a name)" or "(Name one of the three …)", is no word of the fact.)
  const stem = q.prompt.replace(HINT, "");
  return BLANK_RUN.test(stem) ? stem.replace(BLANK_RUN, q.answerText) : `${stem} ${q.answerText}`;
}

/** The value a question turns on: its key, or for a statement the span of its sentence it was built on (null for a whole-sentence turn). */
export function valueOf(q: GeneratedQuestion): string | null {
  if (q.type === "ORDERING" || q.type === "MATCHING") return null;
  const value = q.type === "TRUE_FALSE" ? q.source.sentence.slice(q.source.answer.start - q.source.start, q.source.answer.end - q.source.start) : q.answerText;
  return value.trim() === "" || /^(?:true|false)$/i.test(value) ? null : value;
}

/** One value in two forms: a number and its word ("nine", "9"), a year and a date holding it ("1773", "16 December 1773"). */
function sameValue(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!formsPattern(short).test(long)) return false;
  return formsPattern(long).test(short) || (/^\d{3,4}$/.test(short) && /^(?:\d{1,2} )?[A-Z][a-z]+ (?:\d{1,2}, )?\d{3,4}$/.test(long));
}

// Content words two questions must share (and the share of the shorter one's) to state one fact in other words.
const SHARED_WORDS = 3;
const SHARED_SHARE = 0.6;

/**
 * Two questions state one fact: the same value asked twice (a year and a date holding it count as one), or, from one
 * sentence, the same content words for the most part with nothing to tell them apart (two keyed questions whose keys
 * differ, "supply" and "demand" in parallel sentences, are two facts).
 *
 * Across sentences only a date or a figure is one fact by its value: the same person, place or term in two sentences
 * answers two facts ("Who greets the king?", "Whose ghost sits in his chair?"), and "Name one of the three forms" takes
 * any member. Nor are two sentences one fact by their words alone: parallel sentences share them all ("when supply rises
 * while demand holds" and "when supply holds while demand rises"), and on the seen sets every such pair read was two facts.
 */
export function restates(a: GeneratedQuestion, b: GeneratedQuestion, subject: ReadonlySet<string> = new Set()): boolean {
  if ([a, b].some((q) => q.type === "ORDERING" || q.type === "MATCHING")) return false;
  const together = a.source.start === b.source.start;
  // (Read first: most pairs a quiz weighs are from two sentences, and a date's or figure's forms are patterns to build.)
  if (!together && !(measured(a) && measured(b))) return false;
  const va = valueOf(a);
  const vb = valueOf(b);
  // One value in two sentences is one fact only where they share a word of it: "In _____ the weaver built the mill" and
  // "In _____ a fire destroyed the hall", both 1764, are two facts a student answers apart.
  if (va && vb && sameValue(va, vb) && (together || oneFact(a, b, subject))) return true;
  if (!together) return false;
  if (va && vb && !sameValue(va, vb) && a.type !== "TRUE_FALSE" && b.type !== "TRUE_FALSE") return false;
  const wa = new Set(contentWords(withoutNames(statedFact(a))));
  const wb = new Set(contentWords(withoutNames(statedFact(b))));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= SHARED_WORDS && shared >= SHARED_SHARE * Math.min(wa.size, wb.size);
}

/** A date or a figure: a value that is the fact itself wherever it is asked (a statement's is the figure it turned on). */
function measured(q: GeneratedQuestion): boolean {
  return q.keyKind === "date" || q.keyKind === "number" || /^(?:YEAR|FULL_DATE|MONTH_YEAR|DECADE|CENTURY|NUMBER)$/.test(q.spanType) || /\d/.test(valueOf(q) ?? "");
}

const NAME_WORD = /\b[A-Z][\w'’-]*/g;

/** The words of a fact but its names: the person or place an article is about is named in most of its questions. */
function withoutNames(text: string): string {
  return text.replace(NAME_WORD, " ");
}

const QUESTION_WORDS = ["who", "what", "which", "when", "where", "why", "how"];

// A place a deed happened at ("born in Velby", "wrecked the pier at Velby"): two facts of one year may both happen there.
const SETTING = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu;

/** The words of the sentence a question asks, but its setting: not of the context a stem prints before it. */
function factWords(q: GeneratedQuestion): string[] {
  return contentWords(q.source.sentence.replace(SETTING, " "));
}

/**
 * The word after a figure in its sentence, a measure's unit ("40 metres"): two measures share it by chance. (Not after a
 * year or a date: "in 1850 cholera struck" names the fact.)
 */
function unitAfter(q: GeneratedQuestion): string {
  if (/^\d{4}$|[A-Z][a-z]/.test(valueOf(q) ?? "")) return "";
  return /^\s+([a-z]+)/.exec(q.source.sentence.slice(q.source.answer.end - q.source.start))?.[1] ?? "";
}

/**
 * Two questions from one sentence, or sharing a word of their fact other than their value and the quiz's subject.
 * (Read in their own sentences: "He was born in Velby in _____" after a context naming him a pier builder, and "In _____ a
 * storm wrecked the pier at Velby", share the town and the context's word, and are two facts of one year; "a pier _____
 * metres long" and "a lighthouse _____ metres tall" share only the unit.)
 */
export function oneFact(a: GeneratedQuestion, b: GeneratedQuestion, subject: ReadonlySet<string>): boolean {
  if (a.source.start === b.source.start) return true;
  const aside = new Set([...subject, ...QUESTION_WORDS, ...contentWords(`${valueOf(a) ?? ""} ${valueOf(b) ?? ""} ${unitAfter(a)} ${unitAfter(b)}`)]);
  const words = new Set(factWords(b));
  return factWords(a).some((w) => !aside.has(w) && words.has(w));
}

/** The names a quiz is about: printed in at least a third of its questions (and three or more). */
export function quizSubject(questions: GeneratedQuestion[]): Set<string> {
  const seen = new Map<string, number>();
  for (const q of questions) for (const w of new Set(contentWords((statedFact(q).match(NAME_WORD) ?? []).join(" ")))) seen.set(w, (seen.get(w) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 3 && n * 3 >= questions.length).map(([w]) => w));
}
