import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { authOptions } from "./options";

export type AppRole = "TEACHER" | "STUDENT";
export interface SessionUser {
  id: string;
  role: AppRole;
  username: string;
  name: string;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, role: user.role, username: user.username, name: user.name };
}

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

/**
 * The one guarded path for every server action: checks the session and role,
 * parses the input with the action's zod schema, then runs the handler. A
 * handler throws ActionError for a message the user should see; anything else
 * becomes a generic failure (and is logged on the server).
 */
export function guardedAction<S extends z.ZodType, T>(
  role: AppRole,
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const user = await getSessionUser();
    if (!user) return { ok: false, error: "Your session has ended. Sign in again to continue." };
    if (user.role !== role) return { ok: false, error: "Not found." };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: "Some of what was sent is not valid.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    }
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (err) {
      if (err instanceof ActionError) return { ok: false, error: err.message };
      console.error("Action failed", err);
      return { ok: false, error: "Something went wrong on our side. Please try again." };
    }
  };
}
