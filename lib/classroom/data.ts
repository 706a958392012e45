import "server-only";
import { getDb } from "../db/client";

export function listClassesForTeacher(teacherId: string) {
  return getDb().classroom.findMany({
    where: { teacherId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { enrollments: true, assignments: true } } },
  });
}

/** The class with its roster, or null when it is not this teacher's. */
export function getClassForTeacher(classroomId: string, teacherId: string) {
  return getDb().classroom.findFirst({
    where: { id: classroomId, teacherId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      createdAt: true,
      enrollments: {
        orderBy: { student: { displayName: "asc" } },
        select: { createdAt: true, extraTimePercent: true, untimed: true, student: { select: { id: true, displayName: true, username: true } } },
      },
    },
  });
}

/** An open (unarchived) class by its join code. */
export function findOpenClassByJoinCode(joinCode: string) {
  return getDb().classroom.findFirst({
    where: { joinCode, archivedAt: null },
    select: { id: true, name: true, teacher: { select: { displayName: true } } },
  });
}

/** The classes a student is in (unarchived), for their home page. */
export function listClassesForStudent(studentId: string) {
  return getDb().classroom.findMany({
    where: { archivedAt: null, enrollments: { some: { studentId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, teacher: { select: { displayName: true } } },
  });
}
