import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentsPanel } from "@/components/assignments/assignments-panel";
import { QuizLibraryActions } from "@/components/quizzes/quiz-library-actions";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { parseOptions } from "@/lib/attempt/public-question";
import { requireUser } from "@/lib/auth/guard";
import { describeAnswer, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { listAssignmentsForQuiz } from "@/lib/assignments/data";
import { listClassesForTeacher } from "@/lib/classroom/data";
import { getQuizForTeacher } from "@/lib/quizzes/data";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}`);
  const [quiz, assignments, classes] = await Promise.all([
    getQuizForTeacher(quizId, user.id),
    listAssignmentsForQuiz(quizId, user.id),
    listClassesForTeacher(user.id),
  ]);
  if (!quiz) notFound();
  return (
    <>
      <PageHeader title={quiz.title} crumbs={[{ href: "/teacher", label: "Your quizzes" }]}>
        <ButtonLink href={`/teacher/quizzes/${quiz.id}/live`}>Play live</ButtonLink>
        <ButtonLink href={`/teacher/quizzes/${quiz.id}/edit`} variant="secondary">
          Edit questions
        </ButtonLink>
        <ButtonLink href={`/teacher/quizzes/${quiz.id}/results`} variant="secondary">
          Results
        </ButtonLink>
      </PageHeader>
      {quiz.archivedAt && <p className="mb-4 rounded-lg bg-zinc-100 px-3 py-2 dark:bg-zinc-800">This quiz is archived: it is hidden from your lists, and its results are kept.</p>}
      <div className="mb-6">
        <QuizLibraryActions quizId={quiz.id} title={quiz.title} archived={Boolean(quiz.archivedAt)} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="mb-3 text-xl font-semibold">Questions ({quiz.questions.length})</h2>
          <ol className="list-decimal space-y-4 pl-6">
            {quiz.questions.map((q) => {
              const options = parseOptions(q.options);
              const answerKey = parseAnswerKey(q.answerKey);
              const key = answerKey.kind === "choice" ? answerKey.optionId : null;
              return (
                <li key={q.id}>
                  <p className="font-medium">{q.prompt}</p>
                  <ul className="mt-1 flex flex-wrap gap-2 text-sm">
                    {options.map((o) => (
                      <li key={o.id} className={`rounded border px-2 py-0.5 ${o.id === key ? "border-right-600 font-semibold" : "border-zinc-300 dark:border-zinc-700"}`}>
                        {o.id === key && <span className="sr-only">Right answer: </span>}
                        {o.text}
                        {o.id === key && <span aria-hidden="true"> ✓</span>}
                      </li>
                    ))}
                  </ul>
                  {answerKey.kind !== "choice" && (
                    <p className="mt-1 text-sm">
                      <span className="font-semibold">Answer:</span> {describeAnswer(options, answerKey)}
                    </p>
                  )}
                  <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Source: “{q.explanation}”</p>
                </li>
              );
            })}
          </ol>
        </Card>
        <Card className="h-fit">
          <AssignmentsPanel
            quizId={quiz.id}
            published={quiz.status === "PUBLISHED"}
            assignments={assignments}
            classes={classes.filter((c) => !c.archivedAt).map((c) => ({ id: c.id, name: c.name }))}
            defaults={quiz.settings}
          />
        </Card>
      </div>
    </>
  );
}
