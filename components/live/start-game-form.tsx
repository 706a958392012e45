"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { startLiveGame } from "@/lib/live/actions";
import { SCORING_EXPLAINED } from "@/lib/live/scoring";

const check = "mt-1 h-5 w-5 accent-accent-600";

export function StartGameForm({ quizId, classes, playable }: { quizId: string; classes: { id: string; name: string }[]; playable: number }) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(startLiveGame);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const started = await run({
      quizId,
      classroomId: String(form.get("classroomId") ?? ""),
      allowGuests: form.get("allowGuests") === "on",
      speedPoints: form.get("speedPoints") === "on",
      showLeaderboard: form.get("showLeaderboard") === "on",
      secondsPerQuestion: Number(form.get("secondsPerQuestion") ?? 20),
      questionCount: Number(form.get("questionCount") ?? playable),
    });
    if (started) router.push(`/teacher/live/${started.gameId}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div>
        <label htmlFor="classroomId" className="block font-semibold">
          Who plays
        </label>
        <p id="class-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
          A class game admits that class&apos;s students, signed in; their answers count in results and progress. Extra time set on the class page applies, and only the student sees it.
        </p>
        <select id="classroomId" name="classroomId" defaultValue={classes[0]?.id ?? ""} aria-describedby="class-hint" aria-invalid={fieldErrors.classroomId ? true : undefined} className="mt-1 min-h-12 w-full rounded-lg border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-950">
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value="">No class: guests only</option>
        </select>
      </div>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="allowGuests" className={check} defaultChecked={classes.length === 0} />
        <span>
          <span className="font-semibold">Let guests join with a nickname</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">No account needed. Nicknames are checked for rude words, and you can remove anyone from the game.</span>
        </span>
      </label>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="speedPoints" className={check} defaultChecked />
        <span>
          <span className="font-semibold">Speed points</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400" data-testid="scoring-formula">
            {SCORING_EXPLAINED} The quiz&apos;s own score (results, mastery) counts right answers only.
          </span>
        </span>
      </label>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="showLeaderboard" className={check} defaultChecked />
        <span>
          <span className="font-semibold">Leaderboard between questions</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">The top five after each answer is shown; everyone sees their own rank on their device either way.</span>
        </span>
      </label>
      <div>
        <label htmlFor="secondsPerQuestion" className="block font-semibold">
          Seconds per question
        </label>
        <input id="secondsPerQuestion" name="secondsPerQuestion" type="number" min={5} max={240} defaultValue={20} inputMode="numeric" aria-invalid={fieldErrors.secondsPerQuestion ? true : undefined} className="mt-1 min-h-12 w-32 rounded-lg border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-950" />
      </div>
      <div>
        <label htmlFor="questionCount" className="block font-semibold">
          Questions to play
        </label>
        <p id="count-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
          The quiz&apos;s first ones, in order; up to {playable}.
        </p>
        <input id="questionCount" name="questionCount" type="number" min={1} max={playable} defaultValue={playable} inputMode="numeric" aria-describedby="count-hint" aria-invalid={fieldErrors.questionCount ? true : undefined} className="mt-1 min-h-12 w-32 rounded-lg border border-zinc-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-950" />
      </div>
      <FormMessage error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Opening the lobby…" : "Open the lobby"}
      </Button>
    </form>
  );
}
