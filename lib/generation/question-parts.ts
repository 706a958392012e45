import { shuffle } from "./random";
import type { GeneratedQuestion, KeyKind, Sentence, SpanType, TextRange } from "./types";

/**
 * Parts every question maker shares: options in a seeded order with ids a, b,
 * c, … and the key's id; a true/false statement bound to its sentence.
 */

export function choiceQuestion(key: string, others: string[], random: () => number) {
  const options = shuffle([key, ...others], random).map((text, i) => ({ id: String.fromCharCode(97 + i), text }));
  return { options, answerKey: { kind: "choice" as const, optionId: options.find((o) => o.text === key)!.id } };
}

/** Where a question's fact sits: its sentence, and the tested words inside it (article offsets). */
export function sourceIn(sentence: Sentence, answer: TextRange): GeneratedQuestion["source"] {
  return { sentence: sentence.text, start: sentence.start, end: sentence.end, answer };
}

/** The same where the tested words are one span (only its offsets are kept) or, with none given, the whole sentence. */
export function sourceOfSpan(sentence: Sentence, span: TextRange = sentence): GeneratedQuestion["source"] {
  return sourceIn(sentence, { start: span.start, end: span.end });
}

/** The share of the smaller word set's words that the other set holds too (two phrases on the same thing share most). */
export function shareOfSmaller(mine: Set<string>, theirs: Set<string>): number {
  let shared = 0;
  for (const w of theirs) if (mine.has(w)) shared++;
  return shared / Math.max(1, Math.min(mine.size, theirs.size));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A multiple-choice question whose key is the article's own words (a clause, a
 * statement), bound to the sentence it was made from; options in a seeded order.
 */
export function multipleChoiceQuestion(
  input: {
    prompt: string;
    key: string;
    others: string[];
    source: GeneratedQuestion["source"];
    sources?: GeneratedQuestion["sources"];
    keyKind: KeyKind;
    confidence: number;
  },
  random: () => number,
): GeneratedQuestion {
  const { options, answerKey } = choiceQuestion(input.key, input.others, random);
  return {
    type: "MULTIPLE_CHOICE",
    prompt: input.prompt,
    options,
    answerKey,
    answerText: input.key,
    source: input.source,
    ...(input.sources ? { sources: input.sources } : {}),
    spanType: "TERM",
    keyKind: input.keyKind,
    score: 1,
    confidence: input.confidence,
  };
}

/** A statement to judge true or false, bound to the sentence it was made from. */
export function statementQuestion(input: {
  statement: string;
  isTrue: boolean;
  source: GeneratedQuestion["source"];
  keyKind: KeyKind;
  confidence: number;
  spanType?: SpanType;
  score?: number;
}): GeneratedQuestion {
  return {
    type: "TRUE_FALSE",
    prompt: input.statement,
    options: [
      { id: "true", text: "True" },
      { id: "false", text: "False" },
    ],
    answerKey: { kind: "choice", optionId: input.isTrue ? "true" : "false" },
    answerText: input.isTrue ? "True" : "False",
    source: input.source,
    spanType: input.spanType ?? "TERM",
    keyKind: input.keyKind,
    score: input.score ?? 1,
    confidence: input.confidence,
  };
}
