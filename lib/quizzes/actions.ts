"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { updateQuizSettings } from "./mutations";
import { UpdateQuizSettingsSchema } from "./schema";

export const saveQuizSettings = guardedAction("TEACHER", UpdateQuizSettingsSchema, async (input, user) => {
  const saved = await updateQuizSettings(user.id, input.quizId, {
    feedbackAfterEach: input.feedbackAfterEach,
    shuffleQuestions: input.shuffleQuestions,
    timeLimitSeconds: input.timeLimitMinutes > 0 ? input.timeLimitMinutes * 60 : undefined,
    lateRule: input.lateRule,
  });
  if (!saved) throw new ActionError("That quiz was not found.");
  return { saved: true as const };
});
