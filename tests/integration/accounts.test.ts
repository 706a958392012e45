import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { findOpenClassByJoinCode } from "@/lib/classroom/data";
import { createClassroomForTeacher, enrollStudent, regenerateJoinCode, removeStudentFromClass, setClassroomArchived } from "@/lib/classroom/mutations";
import { changeOwnPassword, createStudentsInClass, createStudentWithPassword, createTeacher, resetStudentPassword } from "@/lib/users/mutations";
import { FACTORY_PASSWORD, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("accounts");

describe("teacher accounts", () => {
  it("are created once per email, with a username from the email", async () => {
    const created = await createTeacher({ name: "Ms. Rivera", email: "m.rivera@school.example", password: "a good password" });
    expect(created).toEqual({ status: "created", username: "m.rivera" });
    expect(await createTeacher({ name: "Someone", email: "m.rivera@school.example", password: "another password" })).toEqual({
      status: "email-taken",
    });
    const again = await createTeacher({ name: "M. Rivera", email: "m.rivera@other.example", password: "a good password" });
    expect(again).toEqual({ status: "created", username: "m.rivera2" });
  });
});

describe("students from a pasted list", () => {
  it("get unique usernames and first passwords that sign in, even for duplicate and emoji names", async () => {
    const teacher = await makeUser("TEACHER");
    const classroom = await createClassroomForTeacher(teacher.id, "Class 25");
    const names = [
      ...Array.from({ length: 20 }, (_, i) => `Student Number ${i + 1}`),
      "Ana Lopez",
      "Ana Lopez",
      "Zoë Ng-Adams",
      "🦊",
      "李雷",
    ];
    const cards = await createStudentsInClass(teacher.id, classroom.id, names);
    expect(cards).toHaveLength(25);
    expect(new Set(cards.map((c) => c.username)).size).toBe(25);
    expect(cards.filter((c) => c.username.startsWith("ana.lopez")).map((c) => c.username).sort()).toEqual(["ana.lopez", "ana.lopez2"]);
    expect(cards.find((c) => c.name === "Zoë Ng-Adams")!.username).toBe("zoe.ng.adams");
    expect(cards.find((c) => c.name === "🦊")!.username).toMatch(/^student\d*$/);
    expect(await database.db().enrollment.count({ where: { classroomId: classroom.id } })).toBe(25);
    const card = cards[3]!;
    expect(await authorizeCredentials({ identifier: card.username, password: card.password }, "10.3.0.1")).toMatchObject({ id: card.studentId });
    // The password is kept only as a hash.
    const stored = await database.db().user.findUniqueOrThrow({ where: { id: card.studentId } });
    expect(stored.passwordHash).not.toContain(card.password);
    expect(await verifyPassword(stored.passwordHash, card.password)).toBe(true);

    // A second list with the same names continues the numbering.
    const more = await createStudentsInClass(teacher.id, classroom.id, ["Ana Lopez"]);
    expect(more[0]!.username).toBe("ana.lopez3");
  });
});

describe("join codes", () => {
  it("admit a new student to an open class only", async () => {
    const teacher = await makeUser("TEACHER");
    const classroom = await createClassroomForTeacher(teacher.id, "Joinable");
    expect(classroom.joinCode).toMatch(/^[34679ACDEFGHJKMNPQRTUVWXY]{6}$/);
    expect(await findOpenClassByJoinCode(classroom.joinCode)).toMatchObject({ id: classroom.id });
    const { username } = await createStudentWithPassword(classroom.id, "Chloé Park", "my own password");
    expect(username).toBe("chloe.park");

    const newCode = await regenerateJoinCode(teacher.id, classroom.id);
    expect(newCode).not.toBe(classroom.joinCode);
    expect(await findOpenClassByJoinCode(classroom.joinCode)).toBeNull();
    expect(await findOpenClassByJoinCode(newCode!)).not.toBeNull();

    expect(await setClassroomArchived(teacher.id, classroom.id, true)).toBe(true);
    expect(await findOpenClassByJoinCode(newCode!)).toBeNull();
  });
});

describe("passwords", () => {
  it("change only with the current one, and end older sessions", async () => {
    const user = await makeUser("STUDENT");
    expect(await changeOwnPassword(user.id, "not it", "a new password")).toBe("wrong-password");
    expect(await changeOwnPassword(user.id, FACTORY_PASSWORD, "a new password")).toBe("changed");
    const after = await database.db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await authorizeCredentials({ identifier: user.username, password: "a new password" }, "10.4.0.1")).not.toBeNull();
    expect(await authorizeCredentials({ identifier: user.username, password: FACTORY_PASSWORD }, "10.4.0.1")).toBeNull();
  });

  it("are reset by the teacher who made the account, and end its sessions", async () => {
    const teacher = await makeUser("TEACHER");
    const other = await makeUser("TEACHER");
    const classroom = await createClassroomForTeacher(teacher.id, "Reset class");
    const [card] = await createStudentsInClass(teacher.id, classroom.id, ["Dev Patel"]);
    expect(await resetStudentPassword(other.id, classroom.id, card!.studentId)).toEqual({ status: "not-found" });
    const before = await database.db().user.findUniqueOrThrow({ where: { id: card!.studentId } });
    expect(before.createdById).toBe(teacher.id);
    expect(await verifyPassword(before.passwordHash, card!.password)).toBe(true);

    const fresh = await resetStudentPassword(teacher.id, classroom.id, card!.studentId);
    if (fresh.status !== "reset") throw new Error(`expected a reset, got ${fresh.status}`);
    expect(fresh.card.password).not.toBe(card!.password);
    const after = await database.db().user.findUniqueOrThrow({ where: { id: card!.studentId } });
    expect(await verifyPassword(after.passwordHash, fresh.card.password)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("of a student who joined two teachers' classes by code are reset by neither teacher", async () => {
    const first = await makeUser("TEACHER");
    const second = await makeUser("TEACHER");
    const mine = await createClassroomForTeacher(first.id, "First teacher's class");
    const theirs = await createClassroomForTeacher(second.id, "Second teacher's class");
    const { username } = await createStudentWithPassword(mine.id, "Gus Hale", "gus's own password");
    const student = await database.db().user.findUniqueOrThrow({ where: { username } });
    // Only in the first teacher's class so far: their own account, in no one else's class.
    const alone = await resetStudentPassword(first.id, mine.id, student.id);
    expect(alone.status).toBe("reset");
    if (alone.status !== "reset") return;
    await enrollStudent(theirs.id, student.id);
    expect(await resetStudentPassword(first.id, mine.id, student.id)).toEqual({ status: "not-yours" });
    expect(await resetStudentPassword(second.id, theirs.id, student.id)).toEqual({ status: "not-yours" });
    const after = await database.db().user.findUniqueOrThrow({ where: { id: student.id } });
    expect(await verifyPassword(after.passwordHash, alone.card.password)).toBe(true);
    expect(after.sessionVersion).toBe(student.sessionVersion + 1);
  });

  it("of an account a teacher made are not reset by a second teacher whose class it joined", async () => {
    const maker = await makeUser("TEACHER");
    const second = await makeUser("TEACHER");
    const home = await createClassroomForTeacher(maker.id, "Home class");
    const club = await createClassroomForTeacher(second.id, "Club");
    const [card] = await createStudentsInClass(maker.id, home.id, ["Ivy Moss"]);
    await enrollStudent(club.id, card!.studentId);
    expect(await resetStudentPassword(second.id, club.id, card!.studentId)).toEqual({ status: "not-yours" });
    expect((await resetStudentPassword(maker.id, home.id, card!.studentId)).status).toBe("reset");
  });
});

describe("removing a student", () => {
  it("takes them out of that class only, and only for its teacher", async () => {
    const teacher = await makeUser("TEACHER");
    const other = await makeUser("TEACHER");
    const a = await createClassroomForTeacher(teacher.id, "A");
    const b = await createClassroomForTeacher(teacher.id, "B");
    const [card] = await createStudentsInClass(teacher.id, a.id, ["Eve Stone"]);
    await database.db().enrollment.create({ data: { classroomId: b.id, studentId: card!.studentId } });
    expect(await removeStudentFromClass(other.id, a.id, card!.studentId)).toBe(false);
    expect(await removeStudentFromClass(teacher.id, a.id, card!.studentId)).toBe(true);
    expect(await removeStudentFromClass(teacher.id, a.id, card!.studentId)).toBe(false);
    const left = await database.db().enrollment.findMany({ where: { studentId: card!.studentId } });
    expect(left.map((e) => e.classroomId)).toEqual([b.id]);
  });
});
