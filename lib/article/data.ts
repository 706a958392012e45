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

/** An article a teacher may make quizzes from: their own, or the built-in one. Null otherwise. */
export function findArticleForTeacher(articleId: string, teacherId: string) {
  return getDb().article.findFirst({
    where: { id: articleId, OR: [{ ownerId: teacherId }, { builtIn: true }] },
    select: { id: true, title: true, body: true, builtIn: true, ownerId: true },
  });
}
export type TeacherArticle = NonNullable<Awaited<ReturnType<typeof findArticleForTeacher>>>;
