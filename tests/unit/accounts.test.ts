import { describe, expect, it } from "vitest";
import { AddStudentsSchema } from "@/lib/classroom/schema";
import { FIRST_PASSWORD_WORD_COUNT, newFirstPassword } from "@/lib/users/first-password";
import { ChangePasswordSchema, JoinAsNewStudentSchema, TeacherSignUpSchema } from "@/lib/users/schema";
import { cleanDisplayName, usernameBase, usernameCandidates } from "@/lib/users/usernames";

describe("usernames", () => {
  it("fold accents and punctuation into readable names", () => {
    expect(usernameBase("Zoë Ng-Adams")).toBe("zoe.ng.adams");
    expect(usernameBase("  José   María ")).toBe("jose.maria");
    expect(usernameBase("O'Brien")).toBe("o.brien");
  });

  it("fall back for names with no Latin letters", () => {
    expect(usernameBase("🦊🦊")).toBe("student");
    expect(usernameBase("李雷")).toBe("student");
    expect(usernameBase("x")).toBe("student");
  });

  it("stay short and unique", () => {
    expect(usernameBase("A".repeat(80)).length).toBeLessThanOrEqual(28);
    expect(usernameCandidates("ana", 1, 3)).toEqual(["ana", "ana2", "ana3"]);
    expect(usernameCandidates("ben", 4, 2)).toEqual(["ben4", "ben5"]);
  });

  it("strip control and direction characters from display names", () => {
    expect(cleanDisplayName("  Ana\u202e \u0007Lopez\n ")).toBe("Ana Lopez");
  });
});

describe("first passwords", () => {
  it("are two words and two digits, varied", () => {
    const seen = new Set(Array.from({ length: 200 }, () => newFirstPassword()));
    for (const p of seen) expect(p).toMatch(/^[a-z]+-[a-z]+-\d{2}$/);
    expect(seen.size).toBeGreaterThan(190);
    expect(FIRST_PASSWORD_WORD_COUNT).toBeGreaterThanOrEqual(256);
  });
});

describe("account and class input", () => {
  it("rejects overlong, empty and malformed input with a message", () => {
    const long = TeacherSignUpSchema.safeParse({ name: "x".repeat(61), email: "a@b.org", password: "longenough" });
    expect(long.success).toBe(false);
    expect(TeacherSignUpSchema.safeParse({ name: "Ms R", email: "not-an-email", password: "longenough" }).success).toBe(false);
    expect(TeacherSignUpSchema.safeParse({ name: "Ms R", email: "A@B.org ", password: "short" }).success).toBe(false);
    expect(TeacherSignUpSchema.parse({ name: " Ms  R ", email: " A@B.org ", password: "longenough" })).toEqual({
      name: "Ms R",
      email: "a@b.org",
      password: "longenough",
    });
    expect(ChangePasswordSchema.safeParse({ currentPassword: "x", newPassword: "longenough", confirmPassword: "different" }).success).toBe(false);
  });

  it("reads a join code however it was typed", () => {
    expect(JoinAsNewStudentSchema.parse({ code: " hx7-k4m ", name: "Ana", password: "longenough" }).code).toBe("HX7K4M");
    expect(JoinAsNewStudentSchema.safeParse({ code: "<script>", name: "Ana", password: "longenough" }).success).toBe(false);
  });

  it("reads a pasted roster one name per line, keeping unicode and emoji names", () => {
    const parsed = AddStudentsSchema.parse({ classId: "c1", names: "Ana Lopez\r\n\n  Zoë 🦊 \nBen\n" });
    expect(parsed.names).toEqual(["Ana Lopez", "Zoë 🦊", "Ben"]);
    expect(AddStudentsSchema.safeParse({ classId: "c1", names: "\n \n" }).success).toBe(false);
    expect(AddStudentsSchema.safeParse({ classId: "c1", names: Array.from({ length: 201 }, (_, i) => `S ${i}`).join("\n") }).success).toBe(false);
    expect(AddStudentsSchema.safeParse({ classId: "c1", names: "x".repeat(61) }).success).toBe(false);
  });
});
