import "server-only";
import { getDb } from "../db/client";
import { parseAssignmentSettings } from "../quiz/settings";

/** A quiz's assignments (the teacher's own quiz only), newest first, with settings parsed. */
export async function listAssignmentsForQuiz(quizId: string, teacherId: string) {
  const rows = await getDb().assignment.findMany({
    where: { quizId, quiz: { ownerId: teacherId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      attemptsAllowed: true,
      settings: true,
      classroom: { select: { id: true, name: true, archivedAt: true } },
      _count: { select: { attempts: true } },
    },
  });
  return rows.map((r) => ({ ...r, settings: parseAssignmentSettings(r.settings), attemptCount: r._count.attempts }));
}

export type QuizAssignment = Awaited<ReturnType<typeof listAssignmentsForQuiz>>[number];
