"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { joinAsNewStudent } from "@/lib/users/actions";

/** A new student: class code, name and a password of their own; they get a username to keep. */
export function JoinForm({ initialCode = "" }: { initialCode?: string }) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(joinAsNewStudent);
  const [joined, setJoined] = useState<{ username: string; className: string; signedIn: boolean } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { code: String(form.get("code") ?? ""), name: String(form.get("name") ?? ""), password: String(form.get("password") ?? "") };
    const result = await run(input);
    if (!result) return;
    const res = await signIn("credentials", { identifier: result.username, password: input.password, redirect: false });
    setJoined({ ...result, signedIn: Boolean(res && !res.error) });
  }

  if (joined) {
    return (
      <div role="status" className="space-y-4">
        <p className="text-lg">
          You joined <strong>{joined.className}</strong>.
        </p>
        <div className="rounded-xl border-2 border-accent-600 p-4 text-center dark:border-accent-100">
          <p className="text-sm font-semibold uppercase tracking-wide">Your username</p>
          <p className="mt-1 font-mono text-3xl font-bold" data-testid="new-username">
            {joined.username}
          </p>
        </div>
        <p>Write it down: you sign in with this username and the password you chose.</p>
        <Button
          type="button"
          className="w-full"
          onClick={() => {
            router.replace(joined.signedIn ? "/student" : "/login");
            router.refresh();
          }}
        >
          {joined.signedIn ? "Go to my quizzes" : "Sign in"}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Field
        label="Class code"
        name="code"
        defaultValue={initialCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        hint="The code your teacher shows, like HX7K4M."
        className="[&_input]:font-mono [&_input]:uppercase [&_input]:tracking-widest"
        errors={fieldErrors.code}
      />
      <Field label="Your name" name="name" autoComplete="name" required maxLength={60} hint="First name and last initial is enough." errors={fieldErrors.name} />
      <Field label="Choose a password" name="password" type="password" autoComplete="new-password" required minLength={8} hint="At least 8 characters." errors={fieldErrors.password} />
      <FormMessage error={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Joining…" : "Join the class"}
      </Button>
    </form>
  );
}
