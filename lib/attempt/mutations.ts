import "server-only";
import { getDb, type Prisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { createRandom, shuffle } from "../generation/random";
import { gradeAnswer, isAnswerFor, parseAnswerKey, sameAnswer } from "../quiz/grade-answer";
import { orderQuestions, seedFrom } from "../quiz/order-questions";
import { AssignmentSettingsSchema, parseAssignmentSettings, type AssignmentSettings } from "../quiz/settings";
import { attemptClock, isClosed, isLate, pointsUnderLateRule } from "../quiz/timing";
import type { Answer, AnswerKey } from "../quiz/types";
import { findAssignmentForStudent } from "./data";
import { ownAttemptWhere } from "./own-attempt";
import { parseOptions } from "./public-question";
import { submitAttempt } from "./submit-attempt";
import { parseQuestionIds } from "./schema";

export { closeExpiredAttempts, submitAttempt, type SubmitResult } from "./submit-attempt";

export type StartResult =
  | { status: "started" | "resumed"; attemptId: string }
  | { status: "finished"; attemptId: string }
  | { status: "not-found" | "not-open" | "closed" };

/**
 * Resume the student's unfinished attempt, or start the next one if attempts
 * remain. An attempt whose time is up is handed in instead of resumed. Two
 * clicks at once start one attempt: the (assignment, student, number) key
 * refuses the second insert and we return the first. The attempt keeps a copy
 * of the assignment's settings: a later edit never changes it.
 */
export async function startOrResumeAttempt(assignmentId: string, studentId: string, now = new Date()): Promise<StartResult> {
  const assignment = await findAssignmentForStudent(assignmentId, studentId);
  if (!assignment) return { status: "not-found" };
  const open = assignment.attempts.find((a) => !a.submittedAt);
  if (open && isClosed(now, open.closesAt)) {
    await submitAttempt(open.id, studentId, open.closesAt ?? now, "server");
    return { status: "finished", attemptId: open.id };
  }
  if (open) return { status: "resumed", attemptId: open.id };
  const latest = assignment.attempts[0];
  if (latest && assignment.attempts.length >= assignment.attemptsAllowed) return { status: "finished", attemptId: latest.id };
  if (assignment.opensAt && assignment.opensAt > now) return { status: "not-open" };
  const settings = parseAssignmentSettings(assignment.settings);
  if (assignment.dueAt && assignment.dueAt < now && settings.lateAnswers === "refuse") return { status: "closed" };

  const questionIds = assignment.quiz.questions.map((q) => q.id);
  const number = (latest?.number ?? 0) + 1;
  const order = orderQuestions(questionIds, seedFrom(`${assignmentId}:${studentId}:${number}`), settings.shuffleQuestions);
  const accommodation = assignment.classroom.enrollments[0];
  const clock = attemptClock(now, {
    // An untimed student has no clock on a timed quiz; the due date still applies.
    timeLimitSeconds: accommodation?.untimed ? undefined : settings.timeLimitSeconds,
    extraTimePercent: accommodation?.extraTimePercent ?? 0,
    dueAt: assignment.dueAt,
    lateAnswers: settings.lateAnswers,
  });
  try {
    const attempt = await getDb().attempt.create({
      data: {
        studentId,
        kind: "ASSIGNMENT",
        quizId: assignment.quiz.id,
        assignmentId,
        number,
        quizVersion: assignment.quiz.version,
        questionOrder: order,
        startedAt: now,
        dueBy: clock.dueBy,
        closesAt: clock.closesAt,
        settings: snapshot(settings),
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
      sentenceStart: number | null;
      /** Whether the attempt shows right/wrong after each answer (else only after submitting). */
      feedbackAfterEach: boolean;
    }
  | { status: "not-found" | "submitted" | "invalid-answer" | "locked" | "time-up" };

/**
 * Lock in one answer. The first answer to a question is the one that counts: a
 * replayed or double-clicked request finds the stored response and changes
 * nothing, and a different answer to a locked question is refused. When the
 * time is up and late answers are refused, the server hands the attempt in and
 * refuses the answer; under an accepting rule it is recorded as late, scored
 * by that rule. Rules come from the attempt's own copy of the settings.
 */
export async function recordResponse(
  input: { attemptId: string; questionId: string; answer: Answer; timeMs?: number },
  studentId: string,
  now = new Date(),
): Promise<RecordResult> {
  const db = getDb();
  const attempt = await db.attempt.findFirst({
    where: ownAttemptWhere(input.attemptId, studentId),
    select: { submittedAt: true, questionOrder: true, dueBy: true, closesAt: true, settings: true },
  });
  if (!attempt) return { status: "not-found" };
  if (!parseQuestionIds(attempt.questionOrder).includes(input.questionId)) return { status: "not-found" };
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { id: true, type: true, options: true, answerKey: true, points: true, droppedAt: true, explanation: true, fact: { select: { start: true } } },
  });
  if (!question) return { status: "not-found" };
  const settings = parseAssignmentSettings(attempt.settings);
  const gradable = { ...question, options: parseOptions(question.options), answerKey: parseAnswerKey(question.answerKey) };
  const locked = (stored: { correct: boolean; late: boolean }, status: "recorded" | "already-recorded") => ({
    status,
    correct: stored.correct,
    late: stored.late,
    key: gradable.answerKey,
    explanation: question.explanation,
    sentenceStart: question.fact?.start ?? null,
    feedbackAfterEach: settings.feedback === "after-each",
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
  const late = isLate(now, attempt.dueBy);
  // closesAt covers new attempts; the late check also covers attempts started before it existed.
  if (isClosed(now, attempt.closesAt) || (late && settings.lateAnswers === "refuse")) {
    await submitAttempt(input.attemptId, studentId, attempt.closesAt ?? now, "server");
    return { status: "time-up" };
  }
  if (!isAnswerFor(gradable, input.answer)) return { status: "invalid-answer" };

  const grade = gradeAnswer(gradable, input.answer);
  try {
    await db.response.create({
      data: {
        attemptId: input.attemptId,
        questionId: input.questionId,
        answer: input.answer,
        correct: grade.correct,
        // A question dropped by a regrade still takes answers but earns nothing.
        points: question.droppedAt ? 0 : pointsUnderLateRule(grade.points, late, settings.lateAnswers),
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

export type PracticeResult = { status: "started"; attemptId: string } | { status: "not-found" | "not-submitted" | "nothing-missed" };

/**
 * A short, untimed practice quiz of the questions the student missed (wrong or
 * unanswered) in a submitted attempt, in a new order. Counts toward mastery,
 * never toward the assignment's score.
 */
export async function startPracticeFromAttempt(attemptId: string, studentId: string, now = new Date()): Promise<PracticeResult> {
  const db = getDb();
  const source = await db.attempt.findFirst({
    where: { ...ownAttemptWhere(attemptId, studentId), quizId: { not: null } },
    select: {
      settings: true,
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
  const missed = parseQuestionIds(source.questionOrder).filter((id) => !right.has(id));
  if (missed.length === 0) return { status: "nothing-missed" };
  const points = new Map(source.quiz.questions.map((q) => [q.id, q.droppedAt ? 0 : q.points]));
  const practice = await db.attempt.create({
    data: {
      studentId,
      kind: "PRACTICE",
      quizId: source.quizId,
      questionOrder: shuffle(missed, createRandom(seedFrom(`${attemptId}:${now.getTime()}`))),
      startedAt: now,
      // Practice keeps the source attempt's feedback; it is untimed and the article stays open.
      settings: snapshot({
        ...AssignmentSettingsSchema.parse({}),
        feedback: parseAssignmentSettings(source.settings).feedback,
        articleDuringAttempt: "allowed",
      }),
      maxScore: missed.reduce((sum, id) => sum + (points.get(id) ?? 0), 0),
    },
    select: { id: true },
  });
  return { status: "started", attemptId: practice.id };
}

function snapshot(settings: AssignmentSettings) {
  return settings as unknown as Prisma.InputJsonValue;
}
