import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Card } from "@/components/ui/card";
import { getSessionUser, homeFor } from "@/lib/auth/guard";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const user = await getSessionUser();
  if (user) redirect(homeFor(user.role));
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Sign in to Factbound</h1>
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">Students: use the username and password from your login card or your teacher.</p>
      <Card>
        <LoginForm callbackPath={safeCallbackPath(callbackUrl)} />
      </Card>
      <p className="mt-4 text-center">
        New student with a class code?{" "}
        <Link href="/join" className="font-semibold text-accent-700 underline dark:text-accent-100">
          Join a class
        </Link>
        <br />
        Teacher?{" "}
        <Link href="/register" className="font-semibold text-accent-700 underline dark:text-accent-100">
          Create an account
        </Link>
      </p>
    </div>
  );
}
