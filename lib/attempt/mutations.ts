import "server-only";
import { z } from "zod";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { createRandom, shuffle } from "../generation/random";
import { gradeAnswer, isAnswerFor, parseAnswerKey, sameAnswer } from "../quiz/grade-answer";
import { orderQuestions, seedFrom } from "../quiz/order-questions";
import { scoreAttempt } from "../quiz/score-attempt";
import { parseQuizSettings } from "../quiz/settings";
import { attemptDeadline, isLate, pointsUnderLateRule } from "../quiz/timing";
import type { Answer, AnswerKey } from "../quiz/types";
import { findAssignmentForStudent } from "./data";
import { recomputeMastery } from "./mastery";
import { parseOptions } from "./public-question";

const QuestionIds = z.array(z.string());

export type StartResult =
  | { status: "started" | "resumed"; attemptId: string }
  | { status: "finished"; attemptId: string }
  | { status: "not-found" | "not-open" | "closed" };

/**
 * Resume the student's unfinished attempt, or start the next one if attempts
 * remain. Two clicks at once start one attempt: the (assignment, student,
 * number) key refuses the second insert and we return the first.
 */
export async function startOrResumeAttempt(assignmentId: string, studentId: string, now = new Date()): Promise<StartResult> {
  const assignment = await findAssignmentForStudent(assignmentId, studentId);
  if (!assignment) return { status: "not-found" };
  const open = assignment.attempts.find((a) => !a.submittedAt);
  if (open) return { status: "resumed", attemptId: open.id };
  const latest = assignment.attempts[0];
  if (latest && assignment.attempts.length >= assignment.attemptsAllowed) return { status: "finished", attemptId: latest.id };
  if (assignment.opensAt && assignment.opensAt > now) return { status: "not-open" };
  if (assignment.dueAt && assignment.dueAt < now) return { status: "closed" };

  const settings = parseQuizSettings(assignment.quiz.settings);
  const questionIds = assignment.quiz.questions.map((q) => q.id);
  const number = (latest?.number ?? 0) + 1;
  const order = orderQuestions(questionIds, seedFrom(`${assignmentId}:${studentId}:${number}`), settings.shuffleQuestions);
  const extraTime = assignment.classroom.enrollments[0]?.extraTimePercent ?? 0;
  try {
    const attempt = await getDb().attempt.create({
      data: {
        studentId,
        kind: "ASSIGNMENT",
        quizId: assignment.quiz.id,
        assignmentId,
        number,
        questionOrder: order,
        startedAt: now,
        dueBy: attemptDeadline(now, settings.timeLimitSeconds, extraTime),
        maxScore: assignment.quiz.questions.reduce((sum, q) => sum + (q.droppedAt ? 0 : q.points), 0),
      },
      select: { id: true },
    });
    return { status: "started", attemptId: attempt.id };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const again = await getDb().attempt.findFirst({ where: { assignmentId, studentId, number }, select: { id: true } });
    if (!again) throw err;
    return { status: "resumed", attemptId: again.id };
  }
}

export type RecordResult =
  | {
      status: "recorded" | "already-recorded";
      correct: boolean;
      late: boolean;
      key: AnswerKey;
      explanation: string;
      sentenceStart: number;
      /** Whether the quiz shows right/wrong after each answer (else only after submitting). */
      feedbackAfterEach: boolean;
    }
  | { status: "not-found" | "submitted" | "invalid-answer" | "locked" };

/**
 * Lock in one answer. The first answer to a question is the one that counts: a
 * replayed or double-clicked request finds the stored response and changes
 * nothing, and a different answer to a locked question is refused. An answer
 * after the attempt's deadline is recorded as late, scored by the quiz's rule.
 */
export async function recordResponse(
  input: { attemptId: string; questionId: string; answer: Answer; timeMs?: number },
  studentId: string,
  now = new Date(),
): Promise<RecordResult> {
  const db = getDb();
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, studentId },
    select: { submittedAt: true, questionOrder: true, dueBy: true, quiz: { select: { settings: true } } },
  });
  if (!attempt) return { status: "not-found" };
  if (!QuestionIds.parse(attempt.questionOrder).includes(input.questionId)) return { status: "not-found" };
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { id: true, type: true, options: true, answerKey: true, points: true, droppedAt: true, explanation: true, fact: { select: { start: true } } },
  });
  if (!question) return { status: "not-found" };
  const settings = parseQuizSettings(attempt.quiz?.settings);
  const gradable = { ...question, options: parseOptions(question.options), answerKey: parseAnswerKey(question.answerKey) };
  const locked = (stored: { correct: boolean; late: boolean }, status: "recorded" | "already-recorded") => ({
    status,
    correct: stored.correct,
    late: stored.late,
    key: gradable.answerKey,
    explanation: question.explanation,
    sentenceStart: question.fact.start,
    feedbackAfterEach: settings.feedbackAfterEach,
  });
  const findStored = () =>
    db.response.findUnique({
      where: { attemptId_questionId: { attemptId: input.attemptId, questionId: input.questionId } },
      select: { correct: true, late: true, answer: true },
    });
  const replayOrRefuse = (stored: { correct: boolean; late: boolean; answer: unknown }) =>
    sameAnswer(stored.answer, input.answer) ? locked(stored, "already-recorded") : ({ status: "locked" } as const);

  const existing = await findStored();
  if (existing) return replayOrRefuse(existing);
  if (attempt.submittedAt) return { status: "submitted" };
  if (!isAnswerFor(gradable, input.answer)) return { status: "invalid-answer" };

  const grade = gradeAnswer(gradable, input.answer);
  const late = isLate(now, attempt.dueBy);
  try {
    await db.response.create({
      data: {
        attemptId: input.attemptId,
        questionId: input.questionId,
        answer: input.answer,
        correct: grade.correct,
        // A question dropped by a regrade still takes answers but earns nothing.
        points: question.droppedAt ? 0 : pointsUnderLateRule(grade.points, late, settings.lateRule),
        late,
        timeMs: input.timeMs,
      },
    });
    return locked({ correct: grade.correct, late }, "recorded");
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const first = await findStored();
    if (!first) throw err;
    return replayOrRefuse(first);
  }
}

export type SubmitResult = { status: "submitted" | "already-submitted"; score: number; maxScore: number } | { status: "not-found" };

/** Close the attempt, total its score and recompute the student's mastery of its facts. Idempotent. */
export async function submitAttempt(attemptId: string, studentId: string, now = new Date()): Promise<SubmitResult> {
  const db = getDb();
  return db.$transaction(async (tx) => {
    const attempt = await tx.attempt.findFirst({
      where: { id: attemptId, studentId },
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
    const questionCount = QuestionIds.parse(attempt.questionOrder).length;
    const total = scoreAttempt(attempt.responses, questionCount, attempt.maxScore);
    const closed = await tx.attempt.updateMany({
      where: { id: attemptId, studentId, submittedAt: null },
      data: { submittedAt: now, score: total.score },
    });
    if (closed.count === 0) {
      const done = await tx.attempt.findFirstOrThrow({ where: { id: attemptId }, select: { score: true, maxScore: true } });
      return { status: "already-submitted", score: done.score ?? 0, maxScore: done.maxScore } as const;
    }
    await recomputeMastery(tx, [studentId], [...new Set(attempt.responses.map((r) => r.question.factId))]);
    return { status: "submitted", score: total.score, maxScore: attempt.maxScore } as const;
  });
}

export type PracticeResult = { status: "started"; attemptId: string } | { status: "not-found" | "not-submitted" | "nothing-missed" };

/**
 * A short, untimed practice quiz of the questions the student missed (wrong or
 * unanswered) in a submitted attempt, in a new order. Counts toward mastery,
 * never toward the assignment's score.
 */
export async function startPracticeFromAttempt(attemptId: string, studentId: string, now = new Date()): Promise<PracticeResult> {
  const db = getDb();
  const source = await db.attempt.findFirst({
    where: { id: attemptId, studentId, quizId: { not: null } },
    select: {
      quizId: true,
      submittedAt: true,
      questionOrder: true,
      responses: { select: { questionId: true, correct: true } },
      quiz: { select: { questions: { select: { id: true, points: true, droppedAt: true } } } },
    },
  });
  if (!source?.quiz || !source.quizId) return { status: "not-found" };
  if (!source.submittedAt) return { status: "not-submitted" };
  const right = new Set(source.responses.filter((r) => r.correct).map((r) => r.questionId));
  const missed = QuestionIds.parse(source.questionOrder).filter((id) => !right.has(id));
  if (missed.length === 0) return { status: "nothing-missed" };
  const points = new Map(source.quiz.questions.map((q) => [q.id, q.droppedAt ? 0 : q.points]));
  const practice = await db.attempt.create({
    data: {
      studentId,
      kind: "PRACTICE",
      quizId: source.quizId,
      questionOrder: shuffle(missed, createRandom(seedFrom(`${attemptId}:${now.getTime()}`))),
      startedAt: now,
      maxScore: missed.reduce((sum, id) => sum + (points.get(id) ?? 0), 0),
    },
    select: { id: true },
  });
  return { status: "started", attemptId: practice.id };
}
