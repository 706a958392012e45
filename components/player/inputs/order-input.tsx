"use client";

import type { Option } from "@/lib/quiz/types";

/** Put items in order with Move up / Move down buttons: works by keyboard, touch and screen reader. */
export function OrderInput({ options, order, onChange }: { options: Option[]; order: string[]; onChange: (order: string[]) => void }) {
  const text = (id: string) => options.find((o) => o.id === id)?.text ?? "";
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  return (
    <ol className="mt-6 grid gap-3" aria-label="Events, earliest first">
      {order.map((id, i) => (
        <li key={id} className="flex items-center gap-3 rounded-xl border-2 border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900">
          <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-md border border-zinc-400 font-bold tabular">
            {i + 1}
          </span>
          <span className="flex-1 break-words text-lg">{text(id)}</span>
          <span className="flex shrink-0 gap-1">
            <button
              type="button"
              onClick={() => move(i, i - 1)}
              disabled={i === 0}
              className="min-h-11 min-w-11 rounded-lg border border-zinc-400 font-bold disabled:opacity-40"
              aria-label={`Move “${text(id)}” up`}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => move(i, i + 1)}
              disabled={i === order.length - 1}
              className="min-h-11 min-w-11 rounded-lg border border-zinc-400 font-bold disabled:opacity-40"
              aria-label={`Move “${text(id)}” down`}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
