import { pickDistractors, type DistractorContext } from "./distractors";
import { findSpans } from "./find-spans";
import { parseArticle } from "./parse-article";
import { createRandom, shuffle } from "./random";
import type { GeneratedQuestion, ParsedArticle, Sentence, Span, SpanType } from "./types";

export const BLANK = "_____";

export interface GenerateOptions {
  /** How many questions to keep (default 10). */
  count?: number;
  seed?: number;
  types?: GeneratedQuestion["type"][];
}

export interface GenerationResult {
  article: ParsedArticle;
  questions: GeneratedQuestion[];
  /** Why there are fewer questions than asked, when there are. */
  notes: string[];
}

const TYPE_WEIGHT: Partial<Record<SpanType, number>> = {
  PERSON: 1.3,
  COUNTRY: 0.85,
  CITY: 1.1,
  PLACE: 1.1,
  YEAR: 1.25,
  MONTH_YEAR: 1.2,
  ORG: 0.9,
  EVENT: 0.6,
  DECADE: 0.4,
};

// A sentence that opens with a bare pronoun cannot be understood on its own.
const PRONOUN_OPENING = /^(?:It|He|She|They|Its|Their|His|Her)\b|^(?:This|That|These|Those)\s+(?:was|is|were|are|has|had|have|also|not|\w+ed)\b/;

/** Article text -> ranked, checked questions, each bound to its source sentence. */
export function generateQuestions(text: string, options: GenerateOptions = {}): GenerationResult {
  const { count = 10, seed = 1, types = ["MULTIPLE_CHOICE", "TRUE_FALSE"] } = options;
  const article = parseArticle(text);
  const random = createRandom(seed);
  const notes: string[] = [];
  if (article.sentences.length === 0) {
    return { article, questions: [], notes: ["The article has no complete sentences to ask about."] };
  }

  const spansBySentence = article.sentences.map((s) => findSpans(s.text, s.start));
  const ctx: DistractorContext = {
    articleSpans: spansBySentence.flat(),
    year: centralYear(spansBySentence.flat()),
    articleText: text,
  };
  const keyFactWords = new Set(article.keyFacts.flatMap((k) => contentWords(k.text)));

  const candidates: GeneratedQuestion[] = [];
  article.sentences.forEach((sentence, i) => {
    if (PRONOUN_OPENING.test(sentence.text) || sentence.text.split(/\s+/).length < 6) return;
    for (const span of spansBySentence[i]!) {
      const base = sentenceScore(sentence, keyFactWords) * (TYPE_WEIGHT[span.type] ?? 0.5);
      const cloze = makeCloze(sentence, span, ctx, random, base);
      if (cloze && types.includes("MULTIPLE_CHOICE")) candidates.push(cloze);
      const statement = makeStatement(sentence, span, ctx, random, base * 0.8);
      if (statement && types.includes("TRUE_FALSE")) candidates.push(statement);
    }
  });

  const valid = candidates.filter((q) => passesGates(q, text));
  const selected = select(valid, count, random);
  if (selected.length < count) {
    notes.push(`Only ${selected.length} question(s) passed every check; the article has few dates, names or places to ask about.`);
  }
  return { article, questions: selected, notes };
}

function makeCloze(sentence: Sentence, span: Span, ctx: DistractorContext, random: () => number, score: number): GeneratedQuestion | null {
  const offset = span.start - sentence.start;
  const stem = sentence.text.slice(0, offset) + BLANK + sentence.text.slice(offset + span.text.length);
  const distractors = pickDistractors(span, stem, ctx, 3);
  if (distractors.length < 3) return null;
  const texts = shuffle([span.text, ...distractors], random);
  const options = texts.map((t, i) => ({ id: String.fromCharCode(97 + i), text: t }));
  const key = options.find((o) => o.text === span.text)!;
  return {
    type: "MULTIPLE_CHOICE",
    prompt: stem,
    options,
    answerKey: { optionId: key.id },
    answerText: span.text,
    source: { sentence: sentence.text, start: sentence.start, end: sentence.end, answer: { start: span.start, end: span.end } },
    spanType: span.type,
    score,
  };
}

function makeStatement(sentence: Sentence, span: Span, ctx: DistractorContext, random: () => number, score: number): GeneratedQuestion | null {
  const offset = span.start - sentence.start;
  const makeFalse = random() < 0.5;
  let statement = sentence.text;
  if (makeFalse) {
    const stem = sentence.text.slice(0, offset) + BLANK + sentence.text.slice(offset + span.text.length);
    const [swap] = pickDistractors(span, stem, ctx, 1);
    if (!swap) return null;
    statement = sentence.text.slice(0, offset) + swap + sentence.text.slice(offset + span.text.length);
  }
  const answer = makeFalse ? "false" : "true";
  return {
    type: "TRUE_FALSE",
    prompt: statement,
    options: [
      { id: "true", text: "True" },
      { id: "false", text: "False" },
    ],
    answerKey: { optionId: answer },
    answerText: makeFalse ? "False" : "True",
    source: { sentence: sentence.text, start: sentence.start, end: sentence.end, answer: { start: span.start, end: span.end } },
    spanType: span.type,
    score,
  };
}

/**
 * Hard gates: a candidate failing any is dropped, never shipped.
 * The source sentence is in the article at its offsets; a cloze's key is the
 * span it blanked, exactly one option is the key, no option repeats, and the
 * stem does not give the key away; a false statement is not in the article.
 */
export function passesGates(q: GeneratedQuestion, articleText: string): boolean {
  if (articleText.slice(q.source.start, q.source.end) !== q.source.sentence) return false;
  const texts = q.options.map((o) => o.text.toLowerCase());
  if (new Set(texts).size !== texts.length) return false;
  if (q.options.filter((o) => o.id === q.answerKey.optionId).length !== 1) return false;
  if (q.type === "MULTIPLE_CHOICE") {
    if (articleText.slice(q.source.answer.start, q.source.answer.end) !== q.answerText) return false;
    if (q.options.find((o) => o.id === q.answerKey.optionId)?.text !== q.answerText) return false;
    if (!q.prompt.includes(BLANK) || givesAway(q.prompt, q.answerText)) return false;
  } else {
    const isTrue = q.answerKey.optionId === "true";
    if (isTrue !== articleText.includes(q.prompt)) return false;
  }
  return true;
}

/** The stem names the key, or a word built on it ("Japanese" for "Japan"). */
function givesAway(stem: string, key: string): boolean {
  const lowerStem = stem.toLowerCase();
  if (lowerStem.includes(key.toLowerCase())) return true;
  return key
    .split(/\s+/)
    .filter((w) => w.length >= 4 && /^[A-Z]/.test(w))
    .some((w) => new RegExp(`\\b${w.slice(0, Math.max(4, w.length - 1)).toLowerCase()}`).test(lowerStem));
}

function select(candidates: GeneratedQuestion[], count: number, random: () => number): GeneratedQuestion[] {
  const ranked = shuffle(candidates, random)
    .map((q) => ({ q, rank: q.score * (0.85 + random() * 0.3) }))
    .sort((a, b) => b.rank - a.rank)
    .map((r) => r.q);
  const chosen: GeneratedQuestion[] = [];
  const usedSentences = new Set<number>();
  const answers = new Map<string, number>();
  const take = (q: GeneratedQuestion) => {
    const answer = q.type === "MULTIPLE_CHOICE" ? q.answerText.toLowerCase() : `tf:${q.source.answer.start}`;
    // One question per sentence: a second question on the same sentence would show
    // the first one's answer (a true statement shows it whole; a cloze shows the rest).
    if (usedSentences.has(q.source.start) || (answers.get(answer) ?? 0) >= 1) return;
    chosen.push(q);
    usedSentences.add(q.source.start);
    answers.set(answer, (answers.get(answer) ?? 0) + 1);
  };
  // A mix of types: about a third true/false when both are asked for. Cloze
  // questions pick their sentences first: they test a fact more precisely.
  const hasBoth = ranked.some((q) => q.type === "TRUE_FALSE") && ranked.some((q) => q.type !== "TRUE_FALSE");
  const trueFalseQuota = hasBoth ? Math.round(count * 0.3) : 0;
  for (const q of ranked) if (q.type !== "TRUE_FALSE" && chosen.length < count - trueFalseQuota) take(q);
  for (const q of ranked) if (q.type === "TRUE_FALSE" && chosen.length < count) take(q);
  for (const q of ranked) if (chosen.length < count && !chosen.includes(q)) take(q);
  // Present in article order, so the quiz reads like the text.
  return chosen.sort((a, b) => a.source.start - b.source.start || a.source.answer.start - b.source.answer.start);
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

function centralYear(spans: Span[]): number | null {
  const years = spans
    .filter((s) => s.type === "YEAR" || s.type === "MONTH_YEAR")
    .map((s) => Number(/\d{4}/.exec(s.text)?.[0]))
    .filter((y) => Number.isFinite(y))
    .sort((a, b) => a - b);
  if (years.length === 0) return null;
  return years[years.length - 1]!;
}
