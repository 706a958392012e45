import "server-only";
import { getDb, Prisma } from "../db/client";

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
