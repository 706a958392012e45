"use client";

import { useEffect, useId, useState } from "react";
import { FormMessage } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { QuestionType } from "@/lib/quiz/types";
import { blankDraft } from "@/lib/quizzes/question-draft";
import { messagesByPath, QuestionDraftSchema, type QuestionDraft } from "@/lib/quizzes/schema";
import { TYPE_LABEL, TYPE_ORDER } from "../question-types";
import { ListEditor, TextBox } from "./form-parts";

/**
 * One question's form, for every type. Checked with the same zod schema the
 * action uses, so messages appear inline before anything is sent.
 */
export function QuestionForm({
  initial,
  allowTypeChange = false,
  saveLabel,
  error,
  pending,
  onSave,
  onCancel,
  children,
}: {
  initial: QuestionDraft;
  allowTypeChange?: boolean;
  saveLabel: string;
  error: string | null;
  pending: boolean;
  onSave: (draft: QuestionDraft) => void;
  onCancel: () => void;
  children?: React.ReactNode;
}) {
  const id = useId();
  const [draft, setDraft] = useState<QuestionDraft>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);

  // Unsaved words are the one thing leaving could lose: ask first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const update = (next: QuestionDraft) => {
    setDraft(next);
    setDirty(true);
    if (Object.keys(problems).length) {
      const parsed = QuestionDraftSchema.safeParse(next);
      setProblems(parsed.success ? {} : messagesByPath(parsed.error));
    }
  };

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = QuestionDraftSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(messagesByPath(parsed.error));
      return;
    }
    setProblems({});
    setDirty(false);
    onSave(parsed.data);
  }

  const count = Object.keys(problems).length;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={saveLabel}>
      {allowTypeChange && (
        <div>
          <label htmlFor={`${id}-type`} className="mb-1 block font-semibold">
            Type of question
          </label>
          <select
            id={`${id}-type`}
            value={draft.type}
            onChange={(e) => update({ ...blankDraft(e.target.value as QuestionType), prompt: draft.prompt })}
            className="min-h-12 w-full rounded-lg border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-950"
          >
            {TYPE_ORDER.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </div>
      )}
      {children}
      <TextBox label="Question" multiline value={draft.prompt} error={problems.prompt} onChange={(prompt) => update({ ...draft, prompt })} />
      <KeyFields draft={draft} problems={problems} update={update} />
      <div role="status" aria-live="polite" className="sr-only">
        {count > 0 ? `${count} thing${count === 1 ? "" : "s"} to fix before saving.` : ""}
      </div>
      <FormMessage error={error} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : saveLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function KeyFields({ draft, problems, update }: { draft: QuestionDraft; problems: Record<string, string>; update: (d: QuestionDraft) => void }) {
  const name = useId();
  switch (draft.type) {
    case "MULTIPLE_CHOICE":
      return (
        <ListEditor
          legend="Options (choose the right one)"
          error={problems.options}
          items={draft.options}
          min={2}
          max={6}
          addLabel="Add an option"
          blank={{ text: "", right: false }}
          onChange={(options) => update({ ...draft, options })}
          render={(o, i, set) => (
            <div className="flex items-start gap-3">
              <label className="mt-3 flex items-center gap-2 whitespace-nowrap text-sm">
                <input type="radio" name={name} className="size-5" checked={o.right} onChange={() => update({ ...draft, options: draft.options.map((x, j) => ({ ...x, right: j === i })) })} />
                Right
              </label>
              <TextBox label={`Option ${String.fromCharCode(65 + i)}`} value={o.text} error={problems[`options.${i}.text`]} onChange={(text) => set({ ...o, text })} />
            </div>
          )}
        />
      );
    case "TRUE_FALSE":
      return (
        <fieldset>
          <legend className="mb-1 font-semibold">The statement is</legend>
          <div className="flex gap-3">
            {[true, false].map((value) => (
              <label key={String(value)} className="flex min-h-12 items-center gap-2 rounded-lg border border-zinc-300 px-4 dark:border-zinc-700">
                <input type="radio" name={name} className="size-5" checked={draft.answer === value} onChange={() => update({ ...draft, answer: value })} />
                {value ? "True" : "False"}
              </label>
            ))}
          </div>
        </fieldset>
      );
    case "FILL_BLANK":
      return (
        <ListEditor
          legend="Accepted answers (any of these counts as right)"
          error={problems.accepted}
          items={draft.accepted}
          min={1}
          max={10}
          addLabel="Add an accepted answer"
          blank=""
          onChange={(accepted) => update({ ...draft, accepted })}
          render={(a, i, set) => <TextBox label={`Accepted answer ${i + 1}`} value={a} error={problems[`accepted.${i}`]} onChange={set} />}
        />
      );
    case "ORDERING":
      return (
        <ListEditor
          legend="Items, in the right order (students see them mixed up)"
          error={problems.items}
          items={draft.items}
          min={2}
          max={8}
          addLabel="Add an item"
          blank=""
          movable
          onChange={(items) => update({ ...draft, items })}
          render={(item, i, set) => <TextBox label={`Item ${i + 1}`} value={item} error={problems[`items.${i}`]} onChange={set} />}
        />
      );
    case "MATCHING":
      return (
        <ListEditor
          legend="Pairs (students see the right-hand items mixed up)"
          error={problems.pairs}
          items={draft.pairs}
          min={2}
          max={6}
          addLabel="Add a pair"
          blank={{ left: "", right: "" }}
          onChange={(pairs) => update({ ...draft, pairs })}
          render={(p, i, set) => (
            <div className="grid flex-1 gap-2 sm:grid-cols-2">
              <TextBox label={`Pair ${i + 1}, left`} value={p.left} error={problems[`pairs.${i}.left`]} onChange={(left) => set({ ...p, left })} />
              <TextBox label={`Pair ${i + 1}, right`} value={p.right} error={problems[`pairs.${i}.right`]} onChange={(right) => set({ ...p, right })} />
            </div>
          )}
        />
      );
  }
}
