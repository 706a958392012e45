import { z } from "zod";
import { AnswerSchema } from "../quiz/grade-answer";

const Id = z.string().min(1).max(64);

export const StartAttemptSchema = z.object({ assignmentId: Id });
export const AnswerQuestionSchema = z.object({
  attemptId: Id,
  questionId: Id,
  answer: AnswerSchema,
  timeMs: z.number().int().min(0).max(24 * 60 * 60 * 1000).optional(),
});
export const AttemptIdSchema = z.object({ attemptId: Id });

/** An attempt's `questionOrder` (and a live game's `questionIds`): the JSON column's one shape. */
export const QuestionIdsSchema = z.array(z.string());

/** The question ids a JSON column holds, in order; throws on a column that is not a list of ids. */
export function parseQuestionIds(value: unknown): string[] {
  return QuestionIdsSchema.parse(value);
}
