import { indexArticleTexts, type DistractorContext } from "./distractors";
import { findSpans } from "./find-spans";
import { findNamedEntities } from "./named-entities";
import { gateFailure, type GateFailure } from "./gates";
import { makeFillBlank, makeMultipleChoice, makeTrueFalse } from "./make-cloze";
import { findDatedEvents, makeMatching, makeOrdering } from "./make-timeline";
import { parseArticle } from "./parse-article";
import { createRandom } from "./random";
import { selectQuestions } from "./select-questions";
import type { GeneratedQuestion, GeneratedQuestionType, ParsedArticle, Sentence, Span, SpanType } from "./types";

export { BLANK } from "./make-cloze";
export { passesGates } from "./gates";

export const ALL_TYPES: GeneratedQuestionType[] = ["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"];

export interface GenerateOptions {
  /** How many questions to keep (default 10). */
  count?: number;
  seed?: number;
  types?: GeneratedQuestionType[];
}

export interface GenerationResult {
  article: ParsedArticle;
  questions: GeneratedQuestion[];
  /** Why there are fewer questions than asked, when there are. */
  notes: string[];
  /** For evaluation: how many candidates each gate dropped. */
  stats: { candidates: number; gateFailures: Partial<Record<GateFailure, number>> };
}

const TYPE_WEIGHT: Partial<Record<SpanType, number>> = {
  PERSON: 1.3,
  COUNTRY: 0.85,
  CITY: 1.1,
  PLACE: 1.1,
  FULL_DATE: 1.2,
  YEAR: 1.25,
  MONTH_YEAR: 1.2,
  ORG: 0.9,
  EVENT: 0.6,
  DECADE: 0.4,
  NUMBER: 0.9,
  TERM: 1.15,
};

// A sentence that opens with a bare pronoun cannot be understood on its own.
const PRONOUN_OPENING = /^(?:It|He|She|They|Its|Their|His|Her)\b|^(?:This|That|These|Those)\s+(?:was|is|were|are|has|had|have|also|not|\w+ed)\b/;

/** Article text -> ranked, checked questions, each bound to its source sentence(s). */
export function generateQuestions(text: string, options: GenerateOptions = {}): GenerationResult {
  const { count = 10, seed = 1, types = ALL_TYPES } = options;
  const article = parseArticle(text);
  const random = createRandom(seed);
  const stats: GenerationResult["stats"] = { candidates: 0, gateFailures: {} };
  if (article.sentences.length === 0) {
    return { article, questions: [], notes: ["The article has no complete sentences to ask about."], stats };
  }

  resolveLeadingIt(article.sentences);
  const namedBySentence = bySentence(article.sentences, findNamedEntities(text, article.sentences));
  const spansBySentence = article.sentences.map((s, i) => findSpans(s.text, s.start, namedBySentence[i]));
  const allSpans = spansBySentence.flat();
  const ctx: DistractorContext = { articleTexts: indexArticleTexts(allSpans), year: centralYear(allSpans), articleText: text };
  const keyFactWords = new Set(article.keyFacts.flatMap((k) => contentWords(k.text)));

  const candidates: GeneratedQuestion[] = [];
  const add = (q: GeneratedQuestion | null, type: GeneratedQuestionType) => {
    if (q && types.includes(type)) candidates.push(q);
  };
  // The player shows the article's title: a key the title names would be given away.
  const title = article.title.toLowerCase();
  article.sentences.forEach((sentence, i) => {
    if (!isSelfContained(sentence)) return;
    for (const span of spansBySentence[i]!) {
      if (title.includes(span.text.toLowerCase())) continue;
      const base = sentenceScore(sentence, keyFactWords) * (TYPE_WEIGHT[span.type] ?? 0.5);
      add(makeMultipleChoice(sentence, span, ctx, random, base), "MULTIPLE_CHOICE");
      // A surname the title shows would be typed straight off the screen.
      const surnameInTitle = span.type === "PERSON" && title.includes(span.text.split(" ").pop()!.toLowerCase());
      if (!surnameInTitle) add(makeFillBlank(sentence, span, base * 0.9), "FILL_BLANK");
      add(makeTrueFalse(sentence, span, ctx, random, base * 0.8), "TRUE_FALSE");
    }
  });
  const events = findDatedEvents(article.sentences, spansBySentence).filter((e) => isSelfContained(e.sentence));
  // In a short article, a structured question takes three sentences, not four.
  const maxItems = article.sentences.length < 25 ? 3 : 4;
  add(makeOrdering(events, random, 2.5, maxItems), "ORDERING");
  add(makeMatching(events, random, 2.2, maxItems), "MATCHING");

  stats.candidates = candidates.length;
  const valid = candidates.filter((q) => {
    const failure = gateFailure(q, text);
    if (failure) stats.gateFailures[failure] = (stats.gateFailures[failure] ?? 0) + 1;
    return failure === null;
  });
  const questions = selectQuestions(valid, count, types, random);
  const notes: string[] = [];
  if (questions.length < count) {
    notes.push(`Only ${questions.length} question(s) passed every check; the article has few dates, names or places to ask about.`);
  }
  return { article, questions, notes, stats };
}

/** Spans grouped by the sentence that contains them, in one pass over both (both sorted by offset). */
function bySentence(sentences: Sentence[], spans: Span[]): Span[][] {
  const out: Span[][] = sentences.map(() => []);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const span of sorted) {
    while (i < sentences.length && sentences[i]!.end < span.end) i++;
    if (i < sentences.length && span.start >= sentences[i]!.start) out[i]!.push(span);
  }
  return out;
}

function isSelfContained(sentence: Sentence): boolean {
  return (Boolean(sentence.subject) || !PRONOUN_OPENING.test(sentence.text)) && sentence.text.split(/\s+/).length >= 6;
}

// "The agreement was a significant step …" -> "The agreement".
const SUBJECT = /^((?:The|This) [a-z]+(?: [a-z]+)?|(?:The )?[A-Z][\w-]*(?: (?:of |the )?[A-Z][\w-]*)*) (?:was|is|were|are|had|has|became|remained)\b/;

/**
 * About one sentence in six opens with "It". When the sentence before it in the
 * same section opens with a plain noun-phrase subject, "It" is that subject;
 * otherwise the sentence stays unusable as a source.
 */
function resolveLeadingIt(sentences: Sentence[]): void {
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (!prev || prev.section !== s.section || !/^It (?:was|is|has|had)\b/.test(s.text)) return;
    const subject = SUBJECT.exec(prev.text)?.[1];
    if (subject && !/^(?:It|This|That)$/.test(subject)) s.subject = subject.replace(/^This /, "The ");
  });
}

function sentenceScore(sentence: Sentence, keyFactWords: Set<string>): number {
  const words = contentWords(sentence.text);
  const overlap = words.filter((w) => keyFactWords.has(w)).length;
  const length = sentence.text.split(/\s+/).length;
  return 1 + (sentence.inSummary ? 1.5 : 0) + Math.min(overlap, 4) * 0.3 - (length > 40 ? 0.5 : 0);
}

const STOP = new Set(["the", "and", "of", "to", "in", "a", "an", "for", "on", "by", "with", "that", "was", "were", "which", "this", "from", "as", "at", "its", "it"]);
function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP.has(w));
}

/** The latest year the article mentions: the era its distractors must fit. */
function centralYear(spans: Span[]): number | null {
  const years = spans
    .filter((s) => s.type === "YEAR" || s.type === "MONTH_YEAR")
    .map((s) => Number(/\d{4}/.exec(s.text)?.[0]))
    .filter((y) => Number.isFinite(y));
  return years.length ? Math.max(...years) : null;
}
