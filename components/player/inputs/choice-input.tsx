"use client";

import type { Option } from "@/lib/quiz/types";

/** Large, numbered options (1–n on the keyboard), as radio buttons for screen readers. */
export function ChoiceInput({
  options,
  value,
  onChange,
  keyOptionId,
}: {
  options: Option[];
  value: string | null;
  onChange: (optionId: string) => void;
  keyOptionId?: string;
}) {
  return (
    <div className="mt-6 grid gap-3">
      {options.map((option, i) => {
        const isSelected = value === option.id;
        const isKey = keyOptionId === option.id;
        return (
          <label
            key={option.id}
            className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border-2 px-4 py-3 text-lg transition-colors ${
              isSelected
                ? "border-accent-600 bg-accent-50 dark:border-accent-100 dark:bg-zinc-800"
                : "border-zinc-300 bg-white hover:border-zinc-500 dark:border-zinc-700 dark:bg-zinc-900"
            } ${isKey ? "ring-2 ring-right-600" : ""}`}
          >
            <input type="radio" name="option" value={option.id} checked={isSelected} onChange={() => onChange(option.id)} className="sr-only" />
            <span
              aria-hidden="true"
              className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-md border text-base font-bold tabular ${
                isSelected ? "border-accent-600 bg-accent-600 text-white" : "border-zinc-400"
              }`}
            >
              {i + 1}
            </span>
            <span className="break-words">{option.text}</span>
            {isKey && <span className="ml-auto shrink-0 text-sm font-semibold text-right-600 dark:text-green-300">Right answer</span>}
          </label>
        );
      })}
    </div>
  );
}
