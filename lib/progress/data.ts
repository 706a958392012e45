import "server-only";
import { getDb } from "../db/client";

/** Everything the progress page needs, for one student and no one else. */
export async function getStudentProgress(studentId: string) {
  const db = getDb();
  const [attempts, mastery, answers, games] = await Promise.all([
    db.attempt.findMany({
      where: { studentId, submittedAt: { not: null }, quizId: { not: null } },
      orderBy: { submittedAt: "desc" },
      select: { id: true, kind: true, score: true, maxScore: true, submittedAt: true, quiz: { select: { id: true, title: true } } },
    }),
    db.mastery.findMany({
      where: { studentId },
      select: { seen: true, correct: true, fact: { select: { id: true, sentence: true, article: { select: { id: true, title: true } } } } },
    }),
    db.response.groupBy({ by: ["correct"], where: { attempt: { studentId } }, _count: { _all: true } }),
    db.livePlayer.aggregate({ where: { studentId }, _sum: { score: true } }),
  ]);
  const right = answers.find((a) => a.correct)?._count._all ?? 0;
  const wrong = answers.find((a) => !a.correct)?._count._all ?? 0;
  return { attempts, mastery, answered: right + wrong, right, gamePoints: games._sum.score ?? 0 };
}
