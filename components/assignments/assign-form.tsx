"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { assignToClass } from "@/lib/assignments/actions";
import { AssignmentFields, readAssignmentFields, type AssignmentValues } from "./assignment-fields";

/** "Assign to a class": the class, dates and settings (the quiz's defaults filled in). */
export function AssignForm({ quizId, classes, defaults }: { quizId: string; classes: { id: string; name: string }[]; defaults: AssignmentValues }) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(assignToClass);
  const [done, setDone] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const form = new FormData(event.currentTarget);
    const classId = String(form.get("classId") ?? "");
    const result = await run({ quizId, classId, ...readAssignmentFields(form) });
    if (result) {
      setDone(`Assigned to ${classes.find((c) => c.id === classId)?.name ?? "the class"}.`);
      setFormKey((k) => k + 1);
      router.refresh();
    }
  }

  if (classes.length === 0) {
    return <p>Create a class first (on the Classes page); then you can assign this quiz to it.</p>;
  }
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate aria-labelledby="assign-heading" className="space-y-5">
      <div>
        <label htmlFor="assign-classId" className="mb-1 block font-semibold">
          Class
        </label>
        <select
          id="assign-classId"
          name="classId"
          defaultValue=""
          aria-invalid={fieldErrors.classId ? true : undefined}
          aria-describedby={fieldErrors.classId ? "assign-classId-error" : undefined}
          className="min-h-12 w-full rounded-lg border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-950"
        >
          <option value="" disabled>
            Choose a class
          </option>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {fieldErrors.classId && (
          <p id="assign-classId-error" className="mt-1 text-sm font-medium text-wrong-600 dark:text-red-300">
            {fieldErrors.classId.join(" ")}
          </p>
        )}
      </div>
      <AssignmentFields idPrefix="assign" values={defaults} errors={fieldErrors} />
      <FormMessage error={error} success={done} />
      <Button type="submit" disabled={pending}>
        {pending ? "Assigning…" : "Assign to class"}
      </Button>
    </form>
  );
}
