"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button, buttonClass } from "@/components/ui/button";
import { generateQuiz } from "@/lib/quizzes/actions";
import { MAX_QUESTIONS } from "@/lib/quizzes/schema";
import type { QuestionType } from "@/lib/quiz/types";
import { TYPE_LABEL, TYPE_ORDER } from "./question-types";

interface Shortfall {
  quizId: string | null;
  made: number;
  asked: number;
  notes: string[];
}

/** How many questions, of which types; then the draft opens in the editor (or we say why it is short). */
export function GenerateQuizForm({ articleId }: { articleId: string }) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(generateQuiz);
  const [count, setCount] = useState("10");
  const [types, setTypes] = useState<QuestionType[]>(TYPE_ORDER);
  const [shortfall, setShortfall] = useState<Shortfall | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setShortfall(null);
    const result = await run({ articleId, count: Number(count), types });
    if (!result) return;
    if (result.quizId && result.made >= result.asked) router.push(`/teacher/quizzes/${result.quizId}/edit`);
    else setShortfall(result);
  }

  const toggle = (t: QuestionType) => setTypes((now) => (now.includes(t) ? now.filter((x) => x !== t) : TYPE_ORDER.filter((x) => x === t || now.includes(x))));

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field
        label="How many questions"
        name="count"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_QUESTIONS}
        value={count}
        onChange={(e) => setCount(e.target.value)}
        hint={`1 to ${MAX_QUESTIONS}. You can add, remove and change questions afterwards.`}
        errors={fieldErrors.count}
        className="max-w-xs"
      />
      <fieldset aria-describedby={fieldErrors.types ? "types-error" : undefined}>
        <legend className="mb-2 font-semibold">Types of question</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {TYPE_ORDER.map((t) => (
            <label key={t} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-zinc-300 px-3 dark:border-zinc-700">
              <input type="checkbox" className="size-5" checked={types.includes(t)} onChange={() => toggle(t)} />
              {TYPE_LABEL[t]}
            </label>
          ))}
        </div>
        {fieldErrors.types && (
          <p id="types-error" className="mt-1 text-sm font-medium text-wrong-600 dark:text-red-300">
            {fieldErrors.types.join(" ")}
          </p>
        )}
      </fieldset>
      <FormMessage error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Generating questions…" : "Generate questions"}
      </Button>
      <div aria-live="polite">
        {shortfall && (
          <div className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700" data-testid="generate-shortfall">
            <p className="font-semibold">
              {shortfall.made === 0 ? "No questions could be made from this article." : `Made ${shortfall.made} of the ${shortfall.asked} questions you asked for.`}
            </p>
            <ul className="mt-1 list-disc pl-6">
              {shortfall.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
            {shortfall.quizId ? (
              <Link href={`/teacher/quizzes/${shortfall.quizId}/edit`} className={buttonClass("primary", "mt-3")}>
                Review the {shortfall.made} questions
              </Link>
            ) : (
              <p className="mt-2">Try more types of question, or an article with more names, dates and places.</p>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
