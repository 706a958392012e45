import { describe, expect, it } from "vitest";
import { authorizeCredentials, SIGN_IN_ERRORS } from "@/lib/auth/options";
import { MAX_FAILURES } from "@/lib/auth/rate-limit";
import { FACTORY_PASSWORD, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("auth");

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

  it("stores only an Argon2id hash of the password", async () => {
    const user = await makeUser("STUDENT");
    const stored = await database.db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(FACTORY_PASSWORD);
  });

  it(`blocks an account after ${MAX_FAILURES} failures, even with the right password, and not its neighbours`, async () => {
    const student = await makeUser("STUDENT");
    const neighbour = await makeUser("STUDENT");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authorizeCredentials({ identifier: student.username, password: `guess ${i}` }, `10.1.0.${i}`)).toBeNull();
    }
    await expect(authorizeCredentials({ identifier: student.username, password: FACTORY_PASSWORD }, "10.2.0.1")).rejects.toThrow(
      SIGN_IN_ERRORS.rateLimited,
    );
    expect(await authorizeCredentials({ identifier: neighbour.username, password: FACTORY_PASSWORD }, "10.2.0.1")).toMatchObject({
      id: neighbour.id,
    });
  });

  it(`blocks an address after ${MAX_FAILURES} failures across accounts`, async () => {
    const student = await makeUser("STUDENT");
    for (let i = 0; i < MAX_FAILURES; i++) {
      await authorizeCredentials({ identifier: `someone-${i}`, password: "guess" }, "10.9.9.9");
    }
    await expect(authorizeCredentials({ identifier: student.username, password: FACTORY_PASSWORD }, "10.9.9.9")).rejects.toThrow(
      SIGN_IN_ERRORS.rateLimited,
    );
    expect(await authorizeCredentials({ identifier: student.username, password: FACTORY_PASSWORD }, "10.9.9.10")).not.toBeNull();
  });
});

describe("the sign-in block", () => {
  it("lifts once the 15-minute window has passed", async () => {
    const { isSignInBlocked, noteFailedSignIn, WINDOW_MS } = await import("@/lib/auth/rate-limit");
    const student = await makeUser("STUDENT");
    for (let i = 0; i < MAX_FAILURES; i++) await noteFailedSignIn(student.username, "10.7.7.7");
    expect(await isSignInBlocked(student.username, "10.7.7.8")).toBe(true);
    expect(await isSignInBlocked(student.username, "10.7.7.8", new Date(Date.now() + WINDOW_MS + 1000))).toBe(false);
  });
});
