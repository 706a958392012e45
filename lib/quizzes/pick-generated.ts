import { ALL_TYPES, generateQuestions } from "../generation/generate-questions";
import type { GeneratedQuestion, GeneratedQuestionType } from "../generation/types";

/** Enough to keep every sentence's best candidate: the generator keeps one per sentence. */
const WIDE_COUNT = 500;
const SEED_TRIES = 4;

function signature(q: { prompt: string; options: { text: string }[] }): string {
  return [q.prompt, ...q.options.map((o) => o.text).sort()].join("\u0000");
}

/**
 * A generated question whose source starts at this sentence, unlike those in
 * `avoid` (same prompt and options). Tries the preferred types first, then any
 * type, over a few seeds from `seed`. Null when the sentence yields nothing new.
 */
export function pickQuestionForSentence(
  text: string,
  sentenceStart: number,
  options: { seed: number; preferTypes?: GeneratedQuestionType[]; avoid?: { prompt: string; options: { text: string }[] }[] },
): GeneratedQuestion | null {
  const avoid = new Set((options.avoid ?? []).map(signature));
  const typeSets = options.preferTypes?.length ? [options.preferTypes, ALL_TYPES] : [ALL_TYPES];
  for (const types of typeSets) {
    for (let i = 0; i < SEED_TRIES; i++) {
      // Unsure candidates too (marked for a look): the teacher asked about this sentence.
      const { questions } = generateQuestions(text, { count: WIDE_COUNT, seed: options.seed + i * 7919, types, keepUnsure: true });
      const found = questions.find((q) => q.source.start === sentenceStart && !avoid.has(signature(q)));
      if (found) return found;
    }
  }
  return null;
}
