import "server-only";
import type { z } from "zod";
import { findArticleForTeacher, type ArticleToQuiz } from "../article/data";
import { getClassForTeacher } from "../classroom/data";
import { findOwnedQuiz, type OwnedQuiz } from "../quizzes/data";
import { ActionError, guardedAction, type SessionUser } from "./guard";

/*
 * Guards that carry the resource (STYLE.md 13): the handler receives the record
 * the caller owns, already loaded, or the caller gets "not found". Ownership is
 * checked here once, so a handler cannot forget it.
 */

type OwnedClass = NonNullable<Awaited<ReturnType<typeof getClassForTeacher>>>;

function resourceAction<S extends z.ZodType, R, T, C>(
  schema: S,
  load: (input: z.infer<S>, teacherId: string) => Promise<R | null>,
  notFound: string,
  context: (user: SessionUser, resource: R) => C,
  handler: (input: z.infer<S>, ctx: C) => Promise<T>,
) {
  return guardedAction("TEACHER", schema, async (input, user) => {
    const resource = await load(input, user.id);
    if (!resource) throw new ActionError(notFound);
    return handler(input, context(user, resource));
  });
}

/** A teacher's action on one of their quizzes: `handler(input, { user, quiz })`. */
export function teacherQuizAction<S extends z.ZodType<{ quizId: string }>, T>(schema: S, handler: (input: z.infer<S>, ctx: { user: SessionUser; quiz: OwnedQuiz }) => Promise<T>) {
  return resourceAction(schema, (input, teacherId) => findOwnedQuiz(input.quizId, teacherId), "That quiz was not found.", (user, quiz) => ({ user, quiz }), handler);
}

/** A teacher's action on one of their classes: `handler(input, { user, classroom })`. */
export function teacherClassAction<S extends z.ZodType<{ classId: string }>, T>(schema: S, handler: (input: z.infer<S>, ctx: { user: SessionUser; classroom: OwnedClass }) => Promise<T>) {
  return resourceAction(schema, (input, teacherId) => getClassForTeacher(input.classId, teacherId), "That class was not found.", (user, classroom) => ({ user, classroom }), handler);
}

/** A teacher's action on an article they may use (their own or the built-in one). */
export function teacherArticleAction<S extends z.ZodType<{ articleId: string }>, T>(
  schema: S,
  handler: (input: z.infer<S>, ctx: { user: SessionUser; article: ArticleToQuiz }) => Promise<T>,
) {
  return resourceAction(schema, (input, teacherId) => findArticleForTeacher(input.articleId, teacherId), "That article was not found.", (user, article) => ({ user, article }), handler);
}
