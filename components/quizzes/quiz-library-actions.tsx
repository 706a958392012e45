"use client";

import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button, ButtonLink } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveQuiz, deleteQuiz, duplicateQuiz, restoreQuiz } from "@/lib/quizzes/actions";

/** Duplicate, print, archive or restore, and delete a quiz; a delete that results depend on is refused with a word to archive. */
export function QuizLibraryActions({ quizId, title, archived }: { quizId: string; title: string; archived: boolean }) {
  const router = useRouter();
  const duplicate = useAction(duplicateQuiz);
  const archive = useAction(archiveQuiz);
  const restore = useAction(restoreQuiz);
  const remove = useAction(deleteQuiz);
  const pending = duplicate.pending || archive.pending || restore.pending || remove.pending;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          className="min-h-11"
          disabled={pending}
          onClick={async () => {
            const copy = await duplicate.run({ quizId });
            if (copy) router.push(`/teacher/quizzes/${copy.quizId}`);
          }}
        >
          Duplicate
        </Button>
        <ButtonLink href={`/teacher/quizzes/${quizId}/print`} variant="secondary" className="min-h-11">
          Print worksheet
        </ButtonLink>
        {archived ? (
          <Button
            type="button"
            variant="secondary"
            className="min-h-11"
            disabled={pending}
            onClick={async () => {
              if (await restore.run({ quizId })) router.refresh();
            }}
          >
            Restore
          </Button>
        ) : (
          <ConfirmButton
            confirm={`Archive “${title}”? It leaves your lists; its results stay and you can restore it later.`}
            disabled={pending}
            onConfirmed={async () => {
              if (await archive.run({ quizId })) router.refresh();
            }}
          >
            Archive
          </ConfirmButton>
        )}
        <ConfirmButton
          confirm={`Delete “${title}” for good? This cannot be undone.`}
          disabled={pending}
          onConfirmed={async () => {
            if (await remove.run({ quizId })) router.push("/teacher");
          }}
        >
          Delete
        </ConfirmButton>
      </div>
      <FormMessage error={duplicate.error ?? archive.error ?? restore.error ?? remove.error} />
    </div>
  );
}
