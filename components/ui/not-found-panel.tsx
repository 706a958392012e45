import Link from "next/link";

export function NotFoundPanel({ backHref = "/", backLabel = "Go to the start page" }: { backHref?: string; backLabel?: string }) {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-zinc-300 bg-white p-6 dark:border-zinc-700 dark:bg-zinc-900">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">There is nothing here, or it is not yours to see.</p>
      <Link href={backHref} className="mt-4 inline-block font-semibold text-accent-700 underline underline-offset-4 dark:text-accent-100">
        {backLabel}
      </Link>
    </div>
  );
}
