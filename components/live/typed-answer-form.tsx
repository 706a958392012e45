"use client";

import { useEffect, useRef, useState } from "react";
import { MAX_TYPED_ANSWER } from "@/lib/quiz/grade-answer";

/**
 * A typed answer on a player's device: a labelled field that takes focus when
 * the question opens, Enter (or the button) sends it. The words stay in the
 * field if sending fails, so nothing typed is lost.
 */
export function TypedAnswerForm({ questionKey, disabled, sending, onSend }: { questionKey: string; disabled: boolean; sending: boolean; onSend: (text: string) => void }) {
  const [draft, setDraft] = useState({ at: questionKey, text: "" });
  const text = draft.at === questionKey ? draft.text : "";
  const field = useRef<HTMLInputElement>(null);
  // Focus when the question opens, and again when a pause ends (a disabled field loses it).
  useEffect(() => {
    if (!disabled) field.current?.focus();
  }, [questionKey, disabled]);
  const empty = text.trim().length === 0;
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty && !disabled && !sending) onSend(text);
      }}
    >
      <label htmlFor="typed-answer" className="block text-lg font-semibold">
        Your answer
      </label>
      <input
        id="typed-answer"
        ref={field}
        type="text"
        value={text}
        onChange={(event) => setDraft({ at: questionKey, text: event.target.value })}
        maxLength={MAX_TYPED_ANSWER}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="send"
        disabled={disabled}
        className="min-h-14 w-full rounded-xl border-2 border-zinc-400 bg-white px-4 py-3 text-lg text-zinc-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:opacity-60 dark:bg-zinc-900 dark:text-zinc-100"
      />
      <button
        type="submit"
        disabled={disabled || sending || empty}
        className="min-h-14 w-full rounded-xl bg-accent-600 px-4 py-3 text-lg font-semibold text-white focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:opacity-60"
      >
        {sending ? "Sending…" : "Send answer (Enter)"}
      </button>
    </form>
  );
}
