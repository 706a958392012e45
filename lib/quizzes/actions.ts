"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { teacherArticleAction, teacherQuizAction } from "../auth/resource-guards";
import { generateQuestions } from "../generation/generate-questions";
import { countCurrentQuestions, findQuestionForRegeneration, findQuizArticleText, findSentenceAt, listQuestionsNeedingALook } from "./editor-data";
import { createQuiz, deleteUnusedQuiz, duplicateQuiz as copyQuiz, factsByStart, generatedQuestionRow, publishQuiz as publish, setQuizArchived } from "./mutations";
import { newSeed } from "./new-seed";
import { pickQuestionForSentence } from "./pick-generated";
import { questionFromDraft } from "./question-draft";
import * as questions from "./question-mutations";
import {
  AddQuestionSchema,
  GenerateQuizSchema,
  MoveQuestionSchema,
  PublishQuizSchema,
  QuestionRefSchema,
  QuizIdSchema,
  SentenceQuestionSchema,
  UpdateQuestionSchema,
} from "./schema";

const QUESTION_NOT_FOUND = "That question was not found. Reload the page to see the quiz as it is now.";

/** Generate a draft quiz from an article. Nothing is stored when the article yields no question. */
export const generateQuiz = teacherArticleAction(GenerateQuizSchema, async ({ count, types }, { user, article }) => {
  const seed = newSeed();
  const started = performance.now();
  const result = generateQuestions(article.body, { count, seed, types });
  const generateMs = Math.round(performance.now() - started);
  if (result.questions.length === 0) return { quizId: null, made: 0, asked: count, notes: result.notes, generateMs };
  const quiz = await createQuiz({ articleId: article.id, ownerId: user.id, title: article.title, seed, questions: result.questions });
  return { quizId: quiz.id, made: result.questions.length, asked: count, notes: result.notes, generateMs };
});

export const saveQuestion = teacherQuizAction(UpdateQuestionSchema, async ({ questionId, draft }, { user, quiz }) => {
  const id = await questions.updateQuestionContent(user.id, quiz.id, questionId, questionFromDraft(draft));
  if (!id) throw new ActionError(QUESTION_NOT_FOUND);
  return { questionId: id };
});

export const deleteQuestion = teacherQuizAction(QuestionRefSchema, async ({ questionId }, { user, quiz }) => {
  if (!(await questions.deleteQuestion(user.id, quiz.id, questionId))) throw new ActionError(QUESTION_NOT_FOUND);
  return { deleted: true as const };
});

export const moveQuestion = teacherQuizAction(MoveQuestionSchema, async ({ questionId, direction }, { user, quiz }) => {
  if (!(await questions.moveQuestion(user.id, quiz.id, questionId, direction))) throw new ActionError(QUESTION_NOT_FOUND);
  return { moved: true as const };
});

export const markQuestionChecked = teacherQuizAction(QuestionRefSchema, async ({ questionId }, { user, quiz }) => {
  if (!(await questions.markQuestionChecked(user.id, quiz.id, questionId))) throw new ActionError(QUESTION_NOT_FOUND);
  return { checked: true as const };
});

/** A question the teacher writes, with or without a source sentence of the article. */
export const addQuestion = teacherQuizAction(AddQuestionSchema, async ({ draft, sentenceStart }, { user, quiz }) => {
  const source = sentenceStart === null ? null : await findSentenceAt(quiz.articleId, sentenceStart);
  if (sentenceStart !== null && !source) throw new ActionError("That sentence is not in the article. Choose another, or none.");
  const factId = source?.id ?? null;
  const explanation = source?.sentence ?? "";
  const content = questionFromDraft(draft);
  const id = await questions.addQuestion(user.id, quiz.id, { ...questions.questionContentData(content), factId, explanation, handMade: true, editedAt: new Date() });
  if (!id) throw new ActionError("That quiz was not found.");
  return { questionId: id };
});

/** Another question from the same sentence (another seed). A question the teacher changed is kept. */
export const regenerateQuestion = teacherQuizAction(QuestionRefSchema, async ({ questionId }, { user, quiz }) => {
  const current = await findQuestionForRegeneration(quiz.id, questionId, user.id);
  if (!current) throw new ActionError(QUESTION_NOT_FOUND);
  if (current.edited) throw new ActionError("You wrote or changed this question, so it stays as it is. Edit it, or delete it.");
  if (current.sentenceStart === null) throw new ActionError("This question has no source sentence to make another from.");
  const picked = pickQuestionForSentence(current.articleText, current.sentenceStart, { seed: newSeed(), preferTypes: [current.type], avoid: [current] });
  if (!picked) throw new ActionError("The generator found no other question in this sentence. Edit this one, or delete it.");
  const { factId, ...row } = generatedQuestionRow(picked, await factsByStart(quiz.articleId));
  const id = await questions.replaceWithGenerated(user.id, quiz.id, questionId, { ...row, factId });
  if (!id) throw new ActionError(QUESTION_NOT_FOUND);
  return { questionId: id };
});

/** "Make a question from this sentence": the generator's candidate for that sentence, added at the end. */
export const makeQuestionFromSentence = teacherQuizAction(SentenceQuestionSchema, async ({ sentenceStart }, { user, quiz }) => {
  const article = await findQuizArticleText(quiz.id, user.id);
  if (!article) throw new ActionError("That quiz was not found.");
  const picked = pickQuestionForSentence(article.articleText, sentenceStart, { seed: newSeed(), avoid: article.questions });
  if (!picked) return { questionId: null };
  const row = generatedQuestionRow(picked, await factsByStart(quiz.articleId));
  const id = await questions.addQuestion(user.id, quiz.id, row);
  if (!id) throw new ActionError("That quiz was not found.");
  return { questionId: id };
});

/**
 * Draft -> published. While questions need a look and the teacher has not
 * confirmed, nothing changes and the list comes back for them to see.
 */
export const publishQuiz = teacherQuizAction(PublishQuizSchema, async ({ confirmed }, { user, quiz }) => {
  if (quiz.status !== "DRAFT") throw new ActionError("This quiz is already published.");
  if ((await countCurrentQuestions(quiz.id, user.id)) === 0) throw new ActionError("Add at least one question before publishing.");
  const unsure = await listQuestionsNeedingALook(quiz.id, user.id);
  if (unsure.length > 0 && !confirmed) return { published: false as const, needsALook: unsure };
  if (!(await publish(user.id, quiz.id))) throw new ActionError("This quiz is already published.");
  return { published: true as const, needsALook: unsure };
});

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
