"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { assignQuizForTeacher, removeAssignmentForTeacher, updateAssignmentForTeacher } from "./mutations";
import { AssignmentIdSchema, AssignQuizSchema, UpdateAssignmentSchema } from "./schema";

const NOT_FOUND = "That assignment was not found. It may have been removed.";

export const assignToClass = guardedAction("TEACHER", AssignQuizSchema, async ({ quizId, classId, ...fields }, user) => {
  const created = await assignQuizForTeacher(user.id, quizId, classId, fields);
  if (!created) throw new ActionError("That quiz or class was not found (an archived class cannot get new quizzes).");
  return { assignmentId: created.id };
});

export const saveAssignment = guardedAction("TEACHER", UpdateAssignmentSchema, async ({ assignmentId, ...fields }, user) => {
  if (!(await updateAssignmentForTeacher(user.id, assignmentId, fields))) throw new ActionError(NOT_FOUND);
  return { saved: true as const };
});

export const removeAssignment = guardedAction("TEACHER", AssignmentIdSchema, async ({ assignmentId }, user) => {
  const result = await removeAssignmentForTeacher(user.id, assignmentId);
  if (result === "not-found") throw new ActionError(NOT_FOUND);
  if (result === "has-attempts") throw new ActionError("Students have started this assignment, so it stays: their results point at it.");
  return { removed: true as const };
});
