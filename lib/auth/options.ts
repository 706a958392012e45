import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { findUserForSignIn } from "../users/data";
import { dummyPasswordHash, verifyPassword } from "./password";
import { isSignInBlocked, noteFailedSignIn, noteSuccessfulSignIn } from "./rate-limit";

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

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || null;
}

/**
 * Check a username-or-email and password. The same answer (null) for an unknown
 * account and a wrong password, after the same amount of work, so a sign-in
 * never tells whether an account exists.
 */
export async function authorizeCredentials(raw: unknown, address: string | null) {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { identifier, password } = parsed.data;
  if (await isSignInBlocked(identifier, address)) throw new Error(SIGN_IN_ERRORS.rateLimited);
  const user = await findUserForSignIn(identifier);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await noteFailedSignIn(identifier, address);
    return null;
  }
  await noteSuccessfulSignIn(identifier);
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
      authorize: (credentials, req) => authorizeCredentials(credentials, clientAddress(req?.headers)),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.username = user.username;
        token.name = user.name;
        token.sv = user.sessionVersion;
      }
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
  },
};
