import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/auth/register-form";
import { Card } from "@/components/ui/card";
import { getSessionUser, homeFor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Create a teacher account" };

export default async function RegisterPage() {
  const user = await getSessionUser();
  if (user) redirect(homeFor(user.role));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Create a teacher account</h1>
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">
        Students do not need this: they{" "}
        <Link href="/join" className="font-semibold text-accent-700 underline dark:text-accent-100">
          join with a class code
        </Link>{" "}
        or use a login card.
      </p>
      <Card>
        <RegisterForm />
      </Card>
      <p className="mt-4 text-center">
        Already have an account?{" "}
        <Link href="/login" className="font-semibold text-accent-700 underline dark:text-accent-100">
          Sign in
        </Link>
      </p>
    </div>
  );
}
