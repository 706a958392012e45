import { BLANK } from "@/lib/generation/blank";
import { statementQuestion } from "@/lib/generation/question-parts";
import type { GeneratedQuestion } from "@/lib/generation/types";

/**
 * A question's source in a test article built from one fact per sentence: fact `i`, with the answer at `key` inside it
 * (the whole sentence when no key is given). Offsets are the article's.
 */
export function factSource(article: string, facts: readonly string[], i: number, key = facts[i]!) {
  const sentence = facts[i]!;
  const start = article.indexOf(sentence);
  const at = start + sentence.indexOf(key);
  return { sentence, start, end: start + sentence.length, answer: { start: at, end: at + key.length } };
}

/**
 * A multiple-choice question blanking `key` out of fact `i`, with its own invented wrong options (two questions sharing
 * a pool would each be answered from the other).
 */
export function factChoice(article: string, facts: readonly string[], i: number, key: string): GeneratedQuestion {
  const options = [key, `Ardle ${i}`, `Brisk ${i}`, `Cotter ${i}`].map((text, n) => ({ id: `o${n}`, text }));
  return {
    type: "MULTIPLE_CHOICE",
    prompt: facts[i]!.replace(key, BLANK),
    options,
    answerKey: { kind: "choice", optionId: "o0" },
    answerText: key,
    source: factSource(article, facts, i, key),
    spanType: "CITY",
    keyKind: "name",
    score: 0.7,
    confidence: 0.7,
  };
}

/**
 * Fact `i` as a true/false statement, scored as sure as it is: true as written, or false with its last word changed (the
 * article then settles it).
 */
export function factStatement(article: string, facts: readonly string[], i: number, isTrue: boolean, confidence = 0.7): GeneratedQuestion {
  const text = isTrue ? facts[i]! : facts[i]!.replace(/\w+\.$/, "moon.");
  return statementQuestion({ statement: text, isTrue, source: factSource(article, facts, i), keyKind: "statement", confidence, score: confidence });
}
