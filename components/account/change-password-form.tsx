"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { changePassword } from "@/lib/users/actions";

/** Changing the password ends every session, this one included: sign in again with the new one. */
export function ChangePasswordForm() {
  const { run, pending, error, fieldErrors } = useAction(changePassword);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await run({
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    });
    if (result) {
      setDone(true);
      setTimeout(() => void signOut({ callbackUrl: "/login" }), 1500);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={fieldErrors.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={8} hint="At least 8 characters." errors={fieldErrors.newPassword} />
      <Field label="New password again" name="confirmPassword" type="password" autoComplete="new-password" required errors={fieldErrors.confirmPassword} />
      <FormMessage error={error} success={done ? "Password changed. Signing you out so you can sign in with it…" : null} />
      <Button type="submit" disabled={pending || done}>
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
