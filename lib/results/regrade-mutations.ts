import "server-only";
import { recomputeMastery } from "../attempt/mastery";
import { parseOptions } from "../attempt/public-question";
import { getDb, type Prisma } from "../db/client";
import { AnswerSchema, describeAnswer, parseAnswerKey } from "../quiz/grade-answer";
import { correctKey, describeChange, regradeResponse, type RegradeChange } from "../quiz/regrade";
import { parseAssignmentSettings } from "../quiz/settings";
import type { AnswerKey } from "../quiz/types";
import { parseQuestionIds } from "../attempt/schema";

export interface RegradeRow {
  attemptId: string;
  studentId: string;
  studentName: string;
  username: string;
  className: string | null;
  kind: "ASSIGNMENT" | "PRACTICE" | "LIVE";
  number: number;
  submitted: boolean;
  answerText: string | null;
  response: { id: string; oldPoints: number; newPoints: number; oldCorrect: boolean; newCorrect: boolean } | null;
  oldScore: number | null;
  newScore: number | null;
  oldMax: number;
  newMax: number;
}

export type RegradePlan =
  | { status: "not-found" }
  | { status: "invalid"; error: string }
  | { status: "ok"; question: { id: string; prompt: string; factId: string | null; points: number }; oldKey: AnswerKey; newKey: AnswerKey; dropped: boolean; description: string; rows: RegradeRow[] };

/**
 * What a correction would do to every attempt that showed the question: the
 * dry run the teacher previews, and the plan `applyRegrade` carries out.
 */
export async function planRegrade(teacherId: string, quizId: string, questionId: string, change: RegradeChange, tx: Prisma.TransactionClient = getDb()): Promise<RegradePlan> {
  const question = await tx.question.findFirst({
    where: { id: questionId, quizId, quiz: { ownerId: teacherId } },
    select: { id: true, type: true, prompt: true, options: true, answerKey: true, points: true, factId: true, droppedAt: true },
  });
  if (!question) return { status: "not-found" };
  if (question.droppedAt) return { status: "invalid", error: "This question was already dropped." };
  const options = parseOptions(question.options);
  const oldKey = parseAnswerKey(question.answerKey);
  const corrected = correctKey({ type: question.type, options, answerKey: oldKey }, change);
  if (!corrected.ok) return { status: "invalid", error: corrected.error };
  const gradable = { id: question.id, type: question.type, options, answerKey: corrected.answerKey, points: question.points };
  const attempts = await tx.attempt.findMany({
    where: { quizId },
    orderBy: [{ student: { displayName: "asc" } }, { number: "asc" }],
    select: {
      id: true,
      kind: true,
      number: true,
      studentId: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      questionOrder: true,
      // The settings the attempt started with: its late rule still decides a late answer's points.
      settings: true,
      student: { select: { displayName: true, username: true } },
      assignment: { select: { classroom: { select: { name: true } } } },
      responses: { where: { questionId }, select: { id: true, answer: true, correct: true, points: true, late: true } },
    },
  });
  const rows: RegradeRow[] = [];
  for (const a of attempts) {
    if (!parseQuestionIds(a.questionOrder).includes(questionId)) continue;
    const stored = a.responses[0];
    const regraded = stored ? regradeResponse(gradable, corrected.dropped, stored, parseAssignmentSettings(a.settings).lateAnswers) : null;
    const delta = stored && regraded ? regraded.points - stored.points : 0;
    const given = stored ? AnswerSchema.safeParse(stored.answer) : null;
    rows.push({
      attemptId: a.id,
      studentId: a.studentId,
      studentName: a.student.displayName,
      username: a.student.username,
      className: a.assignment?.classroom.name ?? null,
      kind: a.kind,
      number: a.number,
      submitted: a.submittedAt !== null,
      answerText: given?.success ? describeAnswer(options, given.data) : null,
      response: stored && regraded ? { id: stored.id, oldPoints: stored.points, newPoints: regraded.points, oldCorrect: stored.correct, newCorrect: regraded.correct } : null,
      oldScore: a.score,
      newScore: a.score === null ? null : a.score + delta,
      oldMax: a.maxScore,
      newMax: corrected.dropped ? a.maxScore - question.points : a.maxScore,
    });
  }
  const description = describeChange(change, (id) => options.find((o) => o.id === id)?.text ?? id);
  return { status: "ok", question: { id: question.id, prompt: question.prompt, factId: question.factId, points: question.points }, oldKey, newKey: corrected.answerKey, dropped: corrected.dropped, description, rows };
}

export type RegradeOutcome = { status: "not-found" } | { status: "invalid"; error: string } | { status: "applied"; responsesChanged: number; attemptsChanged: number };

/**
 * Apply a correction in one transaction: the question's key (recorded as a
 * QuestionCorrection, the one sanctioned in-place change of a published
 * question), each changed response with a grading record, each attempt's
 * score and maximum, and the mastery of every student who saw the question.
 */
export async function applyRegrade(teacherId: string, quizId: string, questionId: string, change: RegradeChange, reason: string, now = new Date()): Promise<RegradeOutcome> {
  return getDb().$transaction(
    async (tx) => {
      const plan = await planRegrade(teacherId, quizId, questionId, change, tx);
      if (plan.status !== "ok") return plan;
      const why = reason ? `${plan.description}: ${reason}` : plan.description;
      const claimed = await tx.question.updateMany({
        where: { id: questionId, quizId, droppedAt: null },
        data: { answerKey: plan.newKey as unknown as Prisma.InputJsonValue, droppedAt: plan.dropped ? now : null },
      });
      if (claimed.count === 0) return { status: "invalid", error: "This question was changed meanwhile; reload and try again." } as const;
      await tx.questionCorrection.create({
        data: { questionId, teacherId, kind: change.kind, oldKey: plan.oldKey as unknown as Prisma.InputJsonValue, newKey: plan.newKey as unknown as Prisma.InputJsonValue, reason: why, createdAt: now },
      });
      let responsesChanged = 0;
      let attemptsChanged = 0;
      for (const row of plan.rows) {
        const r = row.response;
        if (r && (r.oldPoints !== r.newPoints || r.oldCorrect !== r.newCorrect)) {
          await tx.response.update({ where: { id: r.id }, data: { points: r.newPoints, correct: r.newCorrect } });
          await tx.responseGrading.create({
            data: { responseId: r.id, gradedById: teacherId, createdAt: now, oldPoints: r.oldPoints, newPoints: r.newPoints, oldCorrect: r.oldCorrect, newCorrect: r.newCorrect, reason: why },
          });
          responsesChanged++;
        }
        if (row.newScore !== row.oldScore || row.newMax !== row.oldMax) {
          await tx.attempt.update({ where: { id: row.attemptId }, data: { score: row.newScore, maxScore: row.newMax } });
          attemptsChanged++;
        }
      }
      if (plan.question.factId) await recomputeMastery(tx, [...new Set(plan.rows.map((r) => r.studentId))], [plan.question.factId]);
      return { status: "applied", responsesChanged, attemptsChanged } as const;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
