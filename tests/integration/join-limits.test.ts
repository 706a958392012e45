/**
 * Joining by code and signing up are limited per address: every try counts,
 * right code or wrong, and an address over its limit is refused with the wait.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClassroomForTeacher } from "@/lib/classroom/mutations";
import { POLICIES } from "@/lib/rate-limit/policy";
import { joinAnotherClass, joinAsNewStudent, registerTeacher } from "@/lib/users/actions";
import { makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

let session: unknown = null;
let address = "10.50.0.1";
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: vi.fn(async () => session),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-factbound-client-address": address }) }));

const database = setupTestDatabase("join-limits");
const LIMITED = /^Too many tries from this network\. Wait \d+ seconds? and try again\.$/;

beforeEach(() => {
  session = null;
});
afterEach(() => {
  vi.useRealTimers();
});

function wrongCode(i: number) {
  // Letters and digits from the code alphabet, never a code that exists here.
  return `W${String(i).padStart(5, "0").replace(/[0125 8]/g, "3")}`;
}

describe("joining by code", () => {
  it("refuses a signed-in student's 400 wrong codes after the limit, and other addresses still join", async () => {
    const student = await makeUser("STUDENT");
    session = { user: { id: student.id, role: "STUDENT", username: student.username, name: student.displayName, sessionVersion: 0 }, expires: "2999-01-01" };
    address = "10.50.1.1";
    // The clock stands still (only Date is faked), so no wait runs out during the 400 tries.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    const errors: string[] = [];
    for (let i = 0; i < 400; i++) {
      const result = await joinAnotherClass({ code: wrongCode(i) });
      expect(result.ok).toBe(false);
      if (!result.ok) errors.push(result.error);
    }
    const refused = errors.filter((e) => LIMITED.test(e)).length;
    expect(errors.length - refused).toBe(POLICIES.codeJoin.free);
    expect(refused).toBe(400 - POLICIES.codeJoin.free);
    // The right code from the same address is refused too: a right guess costs as much as a wrong one.
    const teacher = await makeUser("TEACHER");
    const classroom = await createClassroomForTeacher(teacher.id, "Target");
    const blocked = await joinAnotherClass({ code: classroom.joinCode });
    expect(blocked).toMatchObject({ ok: false, error: expect.stringMatching(LIMITED) });
    expect(await database.db().enrollment.count({ where: { studentId: student.id } })).toBe(0);

    address = "10.50.1.2";
    expect(await joinAnotherClass({ code: classroom.joinCode })).toMatchObject({ ok: true });
    vi.useRealTimers();
  });

  it("counts a new student's tries with a right code like those with a wrong one", async () => {
    const teacher = await makeUser("TEACHER");
    const classroom = await createClassroomForTeacher(teacher.id, "Open class");
    address = "10.50.2.1";
    let joined = 0;
    for (let i = 0; i < POLICIES.codeJoin.free; i++) {
      const code = i % 2 === 0 ? classroom.joinCode : wrongCode(i);
      const result = await joinAsNewStudent({ code, name: `Kid ${i}`, password: "long enough" });
      if (result.ok) joined++;
    }
    expect(joined).toBe(POLICIES.codeJoin.free / 2);
    expect(await joinAsNewStudent({ code: classroom.joinCode, name: "One Too Many", password: "long enough" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(LIMITED),
    });
  });
});

describe("signing up", () => {
  it("is limited per address", async () => {
    address = "10.50.3.1";
    for (let i = 0; i < POLICIES.signUp.free; i++) {
      expect(await registerTeacher({ name: `Teacher ${i}`, email: `t${i}@signup.example`, password: "long enough" })).toMatchObject({ ok: true });
    }
    expect(await registerTeacher({ name: "Eleventh", email: "eleventh@signup.example", password: "long enough" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(LIMITED),
    });
    expect(await database.db().user.count({ where: { email: "eleventh@signup.example" } })).toBe(0);
  });
});
