import "server-only";
import { getDb } from "../db/client";
import { parseAssignmentSettings } from "../quiz/settings";

/** The teacher's quizzes with their assignments and how many students have submitted. */
export function listQuizzesForTeacher(teacherId: string) {
  return getDb().quiz.findMany({
    where: { ownerId: teacherId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      article: { select: { title: true } },
      _count: { select: { questions: true } },
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
      article: { select: { title: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, type: true, prompt: true, options: true, answerKey: true, explanation: true } },
      assignments: { select: { id: true, classroom: { select: { name: true } } } },
    },
  });
  return quiz && { ...quiz, settings: parseAssignmentSettings(quiz.settings) };
}
