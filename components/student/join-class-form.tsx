"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { joinAnotherClass } from "@/lib/users/actions";

export function JoinClassForm() {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(joinAnotherClass);
  const [joined, setJoined] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const result = await run({ code: String(new FormData(formEl).get("code") ?? "") });
    if (result) {
      setJoined(`You joined ${result.className}.`);
      formEl.reset();
      router.refresh();
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <Field
        label="Join another class"
        name="code"
        placeholder="Class code"
        autoComplete="off"
        spellCheck={false}
        required
        className="min-w-48 flex-1 [&_input]:font-mono [&_input]:uppercase"
        errors={fieldErrors.code}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Joining…" : "Join"}
      </Button>
      <div className="w-full">
        <FormMessage error={error} success={joined} />
      </div>
    </form>
  );
}
