import "server-only";
import { parseOptions } from "../attempt/public-question";
import { getDb } from "../db/client";
import { pickCountedAttempt, countedRuleOf } from "../quiz/counted-attempt";
import { AnswerSchema, parseAnswerKey } from "../quiz/grade-answer";
import { analyzeItems, scoreDistribution, type ItemAttempt } from "../quiz/item-statistics";
import { parseQuestionIds } from "../attempt/schema";

/**
 * Item analysis of one of the teacher's quizzes over each student's counted
 * attempt per assignment. Reads the quiz's attempts (a few columns) and the
 * responses of the counted ones only. Null when the quiz is not theirs.
 */
export async function getItemAnalysis(quizId: string, teacherId: string) {
  const db = getDb();
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: {
      id: true,
      title: true,
      article: { select: { id: true, title: true } },
      // The current version's questions; answers to retired ones stay in the exports.
      questions: {
        where: { retiredInVersion: null },
        orderBy: { position: "asc" },
        select: { id: true, type: true, prompt: true, options: true, answerKey: true, explanation: true, answerStart: true, answerEnd: true, points: true, droppedAt: true, fact: { select: { start: true } } },
      },
      assignments: {
        select: {
          id: true,
          settings: true,
          attempts: {
            where: { kind: "ASSIGNMENT", submittedAt: { not: null } },
            select: { id: true, studentId: true, number: true, score: true, maxScore: true, submittedAt: true, questionOrder: true },
          },
        },
      },
    },
  });
  if (!quiz) return null;
  const counted = quiz.assignments.flatMap((a) => {
    const byStudent = new Map<string, typeof a.attempts>();
    for (const t of a.attempts) byStudent.set(t.studentId, [...(byStudent.get(t.studentId) ?? []), t]);
    return [...byStudent.values()].map((list) => pickCountedAttempt(list, countedRuleOf(a))!);
  });
  const responses = counted.length
    ? await db.response.findMany({
        where: { attemptId: { in: counted.map((c) => c.id) } },
        select: { attemptId: true, questionId: true, correct: true, answer: true, timeMs: true },
      })
    : [];
  const byAttempt = new Map<string, ItemAttempt["responses"]>();
  for (const r of responses) {
    const answer = AnswerSchema.safeParse(r.answer);
    const list = byAttempt.get(r.attemptId) ?? [];
    list.push({ questionId: r.questionId, correct: r.correct, timeMs: r.timeMs, answer: answer.success ? answer.data : null });
    byAttempt.set(r.attemptId, list);
  }
  const questions = quiz.questions.map((q) => ({ ...q, options: parseOptions(q.options), answerKey: parseAnswerKey(q.answerKey), dropped: q.droppedAt !== null }));
  const attempts: ItemAttempt[] = counted.map((c) => ({ questionIds: parseQuestionIds(c.questionOrder), responses: byAttempt.get(c.id) ?? [] }));
  const stats = analyzeItems(questions, attempts);
  return {
    id: quiz.id,
    title: quiz.title,
    article: quiz.article,
    students: counted.length,
    distribution: scoreDistribution(counted.map((c) => (c.maxScore ? ((c.score ?? 0) / c.maxScore) * 100 : 0))),
    items: questions.map((q, i) => ({ question: q, stats: stats[i]! })),
  };
}
