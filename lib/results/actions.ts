"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { applyRegrade as applyRegradeToQuiz } from "./regrade-mutations";
import { ApplyRegradeSchema } from "./schema";

/** Apply a previewed correction (fixed key, accepted answer or dropped question) to one of the teacher's quizzes. */
export const applyRegrade = guardedAction("TEACHER", ApplyRegradeSchema, async (input, user) => {
  const outcome = await applyRegradeToQuiz(user.id, input.quizId, input.questionId, input.change, input.reason);
  if (outcome.status === "not-found") throw new ActionError("That question was not found.");
  if (outcome.status === "invalid") throw new ActionError(outcome.error);
  return { responsesChanged: outcome.responsesChanged, attemptsChanged: outcome.attemptsChanged };
});
