"use server";

import { ActionError, guardedAction, publicAction } from "../auth/guard";
import { findOpenClassByJoinCode } from "../classroom/data";
import { enrollStudent } from "../classroom/mutations";
import { changeOwnPassword, createStudentWithPassword, createTeacher } from "./mutations";
import { ChangePasswordSchema, JoinAnotherClassSchema, JoinAsNewStudentSchema, TeacherSignUpSchema } from "./schema";

const NO_CLASS = "No open class has that code. Check it with your teacher; codes use letters and digits like HX7K4M.";

export const registerTeacher = publicAction(TeacherSignUpSchema, async (input, user) => {
  if (user) throw new ActionError("You are already signed in. Sign out first to create another account.");
  const result = await createTeacher(input);
  if (result.status === "email-taken") throw new ActionError("An account with that email already exists. Sign in instead.");
  return { username: result.username };
});

/** A new student creates an account with the class code. */
export const joinAsNewStudent = publicAction(JoinAsNewStudentSchema, async ({ code, name, password }, user) => {
  if (user) throw new ActionError("You are already signed in. Use “Join a class” on your quizzes page.");
  const classroom = await findOpenClassByJoinCode(code);
  if (!classroom) throw new ActionError(NO_CLASS);
  const { username } = await createStudentWithPassword(classroom.id, name, password);
  return { username, className: classroom.name };
});

/** A signed-in student adds another class. */
export const joinAnotherClass = guardedAction("STUDENT", JoinAnotherClassSchema, async ({ code }, user) => {
  const classroom = await findOpenClassByJoinCode(code);
  if (!classroom) throw new ActionError(NO_CLASS);
  await enrollStudent(classroom.id, user.id);
  return { className: classroom.name };
});

export const changePassword = guardedAction("ANY", ChangePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const result = await changeOwnPassword(user.id, currentPassword, newPassword);
  if (result === "wrong-password") throw new ActionError("Your current password is not right.");
  if (result === "not-found") throw new ActionError("Your account was not found. Sign in again.");
  return { changed: true as const };
});
