import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { SourceQuote } from "@/components/player/source-quote";
import { AttemptButton } from "@/components/student/attempt-button";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Verdict } from "@/components/ui/verdict";
import { articleLink } from "@/lib/article/links";
import { findAttemptForStudent } from "@/lib/attempt/data";
import { parseOptions } from "@/lib/attempt/public-question";
import { requireUser } from "@/lib/auth/guard";
import { AnswerSchema, describeAnswer, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { formatPercent, scoreAttempt } from "@/lib/quiz/score-attempt";
import { parseQuestionIds } from "@/lib/attempt/schema";

export const metadata: Metadata = { title: "Your result" };

function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export default async function ResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser("STUDENT", `/play/${attemptId}/result`);
  const attempt = await findAttemptForStudent(attemptId, user.id);
  if (!attempt?.quiz) notFound();
  if (!attempt.submittedAt) redirect(`/play/${attemptId}`);

  const quiz = attempt.quiz;
  const order = parseQuestionIds(attempt.questionOrder);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const total = scoreAttempt(attempt.responses, order.length, attempt.maxScore);
  const missed = order.length - total.correctCount;
  const practice = attempt.kind === "PRACTICE";

  return (
    <>
      <PageHeader title={`${practice ? "Practice result" : "Result"}: ${quiz.title}`} crumbs={[{ href: "/student", label: "My quizzes" }]} />
      <Card className="mb-8 flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-3xl font-bold tabular" data-testid="score">
            {attempt.score} / {attempt.maxScore}
          </p>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            Accuracy {formatPercent(total.correctCount, order.length)} ({total.correctCount} of {order.length} right) · time{" "}
            {formatDuration(attempt.submittedAt.getTime() - attempt.startedAt.getTime())}
            {attempt.responses.some((r) => r.late) && " · some answers were late"}
          </p>
        </div>
        {missed > 0 && <AttemptButton kind="practice" attemptId={attempt.id} label={`Practise what I missed (${missed})`} />}
      </Card>
      <ol className="space-y-5">
        {order.map((id, i) => {
          const q = byId.get(id);
          if (!q) return null;
          const options = parseOptions(q.options);
          const key = parseAnswerKey(q.answerKey);
          const response = responses.get(id);
          const chosen = AnswerSchema.safeParse(response?.answer);
          const chosenText = chosen.success ? describeAnswer(options, chosen.data) : undefined;
          const rightText = describeAnswer(options, key);
          return (
            <li key={id}>
              <Card>
                <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                  <h2 className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Question {i + 1}</h2>
                  <span className="flex items-center gap-3">
                    {response?.late && <span className="rounded border border-zinc-400 px-1.5 text-sm">Late</span>}
                    {response ? <Verdict correct={response.correct} /> : <span className="font-semibold">Not answered</span>}
                  </span>
                </div>
                <p className="text-lg">{q.prompt}</p>
                <dl className="my-3 grid gap-1 sm:grid-cols-[max-content_1fr] sm:gap-x-4">
                  <dt className="font-semibold">Your answer</dt>
                  <dd>{chosenText ?? "—"}</dd>
                  <dt className="font-semibold">Right answer</dt>
                  <dd>{rightText}</dd>
                </dl>
                {q.fact && (
                  <SourceQuote
                    sentence={q.explanation}
                    sentenceStart={q.fact.start}
                    answerStart={q.answerStart}
                    answerEnd={q.answerEnd}
                    articleTitle={quiz.article.title}
                    href={articleLink(quiz.article.id, q.fact.start)}
                  />
                )}
              </Card>
            </li>
          );
        })}
      </ol>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/student" variant="secondary">
          Back to my quizzes
        </ButtonLink>
        <ButtonLink href="/student/progress" variant="secondary">
          See my progress
        </ButtonLink>
      </div>
    </>
  );
}
