import "server-only";
import { getDb, type Prisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { rateLimitKeys } from "../auth/rate-limit-keys";
import { newFirstPassword } from "./first-password";
import { firstFreeUsername, usernameBase } from "./usernames";

export async function recordLoginFailures(keys: string[]) {
  await getDb().loginFailure.createMany({ data: keys.map((key) => ({ key })) });
}

export async function deleteLoginFailures(key: string) {
  await getDb().loginFailure.deleteMany({ where: { key } });
}

export async function deleteLoginFailuresBefore(date: Date) {
  await getDb().loginFailure.deleteMany({ where: { createdAt: { lt: date } } });
}

/** Usernames already taken that start with any of these bases. */
async function takenUsernames(bases: string[], tx: Prisma.TransactionClient): Promise<Set<string>> {
  const rows = await tx.user.findMany({
    where: { OR: [...new Set(bases)].map((b) => ({ username: { startsWith: b } })) },
    select: { username: true },
  });
  return new Set(rows.map((r) => r.username));
}

/** Run `fn`, once more if a concurrent writer took a username we picked. */
async function retryOnUsernameClash<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return fn();
  }
}

export type CreateTeacherResult = { status: "created"; username: string } | { status: "email-taken" };

export async function createTeacher(input: { name: string; email: string; password: string }): Promise<CreateTeacherResult> {
  const db = getDb();
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { status: "email-taken" };
  const passwordHash = await hashPassword(input.password);
  const base = usernameBase(input.email.split("@")[0] ?? "", "teacher");
  try {
    return await retryOnUsernameClash(async () => {
      const username = firstFreeUsername(base, await takenUsernames([base], db));
      await db.user.create({ data: { role: "TEACHER", username, email: input.email, displayName: input.name, passwordHash } });
      return { status: "created" as const, username };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { status: "email-taken" };
    throw err;
  }
}

export interface LoginCard {
  studentId: string;
  name: string;
  username: string;
  password: string;
}

/**
 * Student accounts for a list of names, enrolled in the class, each with a
 * generated username and first password. Returns the cards to print; the
 * passwords are not stored anywhere but as hashes.
 */
export async function createStudentsInClass(classroomId: string, names: string[]): Promise<LoginCard[]> {
  const passwords = names.map(() => newFirstPassword());
  const hashes = await Promise.all(passwords.map(hashPassword));
  return retryOnUsernameClash(() =>
    getDb().$transaction(async (tx) => {
      const bases = names.map((n) => usernameBase(n));
      const taken = await takenUsernames(bases, tx);
      const cards: LoginCard[] = [];
      for (const [i, name] of names.entries()) {
        const username = firstFreeUsername(bases[i]!, taken);
        taken.add(username);
        const user = await tx.user.create({
          data: { role: "STUDENT", username, displayName: name, passwordHash: hashes[i]! },
          select: { id: true },
        });
        await tx.enrollment.create({ data: { classroomId, studentId: user.id } });
        cards.push({ studentId: user.id, name, username, password: passwords[i]! });
      }
      return cards;
    }),
  );
}

/** A new student account from the join page, enrolled in the class. */
export async function createStudentWithPassword(classroomId: string, name: string, password: string): Promise<{ username: string }> {
  const passwordHash = await hashPassword(password);
  const base = usernameBase(name);
  return retryOnUsernameClash(() =>
    getDb().$transaction(async (tx) => {
      const username = firstFreeUsername(base, await takenUsernames([base], tx));
      const user = await tx.user.create({ data: { role: "STUDENT", username, displayName: name, passwordHash }, select: { id: true } });
      await tx.enrollment.create({ data: { classroomId, studentId: user.id } });
      return { username };
    }),
  );
}

export type ChangePasswordResult = "changed" | "wrong-password" | "not-found";

/** Change one's own password after checking the current one; other sessions end. */
export async function changeOwnPassword(userId: string, currentPassword: string, newPassword: string): Promise<ChangePasswordResult> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return "not-found";
  if (!(await verifyPassword(user.passwordHash, currentPassword))) return "wrong-password";
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
  });
  return "changed";
}

/**
 * A teacher resets the password of a student in one of their classes. Returns
 * the new card, or null when the student is not in a class of this teacher's.
 */
export async function resetStudentPassword(teacherId: string, classroomId: string, studentId: string): Promise<LoginCard | null> {
  const db = getDb();
  const enrollment = await db.enrollment.findFirst({
    where: { classroomId, studentId, classroom: { teacherId } },
    select: { student: { select: { id: true, displayName: true, username: true } } },
  });
  if (!enrollment) return null;
  const password = newFirstPassword();
  await db.user.update({
    where: { id: studentId },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
  });
  // A reset also lifts a sign-in block on the account.
  await deleteLoginFailures(rateLimitKeys(enrollment.student.username, null).account);
  return { studentId, name: enrollment.student.displayName, username: enrollment.student.username, password };
}
