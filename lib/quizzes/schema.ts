import { z } from "zod";
import { MAX_TIME_LIMIT_SECONDS } from "../quiz/settings";

export const UpdateQuizSettingsSchema = z.object({
  quizId: z.string().min(1).max(64),
  feedbackAfterEach: z.boolean(),
  shuffleQuestions: z.boolean(),
  /** Whole minutes; 0 or empty = untimed. */
  timeLimitMinutes: z
    .number()
    .int("Use whole minutes.")
    .min(0)
    .max(MAX_TIME_LIMIT_SECONDS / 60, `At most ${MAX_TIME_LIMIT_SECONDS / 60} minutes.`),
  lateRule: z.enum(["count", "zero"]),
});

export const QuizIdSchema = z.object({ quizId: z.string().min(1).max(64) });
