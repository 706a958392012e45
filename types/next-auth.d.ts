import type { DefaultSession } from "next-auth";

type AppRole = "TEACHER" | "STUDENT";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: AppRole; username: string; name: string; sessionVersion: number } & Omit<DefaultSession["user"], "name">;
  }
  interface User {
    id: string;
    role: AppRole;
    username: string;
    name: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: AppRole;
    username?: string;
    sv?: number;
    /** This sign-in's id, revoked on sign-out. */
    sid?: string;
  }
}
