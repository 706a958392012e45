import "server-only";
import type { Prisma } from "../db/client";

/**
 * Mastery is derived data: for each (student, fact) it is recomputed from the
 * student's responses in submitted attempts (dropped questions left out),
 * never incremented in place, so a regrade or a late correction cannot leave
 * it out of step. A pair with no responses left loses its row.
 */
export async function recomputeMastery(tx: Prisma.TransactionClient, studentIds: string[], factIds: string[]): Promise<void> {
  if (studentIds.length === 0 || factIds.length === 0) return;
  const responses = await tx.response.findMany({
    where: {
      attempt: { studentId: { in: studentIds }, submittedAt: { not: null } },
      question: { factId: { in: factIds }, droppedAt: null },
    },
    select: { correct: true, attempt: { select: { studentId: true, submittedAt: true } }, question: { select: { factId: true } } },
  });
  const tally = new Map<string, { seen: number; correct: number; lastSeen: Date }>();
  for (const r of responses) {
    const key = `${r.attempt.studentId}\u0000${r.question.factId}`;
    const t = tally.get(key) ?? { seen: 0, correct: 0, lastSeen: r.attempt.submittedAt! };
    t.seen++;
    if (r.correct) t.correct++;
    if (r.attempt.submittedAt! > t.lastSeen) t.lastSeen = r.attempt.submittedAt!;
    tally.set(key, t);
  }
  for (const studentId of new Set(studentIds)) {
    for (const factId of new Set(factIds)) {
      const t = tally.get(`${studentId}\u0000${factId}`);
      if (!t) {
        await tx.mastery.deleteMany({ where: { studentId, factId } });
        continue;
      }
      await tx.mastery.upsert({
        where: { studentId_factId: { studentId, factId } },
        create: { studentId, factId, ...t },
        update: t,
      });
    }
  }
}
