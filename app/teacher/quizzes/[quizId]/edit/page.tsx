import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishPanel } from "@/components/quizzes/editor/publish-panel";
import { QuizEditor } from "@/components/quizzes/editor/quiz-editor";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { getQuizForEditor } from "@/lib/quizzes/editor-data";

export const metadata: Metadata = { title: "Edit quiz" };

export default async function EditQuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}/edit`);
  const quiz = await getQuizForEditor(quizId, user.id);
  if (!quiz) notFound();
  const unsure = quiz.questions.filter((q) => q.needsALook).length;
  return (
    <>
      <PageHeader title={`Edit: ${quiz.title}`} crumbs={[{ href: "/teacher", label: "Your quizzes" }, { href: `/teacher/quizzes/${quiz.id}`, label: quiz.title }]}>
        <div className="flex flex-wrap items-start gap-3">
          <p className="self-center rounded-full border border-zinc-400 px-3 py-1 text-sm font-semibold" data-testid="quiz-status">
            {quiz.status === "DRAFT" ? "Draft" : quiz.status === "PUBLISHED" ? `Published · version ${quiz.version}` : "Archived"}
          </p>
          {quiz.status === "DRAFT" ? (
            <PublishPanel quizId={quiz.id} questionCount={quiz.questions.length} />
          ) : (
            <ButtonLink href={`/teacher/quizzes/${quiz.id}`} variant="secondary">
              Quiz page
            </ButtonLink>
          )}
        </div>
      </PageHeader>
      <p className="mb-4 text-zinc-700 dark:text-zinc-300">
        {quiz.questions.length} question{quiz.questions.length === 1 ? "" : "s"}
        {unsure > 0 && ` · ${unsure} need${unsure === 1 ? "s" : ""} a look`} · changes are saved as you make them.
      </p>
      <QuizEditor quiz={quiz} />
    </>
  );
}
