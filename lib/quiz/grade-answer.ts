import { z } from "zod";
import type { Answer, AnswerKey, Grade, GradableQuestion } from "./types";

export const AnswerSchema = z.object({ kind: z.literal("choice"), optionId: z.string().min(1).max(64) });
export const AnswerKeySchema = z.object({ kind: z.literal("choice"), optionId: z.string().min(1) });

/** Is this answer one the question can take (an option it actually offers)? */
export function isAnswerFor(question: Pick<GradableQuestion, "options">, answer: Answer): boolean {
  return question.options.some((o) => o.id === answer.optionId);
}

/** Grade one answer against the key. Correctness only; speed is the game's business. */
export function gradeAnswer(question: GradableQuestion, answer: Answer): Grade {
  const correct = answer.kind === question.answerKey.kind && answer.optionId === question.answerKey.optionId;
  return { correct, points: correct ? question.points : 0 };
}

/** The key parsed from storage; throws on a malformed key rather than grading wrongly. */
export function parseAnswerKey(raw: unknown): AnswerKey {
  return AnswerKeySchema.parse(raw);
}

/** Is a stored answer the same as this one (a replay rather than a change of mind)? */
export function sameAnswer(stored: unknown, answer: Answer): boolean {
  const parsed = AnswerSchema.safeParse(stored);
  return parsed.success && parsed.data.kind === answer.kind && parsed.data.optionId === answer.optionId;
}
