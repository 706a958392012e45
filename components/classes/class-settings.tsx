"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveClass, regenerateJoinCode, renameClass, restoreClass } from "@/lib/classroom/actions";

export function ClassSettings({ classId, name, joinCode, archived }: { classId: string; name: string; joinCode: string; archived: boolean }) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const rename = useAction(renameClass);
  const regenerate = useAction(regenerateJoinCode);
  const archive = useAction(archiveClass);
  const restore = useAction(restoreClass);
  const error = rename.error ?? regenerate.error ?? archive.error ?? restore.error;

  async function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("name") ?? "");
    if (await rename.run({ classId, name: value })) {
      setNotice("Class renamed.");
      router.refresh();
    }
  }

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Class code</p>
        <p className="font-mono text-4xl font-bold tracking-widest" data-testid="join-code">
          {archived ? <span className="text-2xl tracking-normal">Closed (archived)</span> : joinCode}
        </p>
        {!archived && (
          <div className="mt-3 flex flex-wrap gap-3">
            <Link
              href={`/teacher/classes/${classId}/code`}
              className="inline-flex min-h-11 items-center rounded-lg border border-zinc-300 px-4 font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              Show on the projector
            </Link>
            <ConfirmButton
              disabled={regenerate.pending}
              confirm="Make a new code? The current code stops working; students already in the class stay."
              onConfirmed={async () => {
                const result = await regenerate.run({ classId });
                if (result) {
                  setNotice(`The new code is ${result.joinCode}.`);
                  router.refresh();
                }
              }}
            >
              New code
            </ConfirmButton>
          </div>
        )}
      </div>

      <form onSubmit={onRename} noValidate className="flex flex-wrap items-end gap-3">
        <Field label="Class name" name="name" defaultValue={name} required maxLength={80} className="min-w-64 flex-1" errors={rename.fieldErrors.name} />
        <Button type="submit" variant="secondary" disabled={rename.pending}>
          Rename
        </Button>
      </form>

      <FormMessage error={error} success={notice} />

      <div>
        {archived ? (
          <Button
            type="button"
            variant="secondary"
            disabled={restore.pending}
            onClick={async () => {
              if (await restore.run({ classId })) {
                setNotice("Class restored: its code works again.");
                router.refresh();
              }
            }}
          >
            Restore class
          </Button>
        ) : (
          <ConfirmButton
            className=""
            disabled={archive.pending}
            confirm="Archive this class? Its code stops working and students no longer see its quizzes. Results are kept."
            onConfirmed={async () => {
              if (await archive.run({ classId })) {
                setNotice("Class archived.");
                router.refresh();
              }
            }}
          >
            Archive class
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
