import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/student/join-class-form";
import { StartAttemptButton } from "@/components/student/start-attempt-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAssignmentsForStudent } from "@/lib/attempt/data";
import { listClassesForStudent } from "@/lib/classroom/data";
import { requireUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { formatPercent } from "@/lib/quiz/score-attempt";

export const metadata: Metadata = { title: "My quizzes" };

export default async function StudentHomePage() {
  const user = await requireUser("STUDENT", "/student");
  const [assignments, classes] = await Promise.all([listAssignmentsForStudent(user.id), listClassesForStudent(user.id)]);
  return (
    <>
      <PageHeader title="My quizzes" />
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">
        {classes.length === 0 ? "You are not in a class yet." : `Your classes: ${classes.map((c) => c.name).join(", ")}.`}
      </p>
      {assignments.length === 0 ? (
        <EmptyState title="No quizzes yet">When your teacher assigns a quiz to your class, it appears here.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {assignments.map((a) => {
            const open = a.attempts.find((t) => !t.submittedAt);
            const done = a.attempts.filter((t) => t.submittedAt);
            const best = done.reduce<(typeof done)[number] | undefined>((b, t) => (!b || (t.score ?? 0) > (b.score ?? 0) ? t : b), undefined);
            const canStart = !open && a.attempts.length < a.attemptsAllowed && !(a.dueAt && a.dueAt < new Date());
            const status = open ? "In progress" : done.length ? "Done" : a.dueAt && a.dueAt < new Date() ? "Missed" : "To do";
            return (
              <li key={a.id}>
                <Card className="flex h-full flex-col gap-3">
                  <div className="flex items-start justify-between gap-3">
                    <h2 className="text-lg font-semibold">{a.quiz.title}</h2>
                    <span className="shrink-0 rounded-full border border-zinc-300 px-2 py-0.5 text-sm dark:border-zinc-700">{status}</span>
                  </div>
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">
                    {a.classroom.name} · {a.quiz._count.questions} questions
                    {a.dueAt && <> · due {formatDateTime(a.dueAt)}</>}
                  </p>
                  {best && (
                    <p className="tabular">
                      Score: <strong>{best.score}</strong> / {best.maxScore} ({formatPercent(best.score ?? 0, best.maxScore)}){" "}
                      <Link className="font-semibold text-accent-700 underline underline-offset-4 dark:text-accent-100" href={`/play/${best.id}/result`}>
                        See answers<span className="sr-only"> for {a.quiz.title}</span>
                      </Link>
                    </p>
                  )}
                  <div className="mt-auto">
                    {open && <StartAttemptButton assignmentId={a.id} label="Resume" />}
                    {canStart && <StartAttemptButton assignmentId={a.id} label={done.length ? "Try again" : "Start quiz"} />}
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      <Card className="mt-10">
        <JoinClassForm />
      </Card>
    </>
  );
}
