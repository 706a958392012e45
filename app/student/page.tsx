import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/student/join-class-form";
import { AttemptButton } from "@/components/student/attempt-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAssignmentsForStudent } from "@/lib/attempt/data";
import { requireUser } from "@/lib/auth/guard";
import { listClassesForStudent } from "@/lib/classroom/data";
import { formatDateTime } from "@/lib/format";
import { assignmentStatus, STATUS_LABEL } from "@/lib/quiz/assignment-status";
import { formatPercent } from "@/lib/quiz/score-attempt";

export const metadata: Metadata = { title: "My quizzes" };

export default async function StudentHomePage() {
  const user = await requireUser("STUDENT", "/student");
  const [assignments, classes] = await Promise.all([listAssignmentsForStudent(user.id), listClassesForStudent(user.id)]);
  const now = new Date();
  return (
    <>
      <PageHeader title="My quizzes" />
      {classes.length === 0 ? (
        <EmptyState title="You are not in a class yet">Enter the code your teacher gives you below to join one.</EmptyState>
      ) : (
        <div className="space-y-10">
          {classes.map((c) => {
            const mine = assignments.filter((a) => a.classroom.id === c.id);
            return (
              <section key={c.id} aria-labelledby={`class-${c.id}`}>
                <h2 id={`class-${c.id}`} className="mb-3 text-xl font-semibold">
                  {c.name} <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">· {c.teacher.displayName}</span>
                </h2>
                {mine.length === 0 ? (
                  <p className="text-zinc-700 dark:text-zinc-300">No quizzes in this class yet.</p>
                ) : (
                  <ul className="grid gap-4 sm:grid-cols-2">
                    {mine.map((a) => {
                      const status = assignmentStatus(a, now);
                      const done = a.attempts.filter((t) => t.submittedAt);
                      // Attempts come newest first: the last one is done[0].
                      const last = a.settings.countedAttempt === "LAST";
                      const best = last ? done[0] : done.reduce<(typeof done)[number] | undefined>((b, t) => (!b || (t.score ?? 0) > (b.score ?? 0) ? t : b), undefined);
                      const closed = a.dueAt !== null && a.dueAt < now && a.settings.lateAnswers === "refuse";
                      const canStart = (status === "to-do" || status === "due-soon" || status === "overdue" || status === "done") && !closed && a.attempts.length < a.attemptsAllowed;
                      const limit = a.settings.timeLimitSeconds;
                      return (
                        <li key={a.id}>
                          <Card className="flex h-full flex-col gap-3">
                            <div className="flex items-start justify-between gap-3">
                              <h3 className="text-lg font-semibold">{a.quiz.title}</h3>
                              <span className="shrink-0 rounded-full border border-zinc-400 px-2 py-0.5 text-sm font-medium">{STATUS_LABEL[status]}</span>
                            </div>
                            <p className="text-sm text-zinc-700 dark:text-zinc-300">
                              {a.quiz._count.questions} questions
                              {limit && <> · {Math.round(limit / 60)} min time limit</>}
                              {a.dueAt && <> · due {formatDateTime(a.dueAt)}</>}
                            </p>
                            {best && (
                              <p className="tabular">
                                {last ? "Last score" : "Best score"}: <strong>{best.score}</strong> / {best.maxScore} ({formatPercent(best.score ?? 0, best.maxScore)}){" "}
                                <Link className="font-semibold text-accent-700 underline underline-offset-4 dark:text-accent-100" href={`/play/${best.id}/result`}>
                                  See answers<span className="sr-only"> for {a.quiz.title}</span>
                                </Link>
                              </p>
                            )}
                            <div className="mt-auto">
                              {status === "in-progress" && <AttemptButton kind="start" assignmentId={a.id} label="Resume" />}
                              {canStart && <AttemptButton kind="start" assignmentId={a.id} label={done.length ? "Try again" : "Start quiz"} />}
                            </div>
                          </Card>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
      <p className="mt-8">
        <Link href="/student/progress" className="font-semibold text-accent-700 underline underline-offset-4 dark:text-accent-100">
          See my progress
        </Link>
      </p>
      <Card className="mt-6">
        <JoinClassForm />
      </Card>
    </>
  );
}
