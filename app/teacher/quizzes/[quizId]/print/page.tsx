import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/quizzes/print-button";
import { Worksheet } from "@/components/quizzes/worksheet";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { getQuizWorksheet } from "@/lib/quizzes/data";

export const metadata: Metadata = { title: "Worksheet" };

export default async function QuizWorksheetPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}/print`);
  const quiz = await getQuizWorksheet(quizId, user.id);
  if (!quiz) notFound();
  return (
    <>
      <div className="no-print">
        <PageHeader
          title="Paper worksheet"
          crumbs={[
            { href: "/teacher", label: "Your quizzes" },
            { href: `/teacher/quizzes/${quiz.id}`, label: quiz.title },
          ]}
        >
          <PrintButton label="Print worksheet" />
        </PageHeader>
        <p className="mb-4 text-zinc-700 dark:text-zinc-300">For a class without devices. The answer key, with each question&apos;s source sentence, prints on a page of its own.</p>
      </div>
      {quiz.questions.length === 0 ? (
        <EmptyState title="This quiz has no questions yet">Add questions to the quiz, then print it.</EmptyState>
      ) : (
        <Worksheet quiz={quiz} />
      )}
    </>
  );
}
