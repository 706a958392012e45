import "server-only";
import { getDb } from "../db/client";

/** The account a sign-in names, by username or email (both compared in lower case). */
export function findUserForSignIn(identifier: string) {
  const value = identifier.trim().toLowerCase();
  return getDb().user.findFirst({
    where: value.includes("@") ? { email: value } : { username: value },
    select: { id: true, role: true, username: true, displayName: true, passwordHash: true, sessionVersion: true },
  });
}

/** The account behind a session, for checking it still exists and the session is current. */
export function findSessionAccount(userId: string) {
  return getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, username: true, displayName: true, sessionVersion: true },
  });
}

/** True when this sign-in was ended by signing out. */
export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await getDb().revokedSession.findUnique({ where: { id: sessionId }, select: { id: true } })) !== null;
}

/** Stored password hashes of these accounts (for the demo-password notice). */
export function findPasswordHashes(usernames: string[]) {
  return getDb().user.findMany({ where: { username: { in: usernames } }, select: { username: true, passwordHash: true } });
}
