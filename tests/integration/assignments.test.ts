/**
 * Issue 9 item 4: settings live on the assignment; one quiz goes to several
 * classes and to the same class again, each with its own window and rules;
 * students see an assignment only inside its window.
 */
import { describe, expect, it } from "vitest";
import { listAssignmentsForQuiz } from "@/lib/assignments/data";
import { assignQuizForTeacher, removeAssignmentForTeacher, updateAssignmentForTeacher } from "@/lib/assignments/mutations";
import { AssignQuizSchema } from "@/lib/assignments/schema";
import { listAssignmentsForStudent } from "@/lib/attempt/data";
import { startOrResumeAttempt } from "@/lib/attempt/mutations";
import { createClassroomForTeacher, enrollStudent, setClassroomArchived } from "@/lib/classroom/mutations";
import { assignmentStatus } from "@/lib/quiz/assignment-status";
import { parseAssignmentSettings } from "@/lib/quiz/settings";
import { makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("assignments");

const FIELDS = {
  opensAt: null,
  dueAt: null,
  attemptsAllowed: 2,
  countedAttempt: "LAST" as const,
  feedback: "after-each" as const,
  timeLimitMinutes: 15,
  lateAnswers: "no-points" as const,
  articleDuringAttempt: "allowed" as const,
  shuffleQuestions: true,
};

describe("assignments", () => {
  it("put one quiz in several classes and in the same class twice, each with its own settings", async () => {
    const { teacher, quiz, classroom } = await makeAssignedQuiz({ students: 1 });
    const second = await createClassroomForTeacher(teacher.id, "Second class");
    const again = await assignQuizForTeacher(teacher.id, quiz.id, classroom.id, { ...FIELDS, dueAt: new Date("2031-01-01T00:00:00Z") });
    const other = await assignQuizForTeacher(teacher.id, quiz.id, second.id, FIELDS);
    expect(again && other).toBeTruthy();
    const list = await listAssignmentsForQuiz(quiz.id, teacher.id);
    expect(list).toHaveLength(3);
    expect(list.filter((a) => a.classroom.id === classroom.id)).toHaveLength(2);
    const stored = list.find((a) => a.id === other!.id)!;
    expect(stored.settings).toEqual({
      shuffleQuestions: true,
      feedback: "after-each",
      timeLimitSeconds: 900,
      lateAnswers: "no-points",
      articleDuringAttempt: "allowed",
      countedAttempt: "LAST",
    });
    expect(stored.attemptsAllowed).toBe(2);
    // Another teacher sees none of it, and cannot assign into these classes or from this quiz.
    const stranger = await makeUser("TEACHER");
    expect(await listAssignmentsForQuiz(quiz.id, stranger.id)).toEqual([]);
    const theirs = await createClassroomForTeacher(stranger.id, "Theirs");
    expect(await assignQuizForTeacher(stranger.id, quiz.id, theirs.id, FIELDS)).toBeNull();
    expect(await assignQuizForTeacher(teacher.id, quiz.id, theirs.id, FIELDS)).toBeNull();
    expect(await updateAssignmentForTeacher(stranger.id, other!.id, FIELDS)).toBe(false);
    expect(await removeAssignmentForTeacher(stranger.id, other!.id)).toBe("not-found");
    // An archived class takes no new assignments.
    await setClassroomArchived(teacher.id, second.id, true);
    expect(await assignQuizForTeacher(teacher.id, quiz.id, second.id, FIELDS)).toBeNull();
  });

  it("are removed only while nobody has started them", async () => {
    const { teacher, quiz, classroom, assignment, students } = await makeAssignedQuiz({ students: 1 });
    expect((await startOrResumeAttempt(assignment.id, students[0]!.id)).status).toBe("started");
    expect(await removeAssignmentForTeacher(teacher.id, assignment.id)).toBe("has-attempts");
    const spare = await assignQuizForTeacher(teacher.id, quiz.id, classroom.id, FIELDS);
    expect(await removeAssignmentForTeacher(teacher.id, spare!.id)).toBe("removed");
    expect(await database.db().assignment.count({ where: { quizId: quiz.id } })).toBe(1);
  });

  it("show to students only from their opening, and past the due date as missed or (when late answers count) overdue", async () => {
    const now = new Date("2026-06-10T12:00:00Z");
    const day = 24 * 60 * 60 * 1000;
    const { teacher, quiz, classroom, students, assignment } = await makeAssignedQuiz({ students: 1, opensAt: new Date(now.getTime() + day) });
    const student = students[0]!;
    expect(await listAssignmentsForStudent(student.id, now)).toEqual([]);
    expect(await startOrResumeAttempt(assignment.id, student.id, now)).toEqual({ status: "not-open" });
    expect((await listAssignmentsForStudent(student.id, new Date(now.getTime() + 2 * day))).map((a) => a.id)).toEqual([assignment.id]);

    const missed = await assignQuizForTeacher(teacher.id, quiz.id, classroom.id, { ...FIELDS, lateAnswers: "refuse", dueAt: new Date(now.getTime() - day) });
    const overdue = await assignQuizForTeacher(teacher.id, quiz.id, classroom.id, { ...FIELDS, lateAnswers: "count", dueAt: new Date(now.getTime() - day) });
    const list = await listAssignmentsForStudent(student.id, now);
    const status = (id: string) => assignmentStatus(list.find((a) => a.id === id)!, now);
    expect(status(missed!.id)).toBe("missed");
    expect(status(overdue!.id)).toBe("overdue");
    expect(await startOrResumeAttempt(missed!.id, student.id, now)).toEqual({ status: "closed" });
    expect((await startOrResumeAttempt(overdue!.id, student.id, now)).status).toBe("started");
  });

  it("validate their form: a class to choose, whole attempts, and a due date after the opening", () => {
    const base = { quizId: "q", classId: "c", ...FIELDS, opensAt: "", dueAt: "" };
    expect(AssignQuizSchema.safeParse(base).success).toBe(true);
    const errors = (input: object) => {
      const r = AssignQuizSchema.safeParse(input);
      return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(errors({ ...base, classId: "" })).toEqual({ classId: "Choose a class." });
    expect(errors({ ...base, attemptsAllowed: 0 })).toEqual({ attemptsAllowed: "At least one attempt." });
    expect(errors({ ...base, attemptsAllowed: 1.5 })).toEqual({ attemptsAllowed: "Use a whole number." });
    expect(errors({ ...base, opensAt: "2030-02-01T10:00:00.000Z", dueAt: "2030-01-01T10:00:00.000Z" })).toEqual({
      dueAt: "The due date must come after the opening date.",
    });
    expect(errors({ ...base, dueAt: "next tuesday" })).toEqual({ dueAt: "Enter a date and time." });
  });

  it("keep students in a class they joined later in the same window as the rest", async () => {
    const { classroom, assignment } = await makeAssignedQuiz({ students: 0 });
    const late = await makeUser("STUDENT");
    await enrollStudent(classroom.id, late.id);
    const [row] = await listAssignmentsForStudent(late.id);
    expect(row!.id).toBe(assignment.id);
    expect(parseAssignmentSettings(row!.settings)).toEqual(row!.settings);
  });
});
