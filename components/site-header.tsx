import Link from "next/link";
import { getSessionUser, homeFor } from "@/lib/auth/guard";
import { SignOutButton } from "./auth/sign-out-button";
import { SiteNav } from "./site-nav";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="no-print border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex flex-wrap items-center gap-4">
          <Link href={user ? homeFor(user.role) : "/"} className="text-xl font-bold tracking-tight text-accent-700 dark:text-accent-100">
            Factbound
          </Link>
          {user && <SiteNav role={user.role} />}
        </div>
        {user ? (
          <div className="flex items-center gap-4">
            <span className="text-sm text-zinc-700 dark:text-zinc-300">
              Signed in as <strong>{user.name}</strong>
              <span className="sr-only"> ({user.role === "TEACHER" ? "teacher" : "student"})</span>
            </span>
            <SignOutButton />
          </div>
        ) : (
          <Link href="/login" className="font-semibold text-accent-700 underline-offset-4 hover:underline dark:text-accent-100">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
