"use client";

import type { Option } from "@/lib/quiz/types";

/** For each item on the left, choose its partner from a list. */
export function MatchInput({ options, pairs, onChange }: { options: Option[]; pairs: Record<string, string>; onChange: (pairs: Record<string, string>) => void }) {
  const left = options.filter((o) => o.side === "left");
  const right = options.filter((o) => o.side === "right");
  return (
    <div className="mt-6 grid gap-3">
      {left.map((l) => (
        <div key={l.id} className="grid gap-2 rounded-xl border-2 border-zinc-300 bg-white p-3 sm:grid-cols-2 sm:items-center dark:border-zinc-700 dark:bg-zinc-900">
          <label htmlFor={`match-${l.id}`} className="text-lg font-medium">
            {l.text}
          </label>
          <select
            id={`match-${l.id}`}
            value={pairs[l.id] ?? ""}
            onChange={(e) => onChange({ ...pairs, [l.id]: e.target.value })}
            className="min-h-12 rounded-lg border border-zinc-400 bg-white px-2 text-base dark:border-zinc-600 dark:bg-zinc-950"
          >
            <option value="">Choose…</option>
            {right.map((r) => (
              <option key={r.id} value={r.id}>
                {r.text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
