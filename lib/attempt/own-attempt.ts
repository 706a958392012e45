import "server-only";
import type { Prisma } from "../db/client";

/**
 * The student's own attempt, and only while they may still act on it: an
 * assignment's attempt needs the student to be enrolled in its class today
 * (a student removed from the class cannot keep answering). Practice and live
 * attempts have no class of their own. A live attempt is played only through
 * the live game (the server opens its questions one by one), so until the game
 * ends it is not the student's to open, answer or hand in here.
 */
export function ownAttemptWhere(attemptId: string, studentId: string): Prisma.AttemptWhereInput {
  return {
    id: attemptId,
    studentId,
    OR: [{ assignmentId: null }, { assignment: { classroom: { enrollments: { some: { studentId } } } } }],
    NOT: { kind: "LIVE", submittedAt: null },
  };
}
