import "server-only";
import { getDb } from "../db/client";

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
