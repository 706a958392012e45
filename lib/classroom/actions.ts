"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { createStudentsInClass, resetStudentPassword as resetPassword } from "../users/mutations";
import { getClassForTeacher } from "./data";
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

function found<T>(value: T | null | false): T {
  if (value === null || value === false) throw new ActionError(NOT_FOUND);
  return value;
}

export const createClass = guardedAction("TEACHER", CreateClassSchema, async ({ name }, user) => {
  const classroom = await createClassroomForTeacher(user.id, name);
  return { classId: classroom.id, joinCode: classroom.joinCode };
});

export const renameClass = guardedAction("TEACHER", RenameClassSchema, async ({ classId, name }, user) => {
  found(await renameClassroom(user.id, classId, name));
  return { name };
});

export const archiveClass = guardedAction("TEACHER", ClassIdSchema, async ({ classId }, user) => {
  found(await setClassroomArchived(user.id, classId, true));
  return { archived: true as const };
});

export const restoreClass = guardedAction("TEACHER", ClassIdSchema, async ({ classId }, user) => {
  found(await setClassroomArchived(user.id, classId, false));
  return { archived: false as const };
});

export const regenerateJoinCode = guardedAction("TEACHER", ClassIdSchema, async ({ classId }, user) => {
  return { joinCode: found(await regenerate(user.id, classId)) };
});

export const addStudents = guardedAction("TEACHER", AddStudentsSchema, async ({ classId, names }, user) => {
  const classroom = found(await getClassForTeacher(classId, user.id));
  if (classroom.archivedAt) throw new ActionError("This class is archived. Restore it before adding students.");
  return { className: classroom.name, cards: await createStudentsInClass(user.id, classroom.id, names) };
});

export const resetStudentPassword = guardedAction("TEACHER", StudentInClassSchema, async ({ classId, studentId }, user) => {
  const result = await resetPassword(user.id, classId, studentId);
  if (result.status === "not-found") throw new ActionError("That student was not found in this class.");
  if (result.status === "not-yours") {
    throw new ActionError(
      "You can reset only accounts you created, or a student's own account when they are in no other teacher's class. This student can change their password on their Profile page.",
    );
  }
  return { card: result.card };
});

export const removeStudent = guardedAction("TEACHER", StudentInClassSchema, async ({ classId, studentId }, user) => {
  if (!(await removeStudentFromClass(user.id, classId, studentId))) throw new ActionError("That student was not found in this class.");
  return { removed: true as const };
});

export const setStudentExtraTime = guardedAction("TEACHER", SetExtraTimeSchema, async ({ classId, studentId, percent }, user) => {
  if (!(await setExtraTime(user.id, classId, studentId, percent))) throw new ActionError("That student was not found in this class.");
  return { percent };
});
