import "server-only";
import type { Prisma } from "../db/client";

/**
 * The version an edit may write to. A version that attempts have started on is
 * never changed: the quiz moves to the next version (what new attempts take),
 * and the edit goes there. Question rows are shared between versions until one
 * is changed; see docs/decisions/013-quiz-versions.md.
 */
export async function editableVersion(tx: Prisma.TransactionClient, quizId: string, now = new Date()): Promise<number> {
  const quiz = await tx.quiz.findUniqueOrThrow({ where: { id: quizId }, select: { version: true, versionStartedAt: true } });
  // Any attempt started since this version became current may hold its questions.
  const taken = await tx.attempt.count({ where: { quizId, startedAt: { gte: quiz.versionStartedAt } } });
  if (taken === 0) return quiz.version;
  const next = quiz.version + 1;
  await tx.quiz.update({ where: { id: quizId }, data: { version: next, versionStartedAt: now } });
  return next;
}
