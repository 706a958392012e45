import "server-only";
import { parseOptions } from "../attempt/public-question";
import { getDb } from "../db/client";
import { parseAnswerKey } from "../quiz/grade-answer";
import { parseAssignmentSettings } from "../quiz/settings";

/** The teacher's quizzes (archived ones left out) with their assignments and how many students have submitted. */
export function listQuizzesForTeacher(teacherId: string) {
  return getDb().quiz.findMany({
    where: { ownerId: teacherId, archivedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      article: { select: { title: true } },
      _count: { select: { questions: { where: { retiredInVersion: null } } } },
      assignments: {
        select: {
          id: true,
          classroom: { select: { name: true, _count: { select: { enrollments: true } } } },
          _count: { select: { attempts: { where: { submittedAt: { not: null } } } } },
        },
      },
    },
  });
}

/**
 * One of the teacher's quizzes with its questions, for its overview page; null
 * when not theirs. `settings` are the defaults its next assignment starts from.
 */
export async function getQuizForTeacher(quizId: string, teacherId: string) {
  const quiz = await getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: {
      id: true,
      title: true,
      status: true,
      settings: true,
      archivedAt: true,
      _count: { select: { attempts: true } },
      article: { select: { title: true } },
      questions: { where: { retiredInVersion: null }, orderBy: { position: "asc" }, select: { id: true, type: true, prompt: true, options: true, answerKey: true, explanation: true } },
      assignments: { select: { id: true, classroom: { select: { name: true } } } },
    },
  });
  return quiz && { ...quiz, settings: parseAssignmentSettings(quiz.settings) };
}

/** The teacher's archived quizzes, for restoring. */
export function listArchivedQuizzesForTeacher(teacherId: string) {
  return getDb().quiz.findMany({
    where: { ownerId: teacherId, archivedAt: { not: null } },
    orderBy: { archivedAt: "desc" },
    select: { id: true, title: true, archivedAt: true, article: { select: { title: true } } },
  });
}

/** Everything a paper worksheet shows: the questions in order with their parsed options, keys and source sentences. */
export async function getQuizWorksheet(quizId: string, teacherId: string) {
  const quiz = await getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: {
      id: true,
      title: true,
      article: { select: { title: true } },
      questions: { where: { retiredInVersion: null }, orderBy: { position: "asc" }, select: { id: true, type: true, prompt: true, options: true, answerKey: true, explanation: true } },
    },
  });
  if (!quiz) return null;
  return {
    ...quiz,
    questions: quiz.questions.map((q) => ({ ...q, options: parseOptions(q.options), answerKey: parseAnswerKey(q.answerKey) })),
  };
}
export type QuizWorksheet = NonNullable<Awaited<ReturnType<typeof getQuizWorksheet>>>;

/** The quiz a teacher-quiz action acts on: owned by the caller, or null. */
export function findOwnedQuiz(quizId: string, teacherId: string) {
  return getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: { id: true, articleId: true, title: true, status: true, version: true, seed: true },
  });
}
export type OwnedQuiz = NonNullable<Awaited<ReturnType<typeof findOwnedQuiz>>>;
