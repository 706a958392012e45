"use client";

import { Button } from "./button";

/** The body of every error.tsx: a short, human message and a way to try again. */
export function ErrorPanel({ reset }: { reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-xl border border-zinc-300 bg-white p-6 dark:border-zinc-700 dark:bg-zinc-900">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">This page could not load. Nothing you saved is lost. Try again in a moment.</p>
      <Button type="button" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
