"use client";

import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

const inputClass =
  "w-full rounded-lg border border-zinc-400 bg-white px-3 text-base aria-invalid:border-wrong-600 aria-invalid:border-2 dark:border-zinc-600 dark:bg-zinc-950";

/** A labelled text input (or textarea) with its inline error. */
export function TextBox({ label, value, error, multiline, onChange }: { label: string; value: string; error?: string; multiline?: boolean; onChange: (v: string) => void }) {
  const id = useId();
  const errorId = `${id}-error`;
  const common = {
    id,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId : undefined,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <div className="flex-1">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      {multiline ? <textarea rows={3} className={`${inputClass} py-2`} {...common} /> : <input type="text" className={`${inputClass} min-h-12`} {...common} />}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-wrong-600 dark:text-red-300">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/** A list of rows the teacher can add to, remove from and (optionally) reorder. */
export function ListEditor<T>({
  legend,
  error,
  items,
  min,
  max,
  addLabel,
  blank,
  movable,
  onChange,
  render,
}: {
  legend: string;
  error?: string;
  items: T[];
  min: number;
  max: number;
  addLabel: string;
  blank: T;
  movable?: boolean;
  onChange: (items: T[]) => void;
  render: (item: T, index: number, set: (item: T) => void) => ReactNode;
}) {
  const errorId = useId();
  const set = (i: number) => (item: T) => onChange(items.map((x, j) => (j === i ? item : x)));
  const move = (i: number, to: number) => {
    const next = [...items];
    [next[i], next[to]] = [next[to]!, next[i]!];
    onChange(next);
  };
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 font-semibold">{legend}</legend>
      {error && (
        <p id={errorId} className="mb-2 text-sm font-medium text-wrong-600 dark:text-red-300">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <ol className="space-y-3">
        {items.map((item, i) => (
          <li key={i} className="flex items-end gap-2">
            {render(item, i, set(i))}
            {movable && (
              <>
                <Button type="button" variant="secondary" className="min-h-12 px-3" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move item ${i + 1} up`}>
                  ↑
                </Button>
                <Button type="button" variant="secondary" className="min-h-12 px-3" disabled={i === items.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move item ${i + 1} down`}>
                  ↓
                </Button>
              </>
            )}
            <Button type="button" variant="secondary" className="min-h-12 px-3" disabled={items.length <= min} onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`Remove row ${i + 1}`}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      {items.length < max && (
        <Button type="button" variant="ghost" className="mt-2 px-0" onClick={() => onChange([...items, structuredClone(blank)])}>
          + {addLabel}
        </Button>
      )}
    </fieldset>
  );
}
