"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";

const MESSAGES: Record<string, string> = {
  RateLimited: "Too many failed sign-ins for now. Wait a minute, then try again, or ask your teacher to reset your password.",
  CredentialsSignin: "That username or password is not right. Check both and try again.",
};

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get("identifier") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!identifier || !password) {
      setError("Enter your username (or email) and your password.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", { identifier, password, redirect: false });
      if (!res || res.error) {
        setError(MESSAGES[res?.error ?? ""] ?? MESSAGES.CredentialsSignin!);
        setPending(false);
        return;
      }
      router.replace(callbackPath);
      router.refresh();
    } catch {
      setError("We could not reach Factbound. Check the connection and try again.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div>
        <label htmlFor="identifier" className="mb-1 block font-semibold">
          Username or email
        </label>
        <input
          id="identifier"
          name="identifier"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          className="min-h-12 w-full rounded-lg border border-zinc-400 bg-white px-3 text-base dark:border-zinc-600 dark:bg-zinc-950"
        />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-semibold">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="min-h-12 w-full rounded-lg border border-zinc-400 bg-white px-3 text-base dark:border-zinc-600 dark:bg-zinc-950"
        />
      </div>
      <div aria-live="polite" role="status" className="min-h-6">
        {error && (
          <p className="rounded-lg bg-wrong-50 px-3 py-2 font-medium text-wrong-600 dark:bg-red-950 dark:text-red-200">{error}</p>
        )}
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
