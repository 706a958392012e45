"use client";

import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveArticle, deleteArticle, restoreArticle } from "@/lib/article/actions";

/** Archive, restore and delete for one article; a refused delete says to archive. */
export function ArticleLibraryActions({ articleId, title, archived }: { articleId: string; title: string; archived: boolean }) {
  const router = useRouter();
  const archive = useAction(archiveArticle);
  const restore = useAction(restoreArticle);
  const remove = useAction(deleteArticle);
  const pending = archive.pending || restore.pending || remove.pending;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {archived ? (
          <Button
            type="button"
            variant="secondary"
            className="min-h-11"
            disabled={pending}
            onClick={async () => {
              if (await restore.run({ articleId })) router.refresh();
            }}
          >
            Restore<span className="sr-only"> {title}</span>
          </Button>
        ) : (
          <ConfirmButton
            confirm={`Archive “${title}”? It leaves your library; quizzes and results that use it stay. You can restore it later.`}
            disabled={pending}
            onConfirmed={async () => {
              if (await archive.run({ articleId })) router.refresh();
            }}
          >
            Archive<span className="sr-only"> {title}</span>
          </ConfirmButton>
        )}
        <ConfirmButton
          confirm={`Delete “${title}” for good? This cannot be undone.`}
          disabled={pending}
          onConfirmed={async () => {
            if (await remove.run({ articleId })) router.push("/teacher/articles");
          }}
        >
          Delete<span className="sr-only"> {title}</span>
        </ConfirmButton>
      </div>
      <FormMessage error={archive.error ?? restore.error ?? remove.error} />
    </div>
  );
}
