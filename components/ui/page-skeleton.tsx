/** A calm placeholder while a page loads. */
export function PageSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading" className="animate-pulse space-y-4">
      <div className="h-8 w-1/3 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-28 rounded-xl bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-28 rounded-xl bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
}
