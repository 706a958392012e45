import { z } from "zod";

/** A quiz's settings as stored in Quiz.settings. */
export const QuizSettingsSchema = z.object({
  shuffleQuestions: z.boolean().default(false),
  /** Show right/wrong and the source sentence after each answer. */
  feedbackAfterEach: z.boolean().default(false),
});
export type QuizSettings = z.infer<typeof QuizSettingsSchema>;

export function parseQuizSettings(raw: unknown): QuizSettings {
  const parsed = QuizSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : QuizSettingsSchema.parse({});
}
