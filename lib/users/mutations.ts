import "server-only";
import { availableParallelism } from "node:os";
import { getDb, type Prisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { clearAccountSignInFailures } from "../auth/rate-limit";
import { newFirstPassword } from "./first-password";
import { usernameBase, usernameCandidates } from "./usernames";

/**
 * Signing out: the session's id is refused from now until the token would have
 * expired anyway; older revocations are pruned as we go.
 */
export async function revokeSession(sessionId: string, userId: string, expiresAt: Date) {
  const db = getDb();
  await db.revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, userId, expiresAt }, update: {} });
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
}

/**
 * A free username for each base, in order (duplicates get base, base2, base3…).
 * Candidates are looked up by exact name, a batch at a time, so the unique index
 * on username answers and no prefix scan of every user is needed.
 */
async function pickFreeUsernames(bases: string[], tx: Prisma.TransactionClient): Promise<string[]> {
  const needed = new Map<string, number>();
  for (const b of bases) needed.set(b, (needed.get(b) ?? 0) + 1);
  const free = new Map<string, string[]>([...needed.keys()].map((b) => [b, []]));
  const nextNumber = new Map<string, number>([...needed.keys()].map((b) => [b, 1]));
  let extra = 20;
  for (;;) {
    const short = [...needed].filter(([b, n]) => free.get(b)!.length < n);
    if (short.length === 0) break;
    const candidates = short.flatMap(([b, n]) => {
      const from = nextNumber.get(b)!;
      const count = n - free.get(b)!.length + extra;
      nextNumber.set(b, from + count);
      return usernameCandidates(b, from, count).map((username) => ({ base: b, username }));
    });
    const taken = new Set<string>();
    for (let i = 0; i < candidates.length; i += 500) {
      const rows = await tx.user.findMany({ where: { username: { in: candidates.slice(i, i + 500).map((c) => c.username) } }, select: { username: true } });
      for (const r of rows) taken.add(r.username);
    }
    for (const c of candidates) if (!taken.has(c.username)) free.get(c.base)!.push(c.username);
    extra *= 4;
  }
  return bases.map((b) => free.get(b)!.shift()!);
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
      const username = (await pickFreeUsernames([base], db))[0]!;
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

// Each hash holds a thread-pool thread and a core while it runs: leave a core for everything
// else on bigger machines, but use two even on a 2-core laptop so a class list is not slow.
const HASHING_AT_ONCE = Math.max(2, availableParallelism() - 1);

/** Argon2 hashes for many passwords, a few at a time on libuv's thread pool (never on the event loop). */
async function hashAll(passwords: string[]): Promise<string[]> {
  const hashes: string[] = new Array(passwords.length);
  let next = 0;
  async function worker() {
    while (next < passwords.length) {
      const i = next++;
      hashes[i] = await hashPassword(passwords[i]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(HASHING_AT_ONCE, passwords.length) }, worker));
  return hashes;
}

/**
 * Student accounts for a list of names, made by this teacher and enrolled in
 * the class, each with a generated username and first password. Passwords are
 * hashed before the transaction, which then inserts every account and every
 * enrolment in one statement each, so the database is busy for milliseconds.
 * Returns the cards to print; the passwords are kept nowhere but as hashes.
 */
export async function createStudentsInClass(teacherId: string, classroomId: string, names: string[]): Promise<LoginCard[]> {
  const passwords = names.map(() => newFirstPassword());
  const hashes = await hashAll(passwords);
  return retryOnUsernameClash(() =>
    getDb().$transaction(async (tx) => {
      const usernames = await pickFreeUsernames(names.map((n) => usernameBase(n)), tx);
      const users = await tx.user.createManyAndReturn({
        data: names.map((name, i) => ({ role: "STUDENT" as const, username: usernames[i]!, displayName: name, passwordHash: hashes[i]!, createdById: teacherId })),
        select: { id: true, username: true },
      });
      const idOf = new Map(users.map((u) => [u.username, u.id]));
      await tx.enrollment.createMany({ data: users.map((u) => ({ classroomId, studentId: u.id })) });
      return names.map((name, i) => ({ studentId: idOf.get(usernames[i]!)!, name, username: usernames[i]!, password: passwords[i]! }));
    }),
  );
}

/** A new student account from the join page (the student's own), enrolled in the class. */
export async function createStudentWithPassword(classroomId: string, name: string, password: string): Promise<{ username: string }> {
  return createSelfJoinedStudent(classroomId, name, await hashPassword(password));
}

/** As above, with the password already hashed (the join action hashes before it looks up the code). */
export async function createSelfJoinedStudent(classroomId: string, name: string, passwordHash: string): Promise<{ username: string }> {
  const base = usernameBase(name);
  return retryOnUsernameClash(() =>
    getDb().$transaction(async (tx) => {
      const [username] = await pickFreeUsernames([base], tx);
      const user = await tx.user.create({ data: { role: "STUDENT", username: username!, displayName: name, passwordHash }, select: { id: true } });
      await tx.enrollment.create({ data: { classroomId, studentId: user.id } });
      return { username: username! };
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

export type ResetPasswordResult = { status: "reset"; card: LoginCard } | { status: "not-found" } | { status: "not-yours" };

/**
 * A teacher resets the password of a student in one of their classes, only
 * when the account is theirs to reset: they made it from a class list, or the
 * student signed up with a code and is in no other teacher's class. Otherwise
 * a reset would also take over the student's access to another teacher's
 * classes (docs/decisions/007-password-resets.md).
 */
export async function resetStudentPassword(teacherId: string, classroomId: string, studentId: string): Promise<ResetPasswordResult> {
  const db = getDb();
  const enrollment = await db.enrollment.findFirst({
    where: { classroomId, studentId, classroom: { teacherId } },
    select: { student: { select: { id: true, displayName: true, username: true, createdById: true } } },
  });
  if (!enrollment) return { status: "not-found" };
  const { student } = enrollment;
  const mayReset =
    student.createdById === teacherId ||
    (student.createdById === null && (await db.enrollment.count({ where: { studentId, classroom: { teacherId: { not: teacherId } } } })) === 0);
  if (!mayReset) return { status: "not-yours" };
  const password = newFirstPassword();
  await db.user.update({
    where: { id: studentId },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
  });
  // A reset also lifts any sign-in delay on the account.
  await clearAccountSignInFailures(studentId);
  return { status: "reset", card: { studentId, name: student.displayName, username: student.username, password } };
}
