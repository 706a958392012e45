import type { ComponentProps } from "react";

/** A labelled input with its hint and its error tied to it for screen readers. */
export function Field({
  label,
  name,
  hint,
  errors,
  className = "",
  ...input
}: ComponentProps<"input"> & { label: string; name: string; hint?: string; errors?: string[] }) {
  const id = input.id ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="min-h-12 w-full rounded-lg border border-zinc-400 bg-white px-3 text-base aria-invalid:border-wrong-600 dark:border-zinc-600 dark:bg-zinc-950"
        {...input}
      />
      {errorId && (
        <p id={errorId} className="mt-1 text-sm font-medium text-wrong-600 dark:text-red-300">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

/** The form-level message: announced when it appears. */
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  return (
    <div role="status" aria-live="polite" className="min-h-6">
      {error && <p className="rounded-lg bg-wrong-50 px-3 py-2 font-medium text-wrong-600 dark:bg-red-950 dark:text-red-200">{error}</p>}
      {!error && success && (
        <p className="rounded-lg bg-right-50 px-3 py-2 font-medium text-right-600 dark:bg-green-950 dark:text-green-200">{success}</p>
      )}
    </div>
  );
}
