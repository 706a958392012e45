/**
 * The eval's own count of one quiz's repeats and giveaways, read as a student reads the quiz (independent of the
 * generator's selection rules, so a rule that misses a shape shows up here): two questions stating one fact, a key printed
 * in another question in another form, and the "not" pattern of true/false keys.
 */
import { contentWords } from "../../lib/generation/confidence";
import { formsPattern } from "../../lib/generation/quiz-overlap";
import type { GeneratedQuestion } from "../../lib/generation/types";

const NEGATIVE = /\b(?:not|never|no|cannot)\b|n['’]t\b/i;
const BLANK = /_{3,}/;
const HINT = /\s*\((?:a|an|name one)\b[^)]*\)\s*$/i;

/** The fact a question states, as a sentence: a blank's or a choice's stem with its key written in; a statement as shown. */
function statedFact(q: GeneratedQuestion): string {
  if (q.type === "TRUE_FALSE") return q.prompt;
  // (The answer's hint, "(a name)" or "(Name one of the three …)", is no word of the fact.)
  const stem = q.prompt.replace(HINT, "");
  return BLANK.test(stem) ? stem.replace(BLANK, q.answerText) : `${stem} ${q.answerText}`;
}

/** The value a question turns on: its key, or for a statement the span of its sentence it was built on (null for a whole-sentence turn). */
function valueOf(q: GeneratedQuestion): string | null {
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
 * Two questions state one fact: the same value asked twice (a year and a date holding it count as one), or the same
 * content words for the most part with nothing to tell them apart (two keyed questions whose keys differ, "supply" and
 * "demand" in parallel sentences, are two facts).
 */
export function restates(a: GeneratedQuestion, b: GeneratedQuestion, subject: ReadonlySet<string> = new Set()): boolean {
  if ([a, b].some((q) => q.type === "ORDERING" || q.type === "MATCHING")) return false;
  const va = valueOf(a);
  const vb = valueOf(b);
  // (An article's own terms, named all through it, answer more than one fact from different sentences: counted apart.)
  // One value in two sentences is one fact only where they share a word of it: "In _____ the weaver built the mill" and
  // "In _____ a fire destroyed the hall", both 1764, or "Who tells the story?" and "_____ gets into fights", both Scout,
  // are two facts a student answers apart.
  if (va && vb && sameValue(va, vb) && !(listedTerm(a) && listedTerm(b) && a.source.start !== b.source.start) && oneFact(a, b, subject)) return true;
  if (va && vb && !sameValue(va, vb) && a.type !== "TRUE_FALSE" && b.type !== "TRUE_FALSE") return false;
  const wa = new Set(contentWords(withoutNames(statedFact(a))));
  const wb = new Set(contentWords(withoutNames(statedFact(b))));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= SHARED_WORDS && shared >= SHARED_SHARE * Math.min(wa.size, wb.size);
}

const NAME_WORD = /\b[A-Z][\w'’-]*/g;

/** The words of a fact but its names: the person or place an article is about is named in most of its questions. */
function withoutNames(text: string): string {
  return text.replace(NAME_WORD, " ");
}

const QUESTION_WORDS = ["who", "what", "which", "when", "where", "why", "how"];

/** Two questions from one sentence, or sharing a word of their fact other than their value and the quiz's subject. */
function oneFact(a: GeneratedQuestion, b: GeneratedQuestion, subject: ReadonlySet<string>): boolean {
  if (a.source.start === b.source.start) return true;
  const aside = new Set([...subject, ...QUESTION_WORDS, ...contentWords(`${valueOf(a) ?? ""} ${valueOf(b) ?? ""}`)]);
  const words = new Set(contentWords(statedFact(b)));
  return contentWords(statedFact(a)).some((w) => !aside.has(w) && words.has(w));
}

/** The names a quiz is about: printed in at least a third of its questions (and three or more). */
function quizSubject(questions: GeneratedQuestion[]): Set<string> {
  const seen = new Map<string, number>();
  for (const q of questions) for (const w of new Set(contentWords((statedFact(q).match(NAME_WORD) ?? []).join(" ")))) seen.set(w, (seen.get(w) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 3 && n * 3 >= questions.length).map(([w]) => w));
}

/** A listed or defined term, or a part named for its job: asked from more than one sentence by design. */
function listedTerm(q: GeneratedQuestion): boolean {
  return ["term", "definition", "function", "comparison"].includes(q.keyKind) && q.type !== "TRUE_FALSE";
}

/** The forms a key shows in: as written (its number in words or figures), and a person's surname. */
function shownForms(q: GeneratedQuestion, value: string): RegExp[] {
  const out = [formsPattern(value)];
  const words = value.split(/\s+/);
  if (q.spanType === "PERSON" && words.length >= 2 && /^[A-Z][a-z'’-]{3,}$/.test(words.at(-1)!)) out.push(formsPattern(words.at(-1)!));
  return out;
}

/** Another question prints this question's value (in its stem, or in a statement offered as an option): a student reads it there. */
export function shownElsewhere(q: GeneratedQuestion, other: GeneratedQuestion, subject: ReadonlySet<string> = new Set()): boolean {
  const value = valueOf(q);
  // A true statement states its value: another printing it repeats it, and `restates` counts that.
  if (!value || (q.type === "TRUE_FALSE" && q.answerText === "True")) return false;
  if (listedTerm(q) && other.source.start !== q.source.start) return false;
  // A false statement's own value printed in another fact ("In 1764 the weaver …" beside "In 1769 a fire …") settles nothing.
  if (q.type === "TRUE_FALSE" && !oneFact(q, other, subject)) return false;
  const shown = [other.prompt, ...(other.keyKind === "statement" ? other.options.map((o) => o.text) : [])].join(" \n ");
  return shownForms(q, value).some((re) => re.test(shown));
}

export interface RepeatCounts {
  /** Pairs of questions that state one fact. */
  restated: number;
  /** Questions whose value another question prints. */
  shown: number;
  /** True/false statements with a negative keyed False, and with one keyed True. */
  negativeFalse: number;
  negativeTrue: number;
}

export function repeatFaults(questions: GeneratedQuestion[]): RepeatCounts {
  let restated = 0;
  let shown = 0;
  const subject = quizSubject(questions);
  questions.forEach((q, i) => {
    questions.forEach((o, j) => {
      if (j > i && restates(q, o, subject)) restated++;
    });
    if (questions.some((o, j) => j !== i && shownElsewhere(q, o, subject))) shown++;
  });
  const negated = questions.filter((q) => q.type === "TRUE_FALSE" && NEGATIVE.test(q.prompt));
  return { restated, shown, negativeFalse: negated.filter((q) => q.answerText === "False").length, negativeTrue: negated.filter((q) => q.answerText === "True").length };
}
