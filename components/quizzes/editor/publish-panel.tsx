"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { publishQuiz } from "@/lib/quizzes/actions";

type Unsure = { id: string; number: number; prompt: string }[];

/** Publish a draft; when questions need a look, list them and ask first. */
export function PublishPanel({ quizId, questionCount }: { quizId: string; questionCount: number }) {
  const router = useRouter();
  const { run, pending, error } = useAction(publishQuiz);
  const [unsure, setUnsure] = useState<Unsure | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  async function publish(confirmed: boolean) {
    const result = await run({ quizId, confirmed });
    if (!result) return;
    if (!result.published) {
      setUnsure(result.needsALook);
      dialog.current?.showModal();
      return;
    }
    dialog.current?.close();
    router.refresh();
  }

  return (
    <div>
      <Button type="button" disabled={pending || questionCount === 0} onClick={() => publish(false)}>
        {pending ? "Publishing…" : "Publish quiz"}
      </Button>
      <FormMessage error={error} />
      <dialog ref={dialog} aria-labelledby="publish-title" className="m-auto max-w-lg rounded-xl p-6 backdrop:bg-black/50 dark:bg-zinc-900 dark:text-zinc-100">
        <h2 id="publish-title" className="text-xl font-semibold">
          <span aria-hidden="true">⚠ </span>
          {unsure?.length === 1 ? "One question needs a look" : `${unsure?.length ?? 0} questions need a look`}
        </h2>
        <p className="mt-2">The generator was unsure of these. Look at them first, or publish as they are.</p>
        <ul className="mt-3 list-disc space-y-1 pl-6" data-testid="needs-a-look-list">
          {unsure?.map((q) => (
            <li key={q.id}>
              <span className="font-semibold">Question {q.number}:</span> {q.prompt}
            </li>
          ))}
        </ul>
        <div className="mt-5 flex flex-wrap gap-3">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
            Look at them first
          </Button>
          <Button type="button" disabled={pending} onClick={() => publish(true)}>
            Publish anyway
          </Button>
        </div>
      </dialog>
    </div>
  );
}
