import { describe, expect, it } from "vitest";
import { parseAnswerKey } from "@/lib/quiz/grade-answer";
import { DEMO_CLASS, DEMO_STUDENTS, DEMO_TEACHER, readBuiltInArticle } from "@/lib/demo/demo-data";
import { verifyPassword } from "@/lib/auth/password";
import { seedDemoData } from "../../prisma/seed";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("seed");

describe("demo data", () => {
  it("creates the teacher, the class, three students and an assigned quiz of grounded questions", async () => {
    expect(await seedDemoData()).toEqual({ created: true });
    const db = database.db();
    const teacher = await db.user.findUniqueOrThrow({ where: { username: DEMO_TEACHER.username } });
    expect(teacher.role).toBe("TEACHER");
    expect(await verifyPassword(teacher.passwordHash, DEMO_TEACHER.password)).toBe(true);
    const classroom = await db.classroom.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode }, include: { enrollments: { include: { student: true } } } });
    expect(classroom.teacherId).toBe(teacher.id);
    expect(classroom.enrollments.map((e) => e.student.username).sort()).toEqual(DEMO_STUDENTS.map((s) => s.username).sort());

    const quiz = await db.quiz.findFirstOrThrow({ where: { ownerId: teacher.id }, include: { questions: { include: { fact: true } }, assignments: true, article: true } });
    expect(quiz.status).toBe("PUBLISHED");
    expect(quiz.assignments.map((a) => a.classroomId)).toEqual([classroom.id]);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
    const body = readBuiltInArticle();
    expect(quiz.article.body).toBe(body);
    for (const q of quiz.questions) {
      expect(body).toContain(q.explanation);
      expect(body.slice(q.fact!.start, q.fact!.end)).toBe(q.explanation.slice(0, q.fact!.end - q.fact!.start));
      const key = parseAnswerKey(q.answerKey);
      const options = q.options as { id: string }[];
      if (key.kind === "choice") expect(options.filter((o) => o.id === key.optionId)).toHaveLength(1);
      if (key.kind === "text") expect(key.accepted).toContain(body.slice(q.answerStart!, q.answerEnd!));
      if (q.answerStart !== null) expect(body.slice(q.answerStart, q.answerEnd!).length).toBeGreaterThan(0);
    }
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
  });

  it("changes nothing when run again", async () => {
    const db = database.db();
    const before = await Promise.all([db.user.count(), db.quiz.count(), db.question.count(), db.classroom.count()]);
    expect(await seedDemoData()).toEqual({ created: false });
    expect(await Promise.all([db.user.count(), db.quiz.count(), db.question.count(), db.classroom.count()])).toEqual(before);
  });
});
