import "server-only";
import { closeExpiredAttempts } from "../attempt/submit-attempt";
import { getDb } from "../db/client";

/**
 * A quiz's results for its owner: per assigned class, every enrolled student
 * with their attempts. Null when the quiz is not this teacher's.
 */
export async function getQuizResultsForTeacher(quizId: string, teacherId: string) {
  // Attempts whose time ran out are handed in first, so none reads as still running.
  await closeExpiredAttempts({ quizId });
  return getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: {
      id: true,
      title: true,
      article: { select: { title: true } },
      _count: { select: { questions: { where: { retiredInVersion: null } } } },
      assignments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          dueAt: true,
          classroom: {
            select: {
              id: true,
              name: true,
              enrollments: {
                orderBy: { student: { displayName: "asc" } },
                select: { student: { select: { id: true, displayName: true, username: true } } },
              },
            },
          },
          attempts: {
            orderBy: { number: "asc" },
            select: { id: true, studentId: true, number: true, quizVersion: true, startedAt: true, submittedAt: true, score: true, maxScore: true, _count: { select: { responses: true } } },
          },
        },
      },
    },
  });
}
