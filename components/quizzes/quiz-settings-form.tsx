"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { saveQuizSettings } from "@/lib/quizzes/actions";
import type { QuizSettings } from "@/lib/quiz/settings";

export function QuizSettingsForm({ quizId, settings }: { quizId: string; settings: QuizSettings }) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(saveQuizSettings);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const minutes = String(form.get("timeLimitMinutes") ?? "").trim();
    const result = await run({
      quizId,
      feedbackAfterEach: form.get("feedbackAfterEach") === "on",
      shuffleQuestions: form.get("shuffleQuestions") === "on",
      timeLimitMinutes: minutes === "" ? 0 : Number(minutes),
      lateRule: form.get("lateRule") === "zero" ? "zero" : "count",
    });
    if (result) {
      setSaved(true);
      router.refresh();
    }
  }

  const check = "h-5 w-5 accent-accent-600";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <label className="flex items-start gap-3">
        <input type="checkbox" name="feedbackAfterEach" defaultChecked={settings.feedbackAfterEach} className={`${check} mt-1`} />
        <span>
          <span className="font-semibold">Feedback after each answer</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">Right or wrong, the right answer and its source sentence, once the answer is locked.</span>
        </span>
      </label>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="shuffleQuestions" defaultChecked={settings.shuffleQuestions} className={`${check} mt-1`} />
        <span>
          <span className="font-semibold">Shuffle questions</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">Each student gets their own order, kept if they reload.</span>
        </span>
      </label>
      <div>
        <label htmlFor="timeLimitMinutes" className="block font-semibold">
          Time limit (minutes)
        </label>
        <p id="time-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
          Leave empty for no limit. Students with extra time (set on the class page) get more.
        </p>
        <input
          id="timeLimitMinutes"
          name="timeLimitMinutes"
          type="number"
          min={0}
          max={180}
          inputMode="numeric"
          defaultValue={settings.timeLimitSeconds ? Math.round(settings.timeLimitSeconds / 60) : ""}
          aria-describedby="time-hint"
          aria-invalid={fieldErrors.timeLimitMinutes ? true : undefined}
          className="mt-1 min-h-12 w-32 rounded-lg border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-950"
        />
      </div>
      <fieldset>
        <legend className="font-semibold">Answers after the time is up</legend>
        <label className="mt-1 flex items-center gap-3">
          <input type="radio" name="lateRule" value="count" defaultChecked={settings.lateRule === "count"} className={check} />
          Count them, marked late
        </label>
        <label className="mt-1 flex items-center gap-3">
          <input type="radio" name="lateRule" value="zero" defaultChecked={settings.lateRule === "zero"} className={check} />
          Record them, but they earn no points
        </label>
      </fieldset>
      <FormMessage error={error} success={saved ? "Settings saved. They apply to attempts started from now on." : null} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
