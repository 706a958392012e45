import "server-only";
import { getDb, Prisma } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { newJoinCode } from "./join-code";

export async function createClassroom(input: { teacherId: string; name: string; joinCode: string }, tx: Prisma.TransactionClient = getDb()) {
  return tx.classroom.create({ data: input });
}

export async function enrollStudent(classroomId: string, studentId: string, tx: Prisma.TransactionClient = getDb()) {
  return tx.enrollment.upsert({
    where: { classroomId_studentId: { classroomId, studentId } },
    create: { classroomId, studentId },
    update: {},
  });
}

/** Retry with a fresh code in the (rare) case a generated one is taken. */
async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newJoinCode());
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 4) throw err;
    }
  }
}

export function createClassroomForTeacher(teacherId: string, name: string) {
  return withFreshJoinCode((joinCode) => createClassroom({ teacherId, name, joinCode }));
}

// Each write below carries the owner in its `where`: a count of 0 means "not found".

export async function renameClassroom(teacherId: string, classroomId: string, name: string): Promise<boolean> {
  const { count } = await getDb().classroom.updateMany({ where: { id: classroomId, teacherId }, data: { name } });
  return count === 1;
}

export async function setClassroomArchived(teacherId: string, classroomId: string, archived: boolean): Promise<boolean> {
  const { count } = await getDb().classroom.updateMany({
    where: { id: classroomId, teacherId },
    data: { archivedAt: archived ? new Date() : null },
  });
  return count === 1;
}

export async function regenerateJoinCode(teacherId: string, classroomId: string): Promise<string | null> {
  return withFreshJoinCode(async (joinCode) => {
    const { count } = await getDb().classroom.updateMany({ where: { id: classroomId, teacherId }, data: { joinCode } });
    return count === 1 ? joinCode : null;
  });
}

export async function removeStudentFromClass(teacherId: string, classroomId: string, studentId: string): Promise<boolean> {
  const { count } = await getDb().enrollment.deleteMany({ where: { classroomId, studentId, classroom: { teacherId } } });
  return count === 1;
}

/**
 * Extra time (or no clock at all, which clears the percent) for a student on this class's timed
 * quizzes and live games. Returns what is stored; null when not in this teacher's class.
 */
export async function setExtraTime(
  teacherId: string,
  classroomId: string,
  studentId: string,
  percent: number,
  untimed = false,
): Promise<{ percent: number; untimed: boolean } | null> {
  const stored = { percent: untimed ? 0 : percent, untimed };
  const { count } = await getDb().enrollment.updateMany({
    where: { classroomId, studentId, classroom: { teacherId } },
    data: { extraTimePercent: stored.percent, untimed },
  });
  return count === 1 ? stored : null;
}
