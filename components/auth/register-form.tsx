"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { registerTeacher } from "@/lib/users/actions";

export function RegisterForm() {
  const router = useRouter();
  const { run, pending, error, fieldErrors, setError } = useAction(registerTeacher);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const created = await run(input);
    if (!created) return;
    const res = await signIn("credentials", { identifier: input.email, password: input.password, redirect: false });
    if (!res || res.error) return setError("Your account is ready, but signing in failed. Sign in with your email and password.");
    router.replace("/teacher");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Field label="Your name" name="name" autoComplete="name" required maxLength={60} hint="As your students know you, e.g. Ms. Rivera." errors={fieldErrors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={8} hint="At least 8 characters." errors={fieldErrors.password} />
      <FormMessage error={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create teacher account"}
      </Button>
    </form>
  );
}
