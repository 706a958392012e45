import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { listArchivedQuizzesForTeacher, listQuizzesForTeacher } from "@/lib/quizzes/data";

export const metadata: Metadata = { title: "Dashboard" };

export default async function TeacherDashboardPage() {
  const user = await requireUser("TEACHER", "/teacher");
  const [quizzes, archived] = await Promise.all([listQuizzesForTeacher(user.id), listArchivedQuizzesForTeacher(user.id)]);
  return (
    <>
      <PageHeader title="Your quizzes" />
      {quizzes.length === 0 ? (
        <EmptyState title="No quizzes yet">
          Quizzes you make from an article appear here, with their results.{" "}
          <Link href="/teacher/articles" className="font-semibold text-accent-700 underline underline-offset-4 dark:text-accent-100">
            Go to your articles
          </Link>{" "}
          to add one and make a quiz.
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          {quizzes.map((quiz) => (
            <Card key={quiz.id}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 className="text-lg font-semibold">
                    <Link href={`/teacher/quizzes/${quiz.id}`} className="underline-offset-4 hover:underline">
                      {quiz.title}
                    </Link>
                  </h2>
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">
                    {quiz._count.questions} questions · from “{quiz.article.title}” · {quiz.status === "PUBLISHED" ? "Published" : quiz.status === "DRAFT" ? "Draft" : "Archived"}
                  </p>
                </div>
                <Link
                  href={`/teacher/quizzes/${quiz.id}/results`}
                  className="inline-flex min-h-11 items-center rounded-lg bg-accent-600 px-4 font-semibold text-white hover:bg-accent-700 dark:bg-accent-100 dark:text-accent-800"
                >
                  Results<span className="sr-only"> for {quiz.title}</span>
                </Link>
              </div>
              {quiz.assignments.length > 0 ? (
                <ul className="mt-3 text-sm text-zinc-800 dark:text-zinc-200">
                  {quiz.assignments.map((a) => (
                    <li key={a.id} className="tabular">
                      {a.classroom.name}: {a._count.attempts} of {a.classroom._count.enrollments} students submitted
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">Not assigned to a class yet.</p>
              )}
            </Card>
          ))}
        </div>
      )}
      {archived.length > 0 && (
        <section aria-labelledby="archived-quizzes" className="mt-10">
          <h2 id="archived-quizzes" className="mb-3 text-xl font-semibold">
            Archived quizzes ({archived.length})
          </h2>
          <ul className="space-y-1">
            {archived.map((q) => (
              <li key={q.id}>
                <Link href={`/teacher/quizzes/${q.id}`} className="font-semibold underline-offset-4 hover:underline">
                  {q.title}
                </Link>{" "}
                <span className="text-sm text-zinc-600 dark:text-zinc-400">from “{q.article.title}”: open it to restore it or see its results</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
