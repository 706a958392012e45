"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import type { RegradeChange } from "@/lib/quiz/regrade";
import { applyRegrade } from "@/lib/results/actions";

/** Applies the correction shown in the preview above it; the reason goes into every grading record. */
export function ApplyRegradeForm({ quizId, questionId, change, changedCount }: { quizId: string; questionId: string; change: RegradeChange; changedCount: number }) {
  const { run, pending, error, fieldErrors } = useAction(applyRegrade);
  const [done, setDone] = useState<{ responsesChanged: number; attemptsChanged: number } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    const result = await run({ quizId, questionId, change, reason });
    if (result) setDone(result);
  }

  if (done) {
    return (
      <div className="space-y-3">
        <FormMessage success={`Regrade applied: ${done.responsesChanged} answers regraded, ${done.attemptsChanged} attempts rescored.`} />
        <div className="flex flex-wrap gap-4">
          <Link href={`/teacher/quizzes/${quizId}/results`} className="font-semibold text-accent-700 underline dark:text-accent-100">
            Back to the results
          </Link>
          <Link href={`/teacher/quizzes/${quizId}/analysis`} className="font-semibold text-accent-700 underline dark:text-accent-100">
            Back to the question analysis
          </Link>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label="Reason (kept in each answer’s grading history)" name="reason" maxLength={300} placeholder="e.g. the article gives 1956, the key said 1955" errors={fieldErrors.reason} />
      <FormMessage error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Applying…" : changedCount > 0 ? `Apply regrade (${changedCount} scores change)` : "Apply the correction"}
      </Button>
    </form>
  );
}
