import "server-only";
import { getDb, type Prisma } from "../db/client";
import { AssignmentSettingsSchema, type AssignmentSettings } from "../quiz/settings";
import { assignQuiz } from "../quizzes/mutations";
import type { AssignmentFields } from "./schema";

/** The form's fields as stored: dates and attempts as columns, the rest as the settings. */
export function toStoredAssignment(fields: AssignmentFields) {
  const settings: AssignmentSettings = AssignmentSettingsSchema.parse({
    shuffleQuestions: fields.shuffleQuestions,
    feedback: fields.feedback,
    timeLimitSeconds: fields.timeLimitMinutes > 0 ? fields.timeLimitMinutes * 60 : undefined,
    lateAnswers: fields.lateAnswers,
    articleDuringAttempt: fields.articleDuringAttempt,
    countedAttempt: fields.countedAttempt,
  });
  return { opensAt: fields.opensAt, dueAt: fields.dueAt, attemptsAllowed: fields.attemptsAllowed, settings };
}

/** Assign one of the teacher's quizzes to one of their open classes; null when either is not theirs. */
export async function assignQuizForTeacher(teacherId: string, quizId: string, classroomId: string, fields: AssignmentFields) {
  const db = getDb();
  const [quiz, classroom] = await Promise.all([
    db.quiz.findFirst({ where: { id: quizId, ownerId: teacherId }, select: { id: true } }),
    db.classroom.findFirst({ where: { id: classroomId, teacherId, archivedAt: null }, select: { id: true } }),
  ]);
  if (!quiz || !classroom) return null;
  return assignQuiz(quiz.id, classroom.id, toStoredAssignment(fields));
}

/**
 * Change an assignment's dates and settings. Attempts already started keep the
 * settings and deadline they started with; only new attempts see the change.
 */
export async function updateAssignmentForTeacher(teacherId: string, assignmentId: string, fields: AssignmentFields): Promise<boolean> {
  const stored = toStoredAssignment(fields);
  const { count } = await getDb().assignment.updateMany({
    where: { id: assignmentId, quiz: { ownerId: teacherId } },
    data: { ...stored, settings: stored.settings as unknown as Prisma.InputJsonValue },
  });
  return count === 1;
}

export type RemoveResult = "removed" | "not-found" | "has-attempts";

/** Remove an assignment nobody has started; one with attempts is kept (results point at it). */
export async function removeAssignmentForTeacher(teacherId: string, assignmentId: string): Promise<RemoveResult> {
  const db = getDb();
  const { count } = await db.assignment.deleteMany({ where: { id: assignmentId, quiz: { ownerId: teacherId }, attempts: { none: {} } } });
  if (count === 1) return "removed";
  const exists = await db.assignment.findFirst({ where: { id: assignmentId, quiz: { ownerId: teacherId } }, select: { id: true } });
  return exists ? "has-attempts" : "not-found";
}
