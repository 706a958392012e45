import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { JoinForm } from "@/components/auth/join-form";
import { Card } from "@/components/ui/card";
import { getSessionUser, homeFor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const user = await getSessionUser();
  if (user) redirect(homeFor(user.role));
  const { code } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Join a class</h1>
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">
        New to Factbound? Enter your class code. Have an account already?{" "}
        <Link href="/login" className="font-semibold text-accent-700 underline dark:text-accent-100">
          Sign in
        </Link>{" "}
        and join from your quizzes page.
      </p>
      <Card>
        <JoinForm initialCode={typeof code === "string" ? code.slice(0, 12) : ""} />
      </Card>
    </div>
  );
}
