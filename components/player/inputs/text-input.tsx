"use client";

import { MAX_TYPED_ANSWER } from "@/lib/quiz/grade-answer";

export function TextInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="mt-6">
      <label htmlFor="typed-answer" className="mb-1 block font-semibold">
        Your answer
      </label>
      <input
        id="typed-answer"
        name="typed-answer"
        value={value}
        maxLength={MAX_TYPED_ANSWER}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        className="min-h-14 w-full rounded-xl border-2 border-zinc-400 bg-white px-4 text-lg dark:border-zinc-600 dark:bg-zinc-950"
      />
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Capitals, accents and small typos in long answers do not matter.</p>
    </div>
  );
}
