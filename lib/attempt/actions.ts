"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { recordResponse, startOrResumeAttempt, startPracticeFromAttempt, submitAttempt } from "./mutations";
import { AnswerQuestionSchema, AttemptIdSchema, StartAttemptSchema } from "./schema";

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
    case "locked":
      throw new ActionError("You already answered this question; your first answer stands.");
    case "time-up":
      throw new ActionError("Time is up: your quiz was handed in when the time ran out, and this answer was not counted.");
  }
  const base = { locked: true as const, duplicate: result.status === "already-recorded", late: result.late };
  // The key leaves the server only once the answer is locked, and only when the quiz gives feedback.
  if (!result.feedbackAfterEach) return base;
  return { ...base, feedback: {
      correct: result.correct,
      key: result.key,
      explanation: result.explanation,
      sentenceStart: result.sentenceStart,
    },
  };
});

export const finishAttempt = guardedAction("STUDENT", AttemptIdSchema, async ({ attemptId }, user) => {
  const result = await submitAttempt(attemptId, user.id);
  if (result.status === "not-found") throw new ActionError(NOT_FOUND);
  return result;
});

export const practiceMissed = guardedAction("STUDENT", AttemptIdSchema, async ({ attemptId }, user) => {
  const result = await startPracticeFromAttempt(attemptId, user.id);
  switch (result.status) {
    case "not-found":
      throw new ActionError(NOT_FOUND);
    case "not-submitted":
      throw new ActionError("Submit this quiz first; then you can practise what you missed.");
    case "nothing-missed":
      throw new ActionError("You got every question right: nothing to practise here.");
    default:
      return result;
  }
});
