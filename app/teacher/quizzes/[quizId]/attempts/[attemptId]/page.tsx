import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceQuote } from "@/components/player/source-quote";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Verdict } from "@/components/ui/verdict";
import { parseOptions } from "@/lib/attempt/public-question";
import { requireUser } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { AnswerSchema, describeAnswer, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { getAttemptForTeacher, listSiblingAttempts } from "@/lib/results/data";
import { formatDuration } from "@/lib/results/summarize-results";
import { parseQuestionIds } from "@/lib/attempt/schema";

export const metadata: Metadata = { title: "Attempt" };

export default async function TeacherAttemptPage({ params }: { params: Promise<{ quizId: string; attemptId: string }> }) {
  const { quizId, attemptId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}/attempts/${attemptId}`);
  const attempt = await getAttemptForTeacher(quizId, attemptId, user.id);
  if (!attempt?.quiz) notFound();
  const siblings = attempt.assignmentId ? await listSiblingAttempts(attempt.assignmentId, attempt.studentId) : [];
  const quiz = attempt.quiz;
  const order = parseQuestionIds(attempt.questionOrder);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const right = attempt.responses.filter((r) => r.correct).length;
  return (
    <>
      <PageHeader
        title={attempt.kind === "LIVE" ? `${attempt.student.displayName}: live game` : `${attempt.student.displayName}: attempt ${attempt.number}`}
        crumbs={[
          { href: "/teacher", label: "Your quizzes" },
          { href: `/teacher/quizzes/${quiz.id}/results`, label: `Results: ${quiz.title}` },
        ]}
      />
      <Card className="mb-6">
        <p className="text-2xl font-bold tabular">{attempt.submittedAt ? `${attempt.score} / ${attempt.maxScore}` : "Not submitted yet"}</p>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          {right} of {order.length} right · {attempt.responses.length} answered
          {attempt.submittedAt && ` · submitted ${formatDateTime(attempt.submittedAt)} · time ${formatDuration(attempt.submittedAt.getTime() - attempt.startedAt.getTime())}`}
          {attempt.kind === "PRACTICE" && " · practice (not counted)"}
          {attempt.kind === "LIVE" && " · live game, hosted in class (counts in mastery, not in assignment scores)"}
          {attempt.assignment && ` · ${attempt.assignment.classroom.name}`}
        </p>
        {siblings.length > 1 && (
          <nav aria-label="This student’s attempts" className="mt-3">
            <ul className="flex flex-wrap gap-3 text-sm">
              {siblings.map((s) => (
                <li key={s.id}>
                  {s.id === attempt.id ? (
                    <span aria-current="page" className="font-semibold">Attempt {s.number}</span>
                  ) : (
                    <Link href={`/teacher/quizzes/${quiz.id}/attempts/${s.id}`} className="text-accent-700 underline dark:text-accent-100">
                      Attempt {s.number} ({s.submittedAt ? `${s.score} / ${s.maxScore}` : "open"})
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
      </Card>
      <ol className="space-y-5">
        {order.map((id, i) => {
          const q = byId.get(id);
          if (!q) return null;
          const options = parseOptions(q.options);
          const response = responses.get(id);
          const given = AnswerSchema.safeParse(response?.answer);
          return (
            <li key={id}>
              <Card>
                <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                  <h2 className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
                    Question {i + 1}
                    {q.droppedAt && " · dropped"}
                  </h2>
                  <span className="flex items-center gap-3">
                    {response?.late && <span className="rounded border border-zinc-500 px-1.5 text-sm">Late</span>}
                    {response ? <Verdict correct={response.correct} /> : <span className="font-semibold">Not answered</span>}
                    {response && <span className="tabular text-sm">{response.points} / {q.points} pt</span>}
                  </span>
                </div>
                <p className="text-lg">{q.prompt}</p>
                <dl className="my-3 grid gap-1 sm:grid-cols-[max-content_1fr] sm:gap-x-4">
                  <dt className="font-semibold">Their answer</dt>
                  <dd>{given.success ? describeAnswer(options, given.data) : "—"}</dd>
                  <dt className="font-semibold">Key</dt>
                  <dd>{describeAnswer(options, parseAnswerKey(q.answerKey))}</dd>
                  {response?.timeMs != null && (
                    <>
                      <dt className="font-semibold">Time</dt>
                      <dd className="tabular">{formatDuration(response.timeMs)}</dd>
                    </>
                  )}
                </dl>
                {q.fact ? (
                  <SourceQuote sentence={q.explanation} sentenceStart={q.fact.start} answerStart={q.answerStart} answerEnd={q.answerEnd} articleTitle={quiz.article.title} />
                ) : (
                  q.explanation && <p className="text-sm">Explanation: {q.explanation}</p>
                )}
                {response && response.gradings.length > 0 && (
                  <div className="mt-3">
                    <h3 className="font-semibold">Grading history</h3>
                    <ul className="mt-1 list-disc pl-6 text-sm">
                      {response.gradings.map((g) => (
                        <li key={g.id}>
                          {formatDateTime(g.createdAt)}, {g.gradedBy?.displayName ?? "a removed account"}: {g.oldPoints} → {g.newPoints} pt ({g.oldCorrect ? "right" : "wrong"} →{" "}
                          {g.newCorrect ? "right" : "wrong"}). {g.reason}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </Card>
            </li>
          );
        })}
      </ol>
    </>
  );
}
