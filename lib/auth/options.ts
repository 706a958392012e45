import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { CLIENT_ADDRESS_HEADER } from "../net/client-address";
import { findUserForSignIn, isSessionRevoked } from "../users/data";
import { revokeSession } from "../users/mutations";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInKeys } from "./rate-limit-keys";
import { clearSignInFailures, takeSignInTry } from "./rate-limit";
import { safeCallbackPath } from "./safe-redirect";

/** Error codes the sign-in form turns into messages. */
export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin",
  rateLimited: "RateLimited",
} as const;

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60; // a school day

const CredentialsSchema = z.object({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

/** Thrown from the jwt callback for a signed-out session: next-auth then clears the cookie. */
class SessionEndedError extends Error {
  constructor() {
    super("This session was signed out.");
  }
}

function headerValue(headers: Record<string, string | string[] | undefined> | undefined, name: string): string | null {
  const value = headers?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Check a username-or-email and password. The same answer (null) for an unknown
 * account and a wrong password, after the same amount of work, so a sign-in
 * never tells whether an account exists. Each try is counted before the
 * password is checked (see rate-limit.ts).
 */
export async function authorizeCredentials(raw: unknown, address: string | null, now = new Date()) {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { identifier, password } = parsed.data;
  const user = await findUserForSignIn(identifier);
  const keys = signInKeys(user ? { userId: user.id } : { typed: identifier }, address ?? "unknown");
  const taken = await takeSignInTry(keys, now);
  if (!taken.allowed) throw new Error(SIGN_IN_ERRORS.rateLimited);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) return null;
  await clearSignInFailures(keys);
  return { id: user.id, role: user.role, username: user.username, name: user.displayName, sessionVersion: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Username and password",
      credentials: {
        identifier: { label: "Username or email", type: "text" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials, req) => authorizeCredentials(credentials, headerValue(req?.headers, CLIENT_ADDRESS_HEADER)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.username = user.username;
        token.name = user.name;
        token.sv = user.sessionVersion;
        // One id per sign-in, kept as the token is refreshed: signing out revokes it.
        token.sid = randomUUID();
        return token;
      }
      if (!token.sid || (await isSessionRevoked(token.sid))) throw new SessionEndedError();
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role && token.username) {
        session.user = {
          id: token.uid,
          role: token.role,
          username: token.username,
          name: token.name ?? token.username,
          sessionVersion: token.sv ?? 0,
        };
      }
      return session;
    },
    // Only this app's own paths, parsed as the browser would (see safe-redirect.ts).
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return baseUrl + safeCallbackPath(path);
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.sid || !token.uid) return;
      const exp = typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_SECONDS * 1000;
      await revokeSession(token.sid, token.uid, new Date(exp));
    },
  },
  logger: {
    error(code, metadata) {
      // A signed-out session presented again is expected, not an error worth logging.
      const err = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      if (err instanceof SessionEndedError || (err instanceof Error && err.message === new SessionEndedError().message)) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
