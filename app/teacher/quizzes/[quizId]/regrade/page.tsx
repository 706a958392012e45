import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplyRegradeForm } from "@/components/results/apply-regrade-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { findQuizForTeacher } from "@/lib/results/data";
import { planRegrade } from "@/lib/results/regrade-mutations";
import { RegradeQuerySchema } from "@/lib/results/schema";

export const metadata: Metadata = { title: "Regrade preview" };

const verdict = (correct: boolean) => (correct ? "right" : "wrong");

export default async function RegradePreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { quizId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}/regrade`);
  const quiz = await findQuizForTeacher(quizId, user.id);
  if (!quiz) notFound();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = RegradeQuerySchema.safeParse(raw);
  const crumbs = [
    { href: "/teacher", label: "Your quizzes" },
    { href: `/teacher/quizzes/${quizId}/analysis`, label: `Question analysis: ${quiz.title}` },
  ];
  if (!query.success) {
    return (
      <>
        <PageHeader title="Regrade preview" crumbs={crumbs} />
        <EmptyState title="Nothing to preview">{query.error.issues[0]?.message ?? "Choose a correction on the question analysis page."}</EmptyState>
      </>
    );
  }
  const plan = await planRegrade(user.id, quizId, query.data.questionId, query.data.change);
  if (plan.status === "not-found") notFound();
  if (plan.status === "invalid") {
    return (
      <>
        <PageHeader title="Regrade preview" crumbs={crumbs} />
        <EmptyState title="That correction does not fit this question">{plan.error}</EmptyState>
      </>
    );
  }
  const changed = plan.rows.filter((r) => r.newScore !== r.oldScore || r.newMax !== r.oldMax);
  return (
    <>
      <PageHeader title="Regrade preview" crumbs={crumbs} />
      <Card className="mb-6">
        <p className="text-lg">{plan.question.prompt}</p>
        <p className="mt-2 font-semibold">{plan.description}</p>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300" data-testid="regrade-summary">
          Dry run: {plan.rows.length} attempts showed this question; {changed.length} would change score. Nothing is saved until you apply it.
        </p>
      </Card>
      {plan.rows.length > 0 && (
        <Card className="mb-6 overflow-x-auto">
          <table className="w-full text-left">
            <caption className="mb-2 text-left text-lg font-semibold">Every student’s change of score</caption>
            <thead>
              <tr className="border-b border-zinc-300 dark:border-zinc-700">
                <th scope="col" className="py-2 pr-4">Student</th>
                <th scope="col" className="py-2 pr-4">Attempt</th>
                <th scope="col" className="py-2 pr-4">Their answer</th>
                <th scope="col" className="py-2 pr-4">Verdict</th>
                <th scope="col" className="py-2 pr-4 text-right">Score now</th>
                <th scope="col" className="py-2 pr-4 text-right">After regrade</th>
                <th scope="col" className="py-2 text-right">Change</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((r) => {
                const delta = r.oldScore === null || r.newScore === null ? null : r.newScore - r.oldScore;
                return (
                  <tr key={r.attemptId} className="border-b border-zinc-200 last:border-0 dark:border-zinc-800">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {r.studentName} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({r.username})</span>
                    </th>
                    <td className="py-2 pr-4 text-sm">
                      {r.kind === "PRACTICE" ? "practice" : `#${r.number}`}
                      {r.className && ` · ${r.className}`}
                      {!r.submitted && " · open"}
                    </td>
                    <td className="py-2 pr-4">{r.answerText ?? "Not answered"}</td>
                    <td className="py-2 pr-4">{r.response ? (r.response.oldCorrect === r.response.newCorrect ? verdict(r.response.oldCorrect) : `${verdict(r.response.oldCorrect)} → ${verdict(r.response.newCorrect)}`) : "—"}</td>
                    <td className="py-2 pr-4 text-right tabular">{r.oldScore === null ? "—" : `${r.oldScore} / ${r.oldMax}`}</td>
                    <td className="py-2 pr-4 text-right tabular">{r.newScore === null ? `— / ${r.newMax}` : `${r.newScore} / ${r.newMax}`}</td>
                    <td className="py-2 text-right font-semibold tabular">{delta === null ? "—" : delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : r.newMax !== r.oldMax ? "max changes" : "no change"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Apply</h2>
        <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
          The question’s key is corrected in place (recorded with the old and new key), each changed answer keeps its grading history, and mastery is
          recomputed from the answers.
        </p>
        <ApplyRegradeForm quizId={quizId} questionId={plan.question.id} change={query.data.change} changedCount={changed.length} />
      </Card>
    </>
  );
}
