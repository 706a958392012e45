import "server-only";
import { getDb } from "../db/client";

/** Assignments in the student's (unarchived) classes, with the student's own attempts. */
export function listAssignmentsForStudent(studentId: string) {
  return getDb().assignment.findMany({
    where: {
      quiz: { status: "PUBLISHED" },
      classroom: { archivedAt: null, enrollments: { some: { studentId } } },
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      dueAt: true,
      opensAt: true,
      attemptsAllowed: true,
      classroom: { select: { id: true, name: true } },
      quiz: { select: { title: true, settings: true, _count: { select: { questions: true } } } },
      attempts: {
        where: { studentId },
        orderBy: { number: "desc" },
        select: { id: true, number: true, submittedAt: true, score: true, maxScore: true },
      },
    },
  });
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
      quiz: { select: { id: true, settings: true, questions: { select: { id: true, points: true, droppedAt: true }, orderBy: { position: "asc" } } } },
      classroom: { select: { enrollments: { where: { studentId }, select: { extraTimePercent: true } } } },
      attempts: { where: { studentId }, orderBy: { number: "desc" }, select: { id: true, number: true, submittedAt: true } },
    },
  });
}

/** An attempt of this student's, with its quiz's questions (keys included: server use only). */
export function findAttemptForStudent(attemptId: string, studentId: string) {
  return getDb().attempt.findFirst({
    where: { id: attemptId, studentId, quizId: { not: null } },
    select: {
      id: true,
      kind: true,
      questionOrder: true,
      startedAt: true,
      submittedAt: true,
      dueBy: true,
      score: true,
      maxScore: true,
      assignment: { select: { id: true, classroom: { select: { name: true } } } },
      quiz: {
        select: {
          id: true,
          title: true,
          settings: true,
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
}
