import { BLANK } from "@/lib/generation/blank";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import type { KeyKind, SpanType } from "@/lib/generation/types";
import { draftQuestion } from "./draft-question";

/** The sentence and where the key stands in it, as the sentence-level checks take them. */
export const keyAt = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;

export type TriviaCheckOptions = {
  type?: "MULTIPLE_CHOICE" | "FILL_BLANK" | "TRUE_FALSE";
  prompt?: string;
  answerText?: string;
  text?: string;
  spanType?: SpanType;
};

/**
 * The checks a key gets in its own sentence through the whole chain of trivia checks, under `title`, the sentence
 * standing in `options.text` (the sentence alone when not given). A typed cloze on the key unless told otherwise.
 */
export function triviaChecksOn(title: string, sentence: string, key: string, keyKind: KeyKind, options: TriviaCheckOptions = {}) {
  const text = options.text ?? sentence;
  const offset = text.indexOf(sentence);
  const start = offset + sentence.indexOf(key);
  const q = draftQuestion(
    {
      type: options.type ?? "FILL_BLANK",
      prompt: options.prompt ?? sentence.replace(key, BLANK),
      answerText: options.answerText ?? key,
      spanType: options.spanType ?? "TERM",
      source: { sentence, start: offset, end: offset + sentence.length, answer: { start, end: start + key.length } },
    },
    { keyKind },
  );
  return triviaPenalties(q, text, title, false);
}

/** The names of the checks from triviaChecksOn that hold the question below the review or drop line. */
export function heldChecks(title: string, sentence: string, key: string, keyKind: KeyKind, options: TriviaCheckOptions = {}): string[] {
  return triviaChecksOn(title, sentence, key, keyKind, options)
    .filter((p) => p.belowReviewLine || p.belowDropLine)
    .map((p) => p.check);
}
