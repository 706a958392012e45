import { z } from "zod";

export const MAX_TIME_LIMIT_SECONDS = 3 * 60 * 60;

/** A quiz's settings as stored in Quiz.settings. */
export const QuizSettingsSchema = z.object({
  shuffleQuestions: z.boolean().default(false),
  /** Show right/wrong and the source sentence after each answer. */
  feedbackAfterEach: z.boolean().default(false),
  /** Time for the whole quiz, in seconds; absent = untimed. */
  timeLimitSeconds: z.number().int().min(30).max(MAX_TIME_LIMIT_SECONDS).optional(),
  /** What a late answer earns: "count" keeps its points (flagged late), "zero" gives none. */
  lateRule: z.enum(["count", "zero"]).default("count"),
});
export type QuizSettings = z.infer<typeof QuizSettingsSchema>;

export function parseQuizSettings(raw: unknown): QuizSettings {
  const parsed = QuizSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : QuizSettingsSchema.parse({});
}
