import "server-only";
import { closeExpiredAttempts } from "../attempt/submit-attempt";
import { getDb } from "../db/client";
import { parseAssignmentSettings } from "../quiz/settings";
import { articleReadableDuring } from "../quiz/timing";

/**
 * An article a student may read: one behind a quiz they have an attempt on, or
 * one assigned to a class they are in. Null otherwise.
 */
export function findArticleForStudent(articleId: string, studentId: string) {
  return getDb().article.findFirst({
    where: {
      id: articleId,
      quizzes: {
        some: {
          OR: [
            { attempts: { some: { studentId } } },
            { status: "PUBLISHED", assignments: { some: { classroom: { archivedAt: null, enrollments: { some: { studentId } } } } } },
          ],
        },
      },
    },
    select: { id: true, title: true, body: true, facts: { orderBy: { start: "asc" }, select: { start: true, end: true } } },
  });
}

/**
 * The student's running attempt whose settings keep this article closed (by
 * default, any timed attempt on a quiz of this article), or null when the
 * article may be read now. Expired attempts are handed in first.
 */
export async function findAttemptKeepingArticleClosed(articleId: string, studentId: string, now = new Date()) {
  await closeExpiredAttempts({ studentId }, now);
  const running = await getDb().attempt.findMany({
    where: { studentId, submittedAt: null, quiz: { articleId } },
    select: { id: true, dueBy: true, settings: true, quiz: { select: { title: true } } },
  });
  const closing = running.find((a) => !articleReadableDuring(parseAssignmentSettings(a.settings).articleDuringAttempt, a.dueBy !== null));
  return closing ? { attemptId: closing.id, quizTitle: closing.quiz?.title ?? "your quiz" } : null;
}
