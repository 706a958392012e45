import "server-only";
import { getDb, type Prisma } from "../db/client";
import { scoreAttempt } from "../quiz/score-attempt";
import { recomputeMastery } from "./mastery";
import { ownAttemptWhere } from "./own-attempt";
import { parseQuestionIds } from "./schema";

export type SubmitResult = { status: "submitted" | "already-submitted"; score: number; maxScore: number } | { status: "not-found" };

/**
 * Close the attempt, total its score and recompute the student's mastery of its facts from
 * their responses (lib/attempt/mastery.ts). Idempotent.
 * The student's own request needs them enrolled; the server's hand-in at the deadline does not.
 */
export async function submitAttempt(attemptId: string, studentId: string, now = new Date(), by: "student" | "server" = "student"): Promise<SubmitResult> {
  const where: Prisma.AttemptWhereInput = by === "student" ? ownAttemptWhere(attemptId, studentId) : { id: attemptId, studentId };
  return getDb().$transaction(async (tx) => {
    const attempt = await tx.attempt.findFirst({
      where,
      select: {
        submittedAt: true,
        score: true,
        maxScore: true,
        questionOrder: true,
        responses: { select: { correct: true, points: true, question: { select: { factId: true } } } },
      },
    });
    if (!attempt) return { status: "not-found" } as const;
    if (attempt.submittedAt) return { status: "already-submitted", score: attempt.score ?? 0, maxScore: attempt.maxScore } as const;
    const questionCount = parseQuestionIds(attempt.questionOrder).length;
    const total = scoreAttempt(attempt.responses, questionCount, attempt.maxScore);
    const closed = await tx.attempt.updateMany({
      where: { id: attemptId, studentId, submittedAt: null },
      data: { submittedAt: now, score: total.score },
    });
    if (closed.count === 0) {
      const done = await tx.attempt.findFirstOrThrow({ where: { id: attemptId }, select: { score: true, maxScore: true } });
      return { status: "already-submitted", score: done.score ?? 0, maxScore: done.maxScore } as const;
    }
    // A question written without a source sentence has no fact to master.
    await recomputeMastery(tx, [studentId], [...new Set(attempt.responses.flatMap((r) => (r.question.factId ? [r.question.factId] : [])))]);
    return { status: "submitted", score: total.score, maxScore: attempt.maxScore } as const;
  });
}

export type SweepScope = { studentId: string } | { quizId: string } | { attemptId: string } | "all";

/**
 * Hand in every open attempt (in the scope) whose time is up: run at start and
 * before each read of attempts, so an expired attempt never shows as running or
 * resumes. Each is submitted as of its closing moment. Returns how many closed.
 */
export async function closeExpiredAttempts(scope: SweepScope, now = new Date()): Promise<number> {
  const within: Prisma.AttemptWhereInput = scope === "all" ? {} : "attemptId" in scope ? { id: scope.attemptId } : scope;
  const expired = await getDb().attempt.findMany({
    where: { ...within, submittedAt: null, closesAt: { lte: now } },
    select: { id: true, studentId: true, closesAt: true },
  });
  let closed = 0;
  for (const a of expired) {
    const result = await submitAttempt(a.id, a.studentId, a.closesAt ?? now, "server");
    if (result.status === "submitted") closed++;
  }
  return closed;
}
