"use server";

import { ActionError, guardedAction, publicAction } from "../auth/guard";
import { hashPassword } from "../auth/password";
import { codeJoinKey, signUpKey } from "../auth/rate-limit-keys";
import { findOpenClassByJoinCode } from "../classroom/data";
import { enrollStudent } from "../classroom/mutations";
import { requestAddress } from "../net/request-address";
import { POLICIES, waitText, type LimitPolicy } from "../rate-limit/policy";
import { takeAttempt } from "../rate-limit/mutations";
import { changeOwnPassword, createSelfJoinedStudent, createTeacher } from "./mutations";
import { ChangePasswordSchema, JoinAnotherClassSchema, JoinAsNewStudentSchema, TeacherSignUpSchema } from "./schema";

const NO_CLASS = "No open class has that code. Check it with your teacher; codes use letters and digits like HX7K4M.";

/** Count this try from the caller's address; refuse with the wait when the address is over its limit. */
async function limitByAddress(key: (address: string) => string, policy: LimitPolicy) {
  const taken = await takeAttempt(key(await requestAddress()), policy);
  if (!taken.allowed) throw new ActionError(`Too many tries from this network. Wait ${waitText(taken.retryAt)} and try again.`);
}

export const registerTeacher = publicAction(TeacherSignUpSchema, async (input, user) => {
  if (user) throw new ActionError("You are already signed in. Sign out first to create another account.");
  await limitByAddress(signUpKey, POLICIES.signUp);
  const result = await createTeacher(input);
  if (result.status === "email-taken") throw new ActionError("An account with that email already exists. Sign in instead.");
  return { username: result.username };
});

/**
 * A new student creates an account with the class code. Every try is counted,
 * right code or wrong, and the password is hashed before the code is looked
 * up, so a wrong code takes as long as a right one.
 */
export const joinAsNewStudent = publicAction(JoinAsNewStudentSchema, async ({ code, name, password }, user) => {
  if (user) throw new ActionError("You are already signed in. Use “Join a class” on your quizzes page.");
  await limitByAddress(codeJoinKey, POLICIES.codeJoin);
  const passwordHash = await hashPassword(password);
  const classroom = await findOpenClassByJoinCode(code);
  if (!classroom) throw new ActionError(NO_CLASS);
  const { username } = await createSelfJoinedStudent(classroom.id, name, passwordHash);
  return { username, className: classroom.name };
});

/** A signed-in student adds another class; code tries count against the same limit as joining. */
export const joinAnotherClass = guardedAction("STUDENT", JoinAnotherClassSchema, async ({ code }, user) => {
  await limitByAddress(codeJoinKey, POLICIES.codeJoin);
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
