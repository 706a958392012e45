"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { removeAssignment, saveAssignment } from "@/lib/assignments/actions";
import { AssignmentFields, readAssignmentFields, type AssignmentValues } from "./assignment-fields";

/** One assignment of the quiz: its summary, an inline edit form, and remove while nobody has started. */
export function AssignmentItem({
  assignmentId,
  className,
  summary,
  attemptCount,
  values,
}: {
  assignmentId: string;
  className: string;
  summary: string;
  attemptCount: number;
  values: AssignmentValues;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useAction(saveAssignment);
  const remove = useAction(removeAssignment);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await save.run({ assignmentId, ...readAssignmentFields(new FormData(event.currentTarget)) });
    if (result) {
      setEditing(false);
      setSaved(attemptCount > 0 ? "Saved. Attempts already started keep the settings they began with." : "Saved.");
      router.refresh();
    }
  }

  return (
    <li className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <h3 className="font-semibold">{className}</h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{summary}</p>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {attemptCount === 0 ? "Not started by anyone yet." : `${attemptCount} attempt${attemptCount === 1 ? "" : "s"} so far.`}
      </p>
      {editing ? (
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-5" aria-label={`Edit the assignment for ${className}`}>
          <AssignmentFields idPrefix={`edit-${assignmentId}`} values={values} errors={save.fieldErrors} />
          <FormMessage error={save.error} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={save.pending}>
              {save.pending ? "Saving…" : "Save changes"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="mt-3 flex flex-wrap gap-3">
          <Button type="button" variant="secondary" className="min-h-11" onClick={() => (setSaved(null), setEditing(true))}>
            Edit<span className="sr-only"> the assignment for {className}</span>
          </Button>
          {attemptCount === 0 && (
            <ConfirmButton
              confirm={`Remove this quiz from ${className}? Nobody has started it yet.`}
              disabled={remove.pending}
              onConfirmed={async () => {
                if (await remove.run({ assignmentId })) router.refresh();
              }}
            >
              Remove<span className="sr-only"> the assignment for {className}</span>
            </ConfirmButton>
          )}
        </div>
      )}
      <FormMessage error={remove.error} success={saved} />
    </li>
  );
}
