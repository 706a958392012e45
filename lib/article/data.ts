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

/** A teacher sees their own articles and the built-in ones (read-only), never another teacher's. */
const visibleTo = (teacherId: string) => ({ OR: [{ ownerId: teacherId }, { builtIn: true }] });

/** The teacher's library: the latest revision of each article, archived ones apart. */
export async function listArticlesForTeacher(teacherId: string) {
  const rows = await getDb().article.findMany({
    where: { ...visibleTo(teacherId), revisedBy: { none: {} } },
    orderBy: [{ builtIn: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      builtIn: true,
      source: true,
      sourceName: true,
      archivedAt: true,
      revisesId: true,
      createdAt: true,
      _count: { select: { quizzes: { where: { ownerId: teacherId } } } },
    },
  });
  return { active: rows.filter((a) => !a.archivedAt), archived: rows.filter((a) => a.archivedAt) };
}
export type LibraryArticle = Awaited<ReturnType<typeof listArticlesForTeacher>>["active"][number];

/** One article the teacher may see, with the teacher's quizzes that use it; null when not theirs nor built in. */
export async function getArticleForTeacher(articleId: string, teacherId: string) {
  const db = getDb();
  const article = await db.article.findFirst({
    where: { id: articleId, ...visibleTo(teacherId) },
    select: {
      id: true,
      ownerId: true,
      title: true,
      body: true,
      builtIn: true,
      source: true,
      sourceName: true,
      archivedAt: true,
      revisesId: true,
      createdAt: true,
      updatedAt: true,
      facts: { orderBy: { start: "asc" }, select: { start: true, end: true } },
      quizzes: {
        where: { ownerId: teacherId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, title: true, status: true, archivedAt: true, _count: { select: { attempts: true } } },
      },
    },
  });
  if (!article) return null;
  const latestId = await latestRevisionId(article.id);
  return { ...article, readOnly: article.builtIn || article.ownerId !== teacherId, latestId: latestId === article.id ? null : latestId };
}
export type TeacherArticle = NonNullable<Awaited<ReturnType<typeof getArticleForTeacher>>>;

/** Follows "revised by" links to the newest revision (chains are short: one link per edit of a used article). */
async function latestRevisionId(articleId: string): Promise<string> {
  let id = articleId;
  for (let i = 0; i < 100; i++) {
    const next = await getDb().article.findFirst({ where: { revisesId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    if (!next) return id;
    id = next.id;
  }
  return id;
}

/** An article a teacher may make quizzes from: their own, or the built-in one. Null otherwise. */
export function findArticleForTeacher(articleId: string, teacherId: string) {
  return getDb().article.findFirst({
    where: { id: articleId, OR: [{ ownerId: teacherId }, { builtIn: true }] },
    select: { id: true, title: true, body: true, builtIn: true, ownerId: true },
  });
}
export type ArticleToQuiz = NonNullable<Awaited<ReturnType<typeof findArticleForTeacher>>>;
