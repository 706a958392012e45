import "server-only";
import { getDb } from "../db/client";
import { parseAssignmentSettings } from "../quiz/settings";
import { ownAttemptWhere } from "./own-attempt";
import { closeExpiredAttempts } from "./submit-attempt";

/**
 * Assignments in the student's (unarchived) classes that have opened, with the
 * student's own attempts and the assignment's parsed settings. Attempts whose
 * time is up are handed in first, so none shows as still running.
 */
export async function listAssignmentsForStudent(studentId: string, now = new Date()) {
  await closeExpiredAttempts({ studentId }, now);
  const rows = await getDb().assignment.findMany({
    where: {
      quiz: { status: "PUBLISHED" },
      classroom: { archivedAt: null, enrollments: { some: { studentId } } },
      OR: [{ opensAt: null }, { opensAt: { lte: now } }],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      dueAt: true,
      opensAt: true,
      attemptsAllowed: true,
      settings: true,
      classroom: { select: { id: true, name: true } },
      quiz: { select: { title: true, _count: { select: { questions: { where: { retiredInVersion: null } } } } } },
      attempts: {
        where: { studentId },
        orderBy: { number: "desc" },
        select: { id: true, number: true, submittedAt: true, score: true, maxScore: true },
      },
    },
  });
  return rows.map((row) => ({ ...row, settings: parseAssignmentSettings(row.settings) }));
}

/** The assignment if the student is in its class and the quiz is published; else null. */
export function findAssignmentForStudent(assignmentId: string, studentId: string) {
  return getDb().assignment.findFirst({
    where: {
      id: assignmentId,
      quiz: { status: "PUBLISHED" },
      classroom: { archivedAt: null, enrollments: { some: { studentId } } },
    },
    select: {
      id: true,
      attemptsAllowed: true,
      opensAt: true,
      dueAt: true,
      settings: true,
      // Only the current version's questions: a new attempt takes the current version.
      quiz: { select: { id: true, version: true, questions: { where: { retiredInVersion: null }, select: { id: true, points: true, droppedAt: true }, orderBy: { position: "asc" } } } },
      classroom: { select: { enrollments: { where: { studentId }, select: { extraTimePercent: true, untimed: true } } } },
      attempts: { where: { studentId }, orderBy: { number: "desc" }, select: { id: true, number: true, submittedAt: true, closesAt: true } },
    },
  });
}

/**
 * An attempt of this student's (while they are in its class), with its quiz's
 * questions (keys included: server use only) and its own settings. Handed in
 * first if its time is up.
 */
export async function findAttemptForStudent(attemptId: string, studentId: string, now = new Date()) {
  await closeExpiredAttempts({ attemptId }, now);
  const attempt = await getDb().attempt.findFirst({
    where: { ...ownAttemptWhere(attemptId, studentId), quizId: { not: null } },
    select: {
      id: true,
      kind: true,
      quizVersion: true,
      questionOrder: true,
      startedAt: true,
      submittedAt: true,
      dueBy: true,
      settings: true,
      score: true,
      maxScore: true,
      assignment: { select: { id: true, classroom: { select: { name: true } } } },
      quiz: {
        select: {
          id: true,
          title: true,
          article: { select: { id: true, title: true } },
          questions: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              type: true,
              prompt: true,
              options: true,
              answerKey: true,
              explanation: true,
              answerStart: true,
              answerEnd: true,
              points: true,
              factId: true,
              fact: { select: { start: true } },
            },
          },
        },
      },
      responses: { select: { questionId: true, answer: true, correct: true, points: true, late: true, createdAt: true } },
    },
  });
  return attempt && { ...attempt, settings: parseAssignmentSettings(attempt.settings) };
}
