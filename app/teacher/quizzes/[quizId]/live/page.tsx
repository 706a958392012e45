import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StartGameForm } from "@/components/live/start-game-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guard";
import { getLiveSetupForTeacher } from "@/lib/live/data";

export const metadata: Metadata = { title: "Play live" };

export default async function StartLivePage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const user = await requireUser("TEACHER", `/teacher/quizzes/${quizId}/live`);
  const setup = await getLiveSetupForTeacher(quizId, user.id);
  if (!setup) notFound();
  const { quiz, classes } = setup;
  return (
    <>
      <PageHeader title={`Play “${quiz.title}” live`} crumbs={[{ href: "/teacher", label: "Your quizzes" }, { href: `/teacher/quizzes/${quiz.id}`, label: quiz.title }]} />
      <Card className="max-w-2xl">
        {quiz.playable === 0 ? (
          <p>This quiz has no multiple-choice, true/false or fill-in-the-blank questions, and only those are played live.</p>
        ) : (
          <>
            <p className="mb-4">
              {quiz.playable} of {quiz.total} questions are played live (multiple choice, true/false and typed answers); ordering and matching questions stay in the self-paced quiz.
            </p>
            <StartGameForm quizId={quiz.id} classes={classes} playable={quiz.playable} />
          </>
        )}
      </Card>
    </>
  );
}
