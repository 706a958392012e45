import { describe, expect, it } from "vitest";
import { authorizeCredentials, SIGN_IN_ERRORS } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { signInKeys } from "@/lib/auth/rate-limit-keys";
import { createClassroomForTeacher } from "@/lib/classroom/mutations";
import { POLICIES } from "@/lib/rate-limit/policy";
import { createStudentsInClass, createStudentWithPassword, createTeacher } from "@/lib/users/mutations";
import { FACTORY_PASSWORD, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("auth");
const PAIR_FREE = POLICIES.signInPair.free;

type Outcome = "signed-in" | "wrong" | "limited";
async function trySignIn(identifier: string, password: string, address: string, now?: Date): Promise<Outcome> {
  try {
    return (await authorizeCredentials({ identifier, password }, address, now)) ? "signed-in" : "wrong";
  } catch (err) {
    if (err instanceof Error && err.message === SIGN_IN_ERRORS.rateLimited) return "limited";
    throw err;
  }
}
const later = (ms: number) => new Date(Date.now() + ms);

describe("signing in", () => {
  it("accepts the username or the email with the right password and carries the role", async () => {
    const teacher = await makeUser("TEACHER", { email: "t.one@school.example" });
    expect(await authorizeCredentials({ identifier: teacher.username, password: FACTORY_PASSWORD }, "10.0.0.1")).toMatchObject({
      id: teacher.id,
      role: "TEACHER",
    });
    expect(await authorizeCredentials({ identifier: "T.One@School.example", password: FACTORY_PASSWORD }, "10.0.0.1")).toMatchObject({
      id: teacher.id,
    });
  });

  it("answers a wrong password and an unknown account the same way", async () => {
    const student = await makeUser("STUDENT");
    expect(await authorizeCredentials({ identifier: student.username, password: "wrong password" }, "10.0.0.2")).toBeNull();
    expect(await authorizeCredentials({ identifier: "no-such-user", password: "wrong password" }, "10.0.0.2")).toBeNull();
    expect(await authorizeCredentials({ identifier: "", password: "" }, "10.0.0.2")).toBeNull();
  });

  it("stores only Argon2id hashes of the passwords the app itself set", async () => {
    const teacher = await createTeacher({ name: "Hash Check", email: "hash.check@school.example", password: "teacher's own password" });
    const owner = await database.db().user.findUniqueOrThrow({ where: { username: teacher.status === "created" ? teacher.username : "" } });
    const classroom = await createClassroomForTeacher(owner.id, "Hashes");
    const [card] = await createStudentsInClass(owner.id, classroom.id, ["Hana Sato"]);
    const joined = await createStudentWithPassword(classroom.id, "Ivo Marsh", "ivo's own password");
    const rows = await database.db().user.findMany({ where: { username: { in: [owner.username, card!.username, joined.username] } } });
    expect(rows).toHaveLength(3);
    const passwords: Record<string, string> = { [owner.username]: "teacher's own password", [card!.username]: card!.password, [joined.username]: "ivo's own password" };
    for (const row of rows) {
      // Argon2id, version 19, the parameters password.ts asks for.
      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
      expect(row.passwordHash).not.toContain(passwords[row.username]!);
      expect(await verifyPassword(row.passwordHash, passwords[row.username]!)).toBe(true);
      expect(await verifyPassword(row.passwordHash, passwords[row.username]! + "x")).toBe(false);
    }
  });
});

describe("the sign-in limit", () => {
  it("counts 40 wrong passwords sent at once, and checks only the allowance", async () => {
    const student = await makeUser("STUDENT");
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => trySignIn(student.username, `guess ${i}`, "10.1.1.1")));
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(PAIR_FREE);
    expect(outcomes.filter((o) => o === "limited")).toHaveLength(40 - PAIR_FREE);
    const counter = await database.db().rateLimit.findUniqueOrThrow({ where: { key: signInKeys({ userId: student.id }, "10.1.1.1").pair } });
    expect(counter.count).toBe(PAIR_FREE);
  });

  it("counts the username and the email of one account together", async () => {
    const teacher = await makeUser("TEACHER", { email: "two.names@school.example" });
    for (let i = 0; i < PAIR_FREE; i++) {
      const name = i % 2 === 0 ? teacher.username : "Two.Names@school.example";
      expect(await trySignIn(name, `guess ${i}`, "10.1.2.1")).toBe("wrong");
    }
    expect(await trySignIn(teacher.username, FACTORY_PASSWORD, "10.1.2.1")).toBe("limited");
    expect(await trySignIn("two.names@school.example", FACTORY_PASSWORD, "10.1.2.1")).toBe("limited");
  });

  it("does not stop the owner on their own device while an attacker guesses from another address", async () => {
    const student = await makeUser("STUDENT");
    for (let i = 0; i < 40; i++) await trySignIn(student.username, `guess ${i}`, "10.66.0.1");
    expect(await trySignIn(student.username, FACTORY_PASSWORD, "10.66.0.1")).toBe("limited");
    expect(await trySignIn(student.username, FACTORY_PASSWORD, "10.2.0.7")).toBe("signed-in");
  });

  it("slows guesses spread over many addresses with delays short enough for the owner", async () => {
    const student = await makeUser("STUDENT");
    const free = POLICIES.signInAccount.free;
    for (let i = 0; i < free; i++) expect(await trySignIn(student.username, `guess ${i}`, `10.3.${i}.1`)).toBe("wrong");
    expect(await trySignIn(student.username, FACTORY_PASSWORD, "10.3.200.1")).toBe("limited");
    // At most the account's longest delay later, the owner gets in.
    expect(await trySignIn(student.username, FACTORY_PASSWORD, "10.3.200.1", later(POLICIES.signInAccount.maxDelayMs + 1000))).toBe("signed-in");
  });

  it("makes each wait longer than the one before, and lets a right password through after the wait", async () => {
    const student = await makeUser("STUDENT");
    const address = "10.4.0.1";
    for (let i = 0; i < PAIR_FREE; i++) await trySignIn(student.username, `guess ${i}`, address);
    const base = POLICIES.signInPair.baseDelayMs;
    expect(await trySignIn(student.username, "guess", address, later(base - 500))).toBe("limited");
    expect(await trySignIn(student.username, "guess", address, later(base + 100))).toBe("wrong");
    // The next wait doubles: not yet at 1.5 × base after that try, allowed after 2 × base.
    expect(await trySignIn(student.username, "guess", address, later(base + 100 + 1.5 * base))).toBe("limited");
    expect(await trySignIn(student.username, FACTORY_PASSWORD, address, later(base + 200 + 2 * base))).toBe("signed-in");
    // Signing in cleared this device's count.
    expect(await database.db().rateLimit.findUnique({ where: { key: signInKeys({ userId: student.id }, address).pair } })).toBeNull();
  });

  it("slows one address guessing across many accounts, and not other addresses", async () => {
    const student = await makeUser("STUDENT");
    for (let i = 0; i < POLICIES.signInAddress.free; i++) expect(await trySignIn(`ana.lopez${i}`, "guess", "10.9.9.9")).toBe("wrong");
    expect(await trySignIn(student.username, FACTORY_PASSWORD, "10.9.9.9")).toBe("limited");
    expect(await trySignIn(student.username, FACTORY_PASSWORD, "10.9.9.10")).toBe("signed-in");
  });

  it("lets a whole class sign in from one school address, and still counts the failures among them", async () => {
    const classOf40 = await Promise.all(Array.from({ length: 40 }, () => makeUser("STUDENT")));
    const outcomes: Outcome[] = [];
    for (const s of classOf40) outcomes.push(await trySignIn(s.username, FACTORY_PASSWORD, "10.8.8.8"));
    expect(outcomes.every((o) => o === "signed-in")).toBe(true);
    const counter = await database.db().rateLimit.findUniqueOrThrow({ where: { key: signInKeys({ typed: "" }, "10.8.8.8").address } });
    expect(counter.count).toBe(0);
    await trySignIn(classOf40[0]!.username, "typo", "10.8.8.8");
    expect((await database.db().rateLimit.findUniqueOrThrow({ where: { key: counter.key } })).count).toBe(1);
  });

  it("starts over once an account has been quiet long enough", async () => {
    const student = await makeUser("STUDENT");
    for (let i = 0; i < PAIR_FREE; i++) await trySignIn(student.username, `guess ${i}`, "10.7.7.7");
    expect(await trySignIn(student.username, FACTORY_PASSWORD, "10.7.7.7")).toBe("limited");
    expect(await trySignIn(student.username, FACTORY_PASSWORD, "10.7.7.7", later(POLICIES.signInPair.quietMs + 1000))).toBe("signed-in");
  });
});
