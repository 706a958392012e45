"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { createClass } from "@/lib/classroom/actions";

export function CreateClassForm() {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(createClass);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    const created = await run({ name });
    if (created) router.push(`/teacher/classes/${created.classId}`);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <Field label="New class name" name="name" required maxLength={80} placeholder="e.g. History 8B" className="min-w-64 flex-1" errors={fieldErrors.name} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </Button>
      <div className="w-full">
        <FormMessage error={error} />
      </div>
    </form>
  );
}
