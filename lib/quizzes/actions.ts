"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { deleteUnusedQuiz, duplicateQuiz as copyQuiz, setQuizArchived } from "./mutations";
import { QuizIdSchema } from "./schema";

const QUIZ_NOT_FOUND = "That quiz was not found.";

export const duplicateQuiz = guardedAction("TEACHER", QuizIdSchema, async ({ quizId }, user) => {
  const copy = await copyQuiz(user.id, quizId);
  if (!copy) throw new ActionError(QUIZ_NOT_FOUND);
  return { quizId: copy.id };
});

export const archiveQuiz = guardedAction("TEACHER", QuizIdSchema, async ({ quizId }, user) => {
  if (!(await setQuizArchived(user.id, quizId, true))) throw new ActionError(QUIZ_NOT_FOUND);
  return { archived: true as const };
});

export const restoreQuiz = guardedAction("TEACHER", QuizIdSchema, async ({ quizId }, user) => {
  if (!(await setQuizArchived(user.id, quizId, false))) throw new ActionError(QUIZ_NOT_FOUND);
  return { archived: false as const };
});

export const deleteQuiz = guardedAction("TEACHER", QuizIdSchema, async ({ quizId }, user) => {
  const result = await deleteUnusedQuiz(user.id, quizId);
  if (result === "not-found") throw new ActionError(QUIZ_NOT_FOUND);
  if (result === "has-results") {
    throw new ActionError("Students have answered this quiz, so it cannot be deleted. Archive it instead: it leaves your lists and every result stays.");
  }
  return { deleted: true as const };
});
