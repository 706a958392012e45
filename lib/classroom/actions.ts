"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { teacherClassAction } from "../auth/resource-guards";
import { createStudentsInClass, resetStudentPassword as resetPassword } from "../users/mutations";
import {
  createClassroomForTeacher,
  regenerateJoinCode as regenerate,
  removeStudentFromClass,
  renameClassroom,
  setClassroomArchived,
  setExtraTime,
} from "./mutations";
import { AddStudentsSchema, ClassIdSchema, CreateClassSchema, RenameClassSchema, SetExtraTimeSchema, StudentInClassSchema } from "./schema";

const NOT_FOUND = "That class was not found.";
const STUDENT_NOT_FOUND = "That student was not found in this class.";

// The guard loads the class owned by the caller; the writes still carry the owner
// in their `where`, so a class that changed hands in between reads as not found.
function found<T>(value: T | null | false): T {
  if (value === null || value === false) throw new ActionError(NOT_FOUND);
  return value;
}

export const createClass = guardedAction("TEACHER", CreateClassSchema, async ({ name }, user) => {
  const classroom = await createClassroomForTeacher(user.id, name);
  return { classId: classroom.id, joinCode: classroom.joinCode };
});

export const renameClass = teacherClassAction(RenameClassSchema, async ({ name }, { user, classroom }) => {
  found(await renameClassroom(user.id, classroom.id, name));
  return { name };
});

export const archiveClass = teacherClassAction(ClassIdSchema, async (_input, { user, classroom }) => {
  found(await setClassroomArchived(user.id, classroom.id, true));
  return { archived: true as const };
});

export const restoreClass = teacherClassAction(ClassIdSchema, async (_input, { user, classroom }) => {
  found(await setClassroomArchived(user.id, classroom.id, false));
  return { archived: false as const };
});

export const regenerateJoinCode = teacherClassAction(ClassIdSchema, async (_input, { user, classroom }) => {
  return { joinCode: found(await regenerate(user.id, classroom.id)) };
});

export const addStudents = teacherClassAction(AddStudentsSchema, async ({ names }, { user, classroom }) => {
  if (classroom.archivedAt) throw new ActionError("This class is archived. Restore it before adding students.");
  return { className: classroom.name, cards: await createStudentsInClass(user.id, classroom.id, names) };
});

export const resetStudentPassword = teacherClassAction(StudentInClassSchema, async ({ studentId }, { user, classroom }) => {
  const result = await resetPassword(user.id, classroom.id, studentId);
  if (result.status === "not-found") throw new ActionError(STUDENT_NOT_FOUND);
  if (result.status === "not-yours") {
    throw new ActionError(
      "You can reset only accounts you created, or a student's own account when they are in no other teacher's class. This student can change their password on their Profile page.",
    );
  }
  return { card: result.card };
});

export const removeStudent = teacherClassAction(StudentInClassSchema, async ({ studentId }, { user, classroom }) => {
  if (!(await removeStudentFromClass(user.id, classroom.id, studentId))) throw new ActionError(STUDENT_NOT_FOUND);
  return { removed: true as const };
});

export const setStudentExtraTime = teacherClassAction(SetExtraTimeSchema, async ({ studentId, percent, untimed }, { user, classroom }) => {
  const stored = await setExtraTime(user.id, classroom.id, studentId, percent, untimed);
  if (!stored) throw new ActionError(STUDENT_NOT_FOUND);
  return stored;
});
