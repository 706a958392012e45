"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { recordResponse, startOrResumeAttempt, submitAttempt } from "./mutations";
import { AnswerQuestionSchema, StartAttemptSchema, SubmitAttemptSchema } from "./schema";

const NOT_FOUND = "We could not find that quiz. It may have been removed, or it is not assigned to you.";

export const startAttempt = guardedAction("STUDENT", StartAttemptSchema, async ({ assignmentId }, user) => {
  const result = await startOrResumeAttempt(assignmentId, user.id);
  switch (result.status) {
    case "not-found":
      throw new ActionError(NOT_FOUND);
    case "not-open":
      throw new ActionError("This quiz is not open yet.");
    case "closed":
      throw new ActionError("This quiz is past its due date and closed.");
    default:
      return result;
  }
});

export const answerQuestion = guardedAction("STUDENT", AnswerQuestionSchema, async (input, user) => {
  const result = await recordResponse(input, user.id);
  switch (result.status) {
    case "not-found":
      throw new ActionError(NOT_FOUND);
    case "submitted":
      throw new ActionError("This attempt is already submitted; answers can no longer change.");
    case "invalid-answer":
      throw new ActionError("That answer is not one of the options.");
  }
  // The key leaves the server only when the quiz gives feedback after each answer.
  if (!result.feedbackAfterEach) return { locked: true as const, duplicate: result.status === "already-recorded" };
  return {
    locked: true as const,
    duplicate: result.status === "already-recorded",
    feedback: { correct: result.correct, correctOptionId: result.correctOptionId, explanation: result.explanation },
  };
});

export const finishAttempt = guardedAction("STUDENT", SubmitAttemptSchema, async ({ attemptId }, user) => {
  const result = await submitAttempt(attemptId, user.id);
  if (result.status === "not-found") throw new ActionError(NOT_FOUND);
  return result;
});
