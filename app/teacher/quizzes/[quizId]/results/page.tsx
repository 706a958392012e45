import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { formatPercent } from "@/lib/quiz/score-attempt";
import { getQuizResultsForTeacher } from "@/lib/results/data";
import { LiveResults } from "@/components/live/live-results";
import { listLiveGamesForQuiz } from "@/lib/live/data";

export const metadata: Metadata = { title: "Results" };

export default async function QuizResultsPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}/results`);
  const [quiz, liveGames] = await Promise.all([getQuizResultsForTeacher(quizId, user.id), listLiveGamesForQuiz(quizId, user.id)]);
  if (!quiz) notFound();
  return (
    <>
      <PageHeader title={`Results: ${quiz.title}`} crumbs={[{ href: "/teacher", label: "Your quizzes" }]} />
      {quiz.assignments.length === 0 && liveGames.length === 0 && <EmptyState title="Not assigned yet">Assign this quiz to a class to collect results.</EmptyState>}
      <div className="space-y-8">
        {quiz.assignments.map((a) => {
          const byStudent = new Map<string, typeof a.attempts>();
          for (const t of a.attempts) byStudent.set(t.studentId, [...(byStudent.get(t.studentId) ?? []), t]);
          return (
            <Card key={a.id}>
              <h2 className="mb-3 text-xl font-semibold">{a.classroom.name}</h2>
              {a.classroom.enrollments.length === 0 ? (
                <p>No students in this class yet.</p>
              ) : (
                <div className="overflow-x-auto">
                  <table className="w-full text-left">
                    <caption className="sr-only">Scores for {a.classroom.name}</caption>
                    <thead>
                      <tr className="border-b border-zinc-300 dark:border-zinc-700">
                        <th scope="col" className="py-2 pr-4">Student</th>
                        <th scope="col" className="py-2 pr-4">Status</th>
                        <th scope="col" className="py-2 pr-4 text-right">Score</th>
                        <th scope="col" className="py-2 pr-4">Submitted</th>
                        <th scope="col" className="py-2">Quiz version</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.classroom.enrollments.map(({ student }) => {
                        const attempts = byStudent.get(student.id) ?? [];
                        const submitted = attempts.filter((t) => t.submittedAt);
                        const latest = submitted[submitted.length - 1];
                        const open = attempts.find((t) => !t.submittedAt);
                        return (
                          <tr key={student.id} className="border-b border-zinc-200 last:border-0 dark:border-zinc-800">
                            <th scope="row" className="py-2 pr-4 font-medium">
                              {student.displayName} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({student.username})</span>
                            </th>
                            <td className="py-2 pr-4">
                              {latest ? "Submitted" : open ? `In progress (${open._count.responses} of ${quiz._count.questions})` : "Not started"}
                            </td>
                            <td className="py-2 pr-4 text-right tabular">
                              {latest ? `${latest.score} / ${latest.maxScore} (${formatPercent(latest.score ?? 0, latest.maxScore)})` : "—"}
                            </td>
                            <td className="py-2 pr-4 tabular">{latest?.submittedAt ? formatDateTime(latest.submittedAt) : "—"}</td>
                            <td className="py-2 tabular" data-testid="attempt-version">{latest ? `v${latest.quizVersion}` : open ? `v${open.quizVersion}` : "—"}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </Card>
          );
        })}
      </div>
      <LiveResults games={liveGames} />
    </>
  );
}
