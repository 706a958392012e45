"use client";

import { Button } from "@/components/ui/button";
import type { EditorQuestion } from "@/lib/quizzes/editor-data";
import { TYPE_LABEL } from "../question-types";
import { QuestionAnswers } from "./question-view";

export type CardCommand = "edit" | "regenerate" | "up" | "down" | "delete" | "checked" | "show";

/**
 * One question in the editor: what it asks and its key, what the teacher did to
 * it, whether it needs a look, and the commands. Alt+↑ / Alt+↓ move it.
 */
export function QuestionCard({
  question,
  number,
  total,
  busy,
  onCommand,
}: {
  question: EditorQuestion;
  number: number;
  total: number;
  busy: boolean;
  onCommand: (command: CardCommand) => void;
}) {
  const q = question;
  return (
    <article
      aria-labelledby={`q-${q.id}-title`}
      data-testid="editor-question"
      onKeyDown={(e) => {
        if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
        e.preventDefault();
        onCommand(e.key === "ArrowUp" ? "up" : "down");
      }}
      className={`rounded-xl border bg-white p-4 shadow-sm dark:bg-zinc-900 ${q.needsALook ? "border-2 border-amber-600" : "border-zinc-200 dark:border-zinc-800"}`}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <h3 id={`q-${q.id}-title`} className="font-semibold uppercase tracking-wide text-zinc-700 dark:text-zinc-300">
          Question {number} <span className="sr-only">of {total}</span>
        </h3>
        <span className="rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">{TYPE_LABEL[q.type]}</span>
        {q.handMade ? (
          <span className="rounded border border-zinc-400 px-2 py-0.5">✎ Written by you</span>
        ) : (
          q.edited && <span className="rounded border border-zinc-400 px-2 py-0.5">✎ Edited by you</span>
        )}
        {q.needsALook && (
          <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900" data-testid="needs-a-look">
            <span aria-hidden="true">⚠ </span>Needs a look
          </span>
        )}
      </div>
      <p className="mt-2 text-lg font-medium">{q.prompt}</p>
      <QuestionAnswers question={q} />
      {q.needsALook && <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">The generator was unsure of this one: check the wording and the answer.</p>}
      {q.sentenceStart !== null ? (
        <button type="button" onClick={() => onCommand("show")} className="mt-2 block text-left text-sm text-zinc-700 underline-offset-4 hover:underline dark:text-zinc-300">
          Source: “{q.explanation}” <span className="font-semibold text-accent-700 dark:text-accent-100">Show in the article</span>
        </button>
      ) : (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No source sentence.</p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" className="min-h-11 px-3" disabled={busy} onClick={() => onCommand("edit")}>
          Edit<span className="sr-only"> question {number}</span>
        </Button>
        {!q.edited && !q.handMade && q.sentenceStart !== null && (
          <Button type="button" variant="secondary" className="min-h-11 px-3" disabled={busy} onClick={() => onCommand("regenerate")}>
            Regenerate<span className="sr-only"> question {number}</span>
          </Button>
        )}
        {q.needsALook && (
          <Button type="button" variant="secondary" className="min-h-11 px-3" disabled={busy} onClick={() => onCommand("checked")}>
            Looks right<span className="sr-only"> (question {number})</span>
          </Button>
        )}
        <Button type="button" variant="secondary" className="min-h-11 px-3" disabled={busy || number === 1} onClick={() => onCommand("up")} data-move="up">
          ↑ Move up<span className="sr-only"> question {number}</span>
        </Button>
        <Button type="button" variant="secondary" className="min-h-11 px-3" disabled={busy || number === total} onClick={() => onCommand("down")} data-move="down">
          ↓ Move down<span className="sr-only"> question {number}</span>
        </Button>
        <Button type="button" variant="secondary" className="min-h-11 px-3" disabled={busy} onClick={() => onCommand("delete")}>
          Delete<span className="sr-only"> question {number}</span>
        </Button>
      </div>
    </article>
  );
}
