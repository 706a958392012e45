import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResultsTable } from "@/components/results/results-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { findQuizForTeacher, getQuizResultsForTeacher } from "@/lib/results/data";
import { settleLiveGames } from "@/lib/live/mutations";
import { LiveResults } from "@/components/live/live-results";
import { listLiveGamesForQuiz } from "@/lib/live/data";
import { parseResultsQuery } from "@/lib/results/search-params";
import { filterAndSortResults, RESULT_FILTERS, type ResultFilter } from "@/lib/results/summarize-results";

export const metadata: Metadata = { title: "Results" };

const FILTER_LABEL: Record<ResultFilter, string> = {
  all: "Everyone",
  submitted: "Submitted",
  "not-submitted": "Not submitted yet",
  missing: "Missing (past due)",
  late: "Late",
};

export default async function QuizResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { quizId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}/results`);
  const query = parseResultsQuery(await searchParams);
  // Games a host left running for hours are ended, and their students' answers handed in, before they are read.
  if (await findQuizForTeacher(quizId, user.id)) await settleLiveGames(new Date(), { quizId });
  const [quiz, liveGames] = await Promise.all([
    getQuizResultsForTeacher(quizId, user.id, { assignmentId: query.class ?? "" }),
    listLiveGamesForQuiz(quizId, user.id),
  ]);
  if (!quiz) notFound();
  return (
    <>
      <PageHeader title={`Results: ${quiz.title}`} crumbs={[{ href: "/teacher", label: "Your quizzes" }, { href: `/teacher/quizzes/${quiz.id}`, label: quiz.title }]}>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/teacher/quizzes/${quiz.id}/analysis`}>Question analysis</ButtonLink>
          <ButtonLink href={`/api/export/quizzes/${quiz.id}/results`} variant="secondary" prefetch={false}>
            Download results (CSV)
          </ButtonLink>
          <ButtonLink href={`/api/export/quizzes/${quiz.id}/responses`} variant="secondary" prefetch={false}>
            Download every answer (CSV)
          </ButtonLink>
        </div>
      </PageHeader>
      {quiz.assignments.length === 0 ? (
        liveGames.length === 0 && <EmptyState title="Not assigned yet">Assign this quiz to a class or host a live game to collect results.</EmptyState>
      ) : (
        <>
        {quiz.list.length > 1 && (
          <nav aria-label="Classes this quiz is assigned to" className="no-print mb-4">
            <ul className="flex flex-wrap gap-2">
              {quiz.list.map((a) => (
                <li key={a.id}>
                  <Link
                    href={`?${new URLSearchParams({ class: a.id, sort: query.sort, dir: query.dir, show: query.show })}`}
                    aria-current={a.selected ? "page" : undefined}
                    className={`inline-flex min-h-11 items-center rounded-lg border px-4 font-semibold ${a.selected ? "border-accent-600 bg-accent-50 text-accent-800 dark:bg-zinc-800 dark:text-accent-100" : "border-zinc-300 bg-white hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900"}`}
                  >
                    {a.className}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-3">
          {query.class && <input type="hidden" name="class" value={query.class} />}
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.dir} />
          <label className="flex flex-col text-sm font-semibold">
            Show
            <select name="show" defaultValue={query.show} className="mt-1 min-h-12 rounded-lg border border-zinc-300 bg-white px-3 text-base font-normal dark:border-zinc-700 dark:bg-zinc-900">
              {RESULT_FILTERS.map((f) => (
                <option key={f} value={f}>
                  {FILTER_LABEL[f]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="min-h-12 rounded-lg border border-zinc-300 bg-white px-5 font-semibold dark:border-zinc-700 dark:bg-zinc-900">
            Apply
          </button>
        </form>
        </>
      )}
      <div className="space-y-8">
        {quiz.assignments.map((a) => {
          const rows = filterAndSortResults(a.rows, query.show, query.sort, query.dir === "desc");
          const submitted = a.rows.filter((r) => r.status === "submitted");
          const mean = submitted.length ? submitted.reduce((s, r) => s + (r.scoreShare ?? 0), 0) / submitted.length : null;
          return (
            <Card key={a.id}>
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-xl font-semibold">{a.classroom.name}</h2>
                <p className="text-sm text-zinc-700 dark:text-zinc-300">
                  {submitted.length} of {a.rows.length} submitted
                  {mean !== null && ` · class average ${Math.round(mean * 100)}%`} · counted attempt: the {a.rule === "LAST" ? "last" : "best"}
                </p>
              </div>
              {a.rows.length === 0 ? (
                <p>No students in this class yet.</p>
              ) : rows.length === 0 ? (
                <p>No student matches “{FILTER_LABEL[query.show]}”.</p>
              ) : (
                <ResultsTable quizId={quiz.id} classId={a.classroom.id} className={a.classroom.name} rows={rows} questionCount={quiz.questionCount} query={query} />
              )}
            </Card>
          );
        })}
      </div>
      <LiveResults games={liveGames} quizId={quizId} />
    </>
  );
}
