import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizPlayer } from "@/components/player/quiz-player";
import { findAttemptForStudent } from "@/lib/attempt/data";
import { toPublicQuestion } from "@/lib/attempt/public-question";
import { requireUser } from "@/lib/auth/guard";
import { AnswerSchema } from "@/lib/quiz/grade-answer";
import { articleReadableDuring } from "@/lib/quiz/timing";
import type { Answer } from "@/lib/quiz/types";
import { parseQuestionIds } from "@/lib/attempt/schema";

export const metadata: Metadata = { title: "Quiz" };

export default async function PlayPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser("STUDENT", `/play/${attemptId}`);
  const attempt = await findAttemptForStudent(attemptId, user.id);
  if (!attempt?.quiz) notFound();
  if (attempt.submittedAt) redirect(`/play/${attemptId}/result`);

  const quiz = attempt.quiz;
  const settings = attempt.settings;
  const order = parseQuestionIds(attempt.questionOrder);
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  // Only what a student may see before answering: prompt and options, never the key.
  const questions = order.flatMap((id) => {
    const q = byId.get(id);
    return q ? [toPublicQuestion(q, attempt.id)] : [];
  });
  const answers: Record<string, Answer> = {};
  for (const r of attempt.responses) {
    const parsed = AnswerSchema.safeParse(r.answer);
    if (parsed.success) answers[r.questionId] = parsed.data;
  }
  return (
    <QuizPlayer
      attemptId={attempt.id}
      title={quiz.title}
      practice={attempt.kind === "PRACTICE"}
      questions={questions}
      initialAnswers={answers}
      timing={attempt.dueBy ? { dueBy: attempt.dueBy.toISOString(), serverNow: new Date().toISOString(), lateAnswers: settings.lateAnswers } : null}
      article={{ id: quiz.article.id, title: quiz.article.title, readable: articleReadableDuring(settings.articleDuringAttempt, attempt.dueBy !== null) }}
    />
  );
}
