import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { cache } from "react";
import { findSessionAccount } from "../users/data";
import { authOptions } from "./options";

export type AppRole = "TEACHER" | "STUDENT";
export interface SessionUser {
  id: string;
  role: AppRole;
  username: string;
  name: string;
}

/**
 * The signed-in user, checked against the database on every request: a removed
 * account, or a session from before a password change or reset, is signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const claimed = session?.user;
  if (!claimed?.id) return null;
  const account = await findSessionAccount(claimed.id);
  if (!account || account.sessionVersion !== claimed.sessionVersion || account.role !== claimed.role) return null;
  return { id: account.id, role: account.role, username: account.username, name: account.displayName };
});

export function homeFor(role: AppRole): string {
  return role === "TEACHER" ? "/teacher" : "/student";
}

/**
 * For pages: the signed-in user with the given role. Anonymous visitors go to
 * the sign-in page; a user of the other role gets "not found", as for any page
 * that is not theirs.
 */
export async function requireUser(role: AppRole, returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  if (user.role !== role) notFound();
  return user;
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

export class ActionError extends Error {}

type Handler<S extends z.ZodType, T, U> = (input: z.infer<S>, user: U) => Promise<T>;
type Action<S extends z.ZodType, T> = (input: z.input<S>) => Promise<ActionResult<T>>;

/**
 * The one guarded path for every server action: checks the session and role
 * ("ANY" = any signed-in user), parses the input with the action's zod schema,
 * then runs the handler. A handler throws ActionError for a message the user
 * should see; anything else becomes a generic failure (logged on the server).
 */
export function guardedAction<S extends z.ZodType, T>(role: AppRole | "ANY", schema: S, handler: Handler<S, T, SessionUser>): Action<S, T> {
  return async (input) => {
    const user = await getSessionUser();
    if (!user) return { ok: false, error: "Your session has ended. Sign in again to continue." };
    if (role !== "ANY" && user.role !== role) return { ok: false, error: "Not found." };
    return parseAndRun(schema, input, (data) => handler(data, user));
  };
}

/**
 * For the few actions that anyone may call (sign-up, joining a class): same
 * parsing and error handling; the handler gets the session user or null.
 */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T, SessionUser | null>): Action<S, T> {
  return async (input) => parseAndRun(schema, input, async (data) => handler(data, await getSessionUser()));
}

async function parseAndRun<S extends z.ZodType, T>(schema: S, input: unknown, run: (data: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
    const first = Object.values(fieldErrors).flat()[0] ?? parsed.error.issues[0]?.message;
    return { ok: false, error: first ?? "Some of what was sent is not valid.", fieldErrors };
  }
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (err) {
    if (err instanceof ActionError) return { ok: false, error: err.message };
    console.error("Action failed", err);
    return { ok: false, error: "Something went wrong on our side. Please try again." };
  }
}

/**
 * For route handlers (CSV downloads): the signed-in teacher, or the response
 * to send instead: the sign-in page for a visitor, "not found" for a student.
 * The handler still reads its data with the teacher in the `where`.
 */
export async function teacherForRoute(request: Request): Promise<SessionUser | Response> {
  const user = await getSessionUser();
  if (!user) {
    const back = new URL(request.url).pathname;
    return new Response(null, { status: 307, headers: { Location: `/login?callbackUrl=${encodeURIComponent(back)}` } });
  }
  if (user.role !== "TEACHER") return notFoundResponse();
  return user;
}

export function notFoundResponse(): Response {
  return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
