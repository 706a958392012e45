import type { ReactNode } from "react";

/** What an empty list says: what is missing and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 bg-white p-8 text-center dark:border-zinc-700 dark:bg-zinc-900">
      <p className="text-lg font-semibold">{title}</p>
      {children && <div className="mt-2 text-zinc-600 dark:text-zinc-400">{children}</div>}
    </div>
  );
}
