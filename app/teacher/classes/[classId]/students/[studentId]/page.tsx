import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LineChart } from "@/components/charts/line-chart";
import { LEVEL_OF } from "@/components/results/mastery-levels";
import { PrintButton } from "@/components/results/print-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { masteryByArticle } from "@/lib/quiz/progress";
import { getStudentReport } from "@/lib/results/class-data";

export const metadata: Metadata = { title: "Student report" };

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

export default async function StudentReportPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const { classId, studentId } = await params;
  const user = await requireUser("TEACHER", `/teacher/classes/${classId}/students/${studentId}`);
  const report = await getStudentReport(classId, studentId, user.id);
  if (!report) notFound();
  const done = report.quizzes.filter((q) => q.counted).sort((a, b) => a.counted!.submittedAt!.getTime() - b.counted!.submittedAt!.getTime());
  const share = (c: { score: number | null; maxScore: number }) => (c.maxScore ? (c.score ?? 0) / c.maxScore : 0);
  const average = done.length ? done.reduce((s, q) => s + share(q.counted!), 0) / done.length : null;
  const articles = masteryByArticle(
    report.mastery.map((m) => ({ articleId: m.fact.article.id, articleTitle: m.fact.article.title, factId: m.fact.id, sentence: m.fact.sentence, seen: m.seen, correct: m.correct })),
  );
  return (
    <article className="print:text-[11pt]">
      <div className="no-print">
        <PageHeader
          title={report.student.displayName}
          crumbs={[
            { href: `/teacher/classes/${report.classroom.id}`, label: report.classroom.name },
            { href: `/teacher/classes/${report.classroom.id}/gradebook`, label: "Gradebook" },
          ]}
        >
          <PrintButton label="Print for a parent meeting" />
        </PageHeader>
      </div>
      <header className="mb-4 hidden print:block">
        <h1 className="text-2xl font-bold">{report.student.displayName}</h1>
        <p>
          {report.classroom.name} · printed {formatDateTime(new Date())}
        </p>
      </header>
      <div className="mb-6 grid gap-4 sm:grid-cols-3 print:grid-cols-3">
        <Card className="print:border-zinc-400 print:shadow-none">
          <p className="text-sm font-semibold uppercase tracking-wide">Quizzes submitted</p>
          <p className="text-3xl font-bold tabular">
            {done.length} of {report.quizzes.length}
          </p>
        </Card>
        <Card className="print:border-zinc-400 print:shadow-none">
          <p className="text-sm font-semibold uppercase tracking-wide">Average score</p>
          <p className="text-3xl font-bold tabular">{average === null ? "—" : `${Math.round(average * 100)}%`}</p>
        </Card>
        <Card className="print:border-zinc-400 print:shadow-none">
          <p className="text-sm font-semibold uppercase tracking-wide">Practice rounds</p>
          <p className="text-3xl font-bold tabular">{report.practiceCount}</p>
        </Card>
      </div>
      {report.quizzes.length === 0 ? (
        <EmptyState title="No quizzes assigned yet">Assign a quiz to {report.classroom.name} to follow this student’s progress.</EmptyState>
      ) : (
        <Card className="mb-6 break-inside-avoid print:border-zinc-400 print:shadow-none">
          <h2 className="mb-2 text-xl font-semibold">Progress over time</h2>
          {done.length > 1 && (
            <LineChart
              id="student-progress"
              title={`${report.student.displayName}: score per quiz over time`}
              description={done.map((q) => `${q.title}, ${day.format(q.counted!.submittedAt!)}: ${Math.round(share(q.counted!) * 100)}%`).join("; ")}
              points={done.map((q) => ({ label: day.format(q.counted!.submittedAt!), percent: share(q.counted!) * 100 }))}
            />
          )}
          <table className="mt-3 w-full text-left tabular">
            <caption className="sr-only">Each quiz: when it was submitted and the counted score</caption>
            <thead>
              <tr className="border-b border-zinc-300 dark:border-zinc-700">
                <th scope="col" className="py-1 pr-4">Quiz</th>
                <th scope="col" className="py-1 pr-4">Submitted</th>
                <th scope="col" className="py-1 pr-4 text-right">Score</th>
                <th scope="col" className="py-1 text-right">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {report.quizzes.map((q) => (
                <tr key={q.assignmentId} className="border-b border-zinc-200 last:border-0 dark:border-zinc-800">
                  <th scope="row" className="py-1 pr-4 font-medium">
                    {q.counted ? (
                      <Link href={`/teacher/quizzes/${q.quizId}/attempts/${q.counted.id}`} className="underline-offset-4 hover:underline">
                        {q.title}
                      </Link>
                    ) : (
                      q.title
                    )}
                  </th>
                  <td className="py-1 pr-4">{q.counted?.submittedAt ? formatDateTime(q.counted.submittedAt) : q.dueAt && q.dueAt < new Date() ? "Missing" : "Not yet"}</td>
                  <td className="py-1 pr-4 text-right">{q.counted ? `${q.counted.score} / ${q.counted.maxScore} (${Math.round(share(q.counted) * 100)}%)` : "—"}</td>
                  <td className="py-1 text-right">{q.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <h2 className="mb-3 text-xl font-semibold">What {report.student.displayName} knows, fact by fact</h2>
      {articles.length === 0 ? (
        <p>No facts answered yet.</p>
      ) : (
        <div className="space-y-4">
          {articles.map((a) => (
            <Card key={a.articleId} className="break-inside-avoid print:border-zinc-400 print:shadow-none">
              <h3 className="text-lg font-semibold">{a.articleTitle}</h3>
              <p className="mb-2 tabular">
                {a.factsMastered} of {a.factsSeen} facts mastered
              </p>
              <ul className="space-y-1">
                {a.facts.map((f) => (
                  <li key={f.factId} className="flex gap-3">
                    <span className="w-36 shrink-0 font-semibold">
                      <span aria-hidden="true">{LEVEL_OF[f.level].icon} </span>
                      {LEVEL_OF[f.level].word}
                    </span>
                    <span>
                      {f.sentence} <span className="text-sm tabular text-zinc-600 dark:text-zinc-400">({f.correct} of {f.seen} right)</span>
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </article>
  );
}
