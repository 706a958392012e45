import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/charts/bar-chart";
import { ItemCard } from "@/components/results/item-card";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { settleLiveGames } from "@/lib/live/mutations";
import { LOW_FACILITY } from "@/lib/quiz/item-statistics";
import { findQuizForTeacher } from "@/lib/results/data";
import { analysisSourceOf, getItemAnalysis } from "@/lib/results/item-data";

export const metadata: Metadata = { title: "Question analysis" };

export default async function ItemAnalysisPage({
  params,
  searchParams,
}: {
  params: Promise<{ quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { quizId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}/analysis`);
  const source = analysisSourceOf((await searchParams).game);
  // A game its host left running is ended, and its students' answers handed in, before they are read.
  if (await findQuizForTeacher(quizId, user.id)) await settleLiveGames(new Date(), { quizId });
  const analysis = await getItemAnalysis(quizId, user.id, source);
  if (!analysis) notFound();
  const live = analysis.source.kind === "live";
  const flagged = analysis.items.filter((i) => i.stats.flags.length > 0 && !i.question.dropped).length;
  return (
    <>
      <PageHeader
        title={`Question analysis: ${analysis.title}`}
        crumbs={[
          { href: "/teacher", label: "Your quizzes" },
          { href: `/teacher/quizzes/${analysis.id}/results`, label: `Results: ${analysis.title}` },
        ]}
      >
        <ButtonLink href={`/teacher/quizzes/${analysis.id}/results`} variant="secondary">
          Student results
        </ButtonLink>
      </PageHeader>
      {analysis.liveGames.length > 0 && (
        <nav aria-label="Whose answers to analyse" className="no-print mb-4">
          <ul className="flex flex-wrap gap-2">
            {[{ key: "", label: "Assignments" }, ...analysis.liveGames.map((g) => ({ key: g.id, label: `Live game, ${formatDateTime(g.playedAt)}${g.className ? ` (${g.className})` : ""}, ${g.students} ${g.students === 1 ? "student" : "students"}` }))].map((l) => {
              const current = live ? analysis.source.kind === "live" && analysis.source.gameId === l.key : l.key === "";
              return (
                <li key={l.key || "assignments"}>
                  <Link
                    href={l.key ? `?${new URLSearchParams({ game: l.key })}` : `/teacher/quizzes/${analysis.id}/analysis`}
                    aria-current={current ? "page" : undefined}
                    className={`inline-flex min-h-11 items-center rounded-lg border px-4 font-semibold ${current ? "border-accent-600 bg-accent-50 text-accent-800 dark:bg-zinc-800 dark:text-accent-100" : "border-zinc-300 bg-white hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900"}`}
                  >
                    {l.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      {live && (
        <p className="mb-4">
          The answers of the {analysis.students} signed-in {analysis.students === 1 ? "student" : "students"} who played this live game, on the{" "}
          {analysis.items.length} of {analysis.questionCount} questions it played. Guests are not counted: they have no account to keep answers in.
        </p>
      )}
      <details className="mb-6 rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900">
        <summary className="cursor-pointer font-semibold">How to read these numbers</summary>
        <div className="mt-2 space-y-2 text-sm">
          <p>
            Each student counts once: with their counted attempt for the assignments, or with their answers in the live game chosen above. An unanswered
            question counts as wrong.
          </p>
          <p>
            <strong>Facility</strong> is the share of students who got the question right. Below {LOW_FACILITY * 100}% the question is flagged: the fact
            may not have been taught yet, or the key or the wording may be wrong.
          </p>
          <p>
            <strong>Discrimination</strong> is the point-biserial correlation between getting this question right and the number of other questions right
            (the question itself left out of the total). Near +1: the students who know the article get it and the others do not. Near 0: it tells
            them apart no better than chance. Below 0: the stronger students missed it more often than the weaker ones, which usually means the key is
            wrong or the question is ambiguous. We use the point-biserial rather than upper and lower 27% groups because it uses every student, which
            matters in a class of 25.
          </p>
          <p>A flag is a reason to look, not a verdict. Fixing a key, accepting an answer or dropping a question first shows every student’s change of score; nothing changes until you apply it.</p>
        </div>
      </details>
      {analysis.students === 0 ? (
        <EmptyState title="No submitted attempts yet">
          The analysis appears once students have submitted this quiz{analysis.liveGames.length > 0 ? ", or choose a live game above" : ""}.
        </EmptyState>
      ) : (
        <>
          <div className="mb-6 grid gap-6 xl:grid-cols-2">
            <Card>
              <h2 className="mb-2 text-lg font-semibold">Score distribution</h2>
              <BarChart
                id="score-distribution"
                title="Score distribution"
                description={`How many of the ${analysis.students} students scored in each band: ${analysis.distribution.map((b) => `${b.label}: ${b.count}`).join("; ")}.`}
                bars={analysis.distribution.map((b) => ({ label: b.label, value: b.count, valueLabel: String(b.count) }))}
                max={Math.max(1, ...analysis.distribution.map((b) => b.count))}
                labelWidth={90}
              />
            </Card>
            <Card>
              <h2 className="mb-2 text-lg font-semibold">Question difficulty</h2>
              <BarChart
                id="question-facility"
                title="Share of students right, per question"
                description={analysis.items.map((it, i) => `Question ${i + 1}: ${it.stats.facility === null ? "no answers" : `${Math.round(it.stats.facility * 100)}%`}${it.stats.flags.length ? ", flagged" : ""}`).join("; ")}
                bars={analysis.items.map((it, i) => ({
                  label: `Q${i + 1}${it.question.dropped ? " (dropped)" : it.stats.flags.length ? " ⚑" : ""}`,
                  value: (it.stats.facility ?? 0) * 100,
                  valueLabel: it.stats.facility === null ? "—" : `${Math.round(it.stats.facility * 100)}%${it.stats.flags.length && !it.question.dropped ? " flagged" : ""}`,
                  fill: it.question.dropped ? "light" : it.stats.flags.length ? "hatch" : "solid",
                }))}
                max={100}
                labelWidth={110}
              />
              <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">Striped bars and ⚑ mark flagged questions ({flagged}).</p>
            </Card>
          </div>
          <ol className="space-y-5">
            {analysis.items.map((it, i) => (
              <li key={it.question.id}>
                <ItemCard quizId={analysis.id} number={i + 1} articleTitle={analysis.article.title} question={it.question} stats={it.stats} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
