"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { Button } from "@/components/ui/button";

/** Join by PIN; without an account, with a nickname (when the host lets guests in). */
export function JoinGameForm({ pin, signedInAs }: { pin: string; signedInAs: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const nickname = String(form.get("nickname") ?? "").trim();
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const res = await fetch("/api/live/join", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ pin: String(form.get("pin") ?? "").trim(), ...(nickname ? { nickname } : {}) }),
      });
      const body = (await res.json().catch(() => null)) as { gameId?: string; error?: string; fieldErrors?: Record<string, string[]> } | null;
      if (res.ok && body?.gameId) return router.push(`/play/live/${body.gameId}`);
      setError(body?.error ?? "Could not join. Try again.");
      setFieldErrors(body?.fieldErrors ?? {});
    } catch {
      setError("We could not reach Factbound. Check the connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label="Game PIN" name="pin" defaultValue={pin} inputMode="numeric" autoComplete="off" maxLength={6} required errors={fieldErrors.pin} hint="The 6 digits on the big screen." />
      {signedInAs ? (
        <p>
          You join as <strong>{signedInAs}</strong>.
        </p>
      ) : (
        <Field label="Nickname" name="nickname" autoComplete="off" maxLength={20} errors={fieldErrors.nickname} hint="For games open to guests. Students of a class: sign in first." />
      )}
      <FormMessage error={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Joining…" : "Join the game"}
      </Button>
    </form>
  );
}
