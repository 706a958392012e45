/**
 * The results benchmark's data set, written in bulk: 1 teacher, 8 classes of
 * 25 students, 20 quizzes of 15 questions (one article each), every quiz
 * assigned to every class, one submitted attempt per student and quiz
 * (4,000 attempts, 60,000 responses) and the mastery rows those imply.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";
import { createRandom } from "../../lib/generation/random";

export const BENCH = { classes: 8, studentsPerClass: 25, quizzes: 20, questionsPerQuiz: 15 };

export interface BenchWorld {
  teacher: { id: string; username: string; displayName: string };
  classIds: string[];
  quizIds: string[];
  studentIds: string[];
}

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

export async function seedResultsBench(db: Db): Promise<BenchWorld> {
  const random = createRandom(2026);
  const id = () => randomUUID();
  const teacher = { id: id(), username: `bench-teacher-${Date.now().toString(36)}`, displayName: "Bench Teacher" };
  await db.user.create({ data: { ...teacher, role: "TEACHER", passwordHash: "not-used-by-the-bench" } });

  const classIds = Array.from({ length: BENCH.classes }, id);
  await db.classroom.createMany({ data: classIds.map((cid, i) => ({ id: cid, teacherId: teacher.id, name: `Bench class ${i + 1}`, joinCode: `B${Date.now().toString(36).slice(-4).toUpperCase()}${i}` })) });
  const students = Array.from({ length: BENCH.classes * BENCH.studentsPerClass }, (_, i) => ({ id: id(), classId: classIds[Math.floor(i / BENCH.studentsPerClass)]!, ability: random() }));
  await db.user.createMany({ data: students.map((s, i) => ({ id: s.id, role: "STUDENT" as const, username: `bench-${teacher.id.slice(0, 6)}-${i}`, displayName: `Student ${String(i).padStart(3, "0")}`, passwordHash: "x" })) });
  await db.enrollment.createMany({ data: students.map((s) => ({ classroomId: s.classId, studentId: s.id })) });

  const quizzes = Array.from({ length: BENCH.quizzes }, (_, q) => {
    const articleId = id();
    const facts = Array.from({ length: BENCH.questionsPerQuiz }, (_, f) => ({ id: id(), articleId, sentence: `In year ${1900 + f}, event ${f + 1} of topic ${q + 1} took place in city ${f}.`, start: f * 80, end: f * 80 + 60, kind: "DATE", position: f }));
    const quizId = id();
    const questions = facts.map((f, position) => ({ id: id(), quizId, factId: f.id, difficulty: random(), position }));
    return { articleId, quizId, facts, questions };
  });
  await db.article.createMany({ data: quizzes.map((q, i) => ({ id: q.articleId, ownerId: teacher.id, title: `Bench article ${i + 1}`, body: q.facts.map((f) => f.sentence).join(" "), parsed: {} })) });
  await db.fact.createMany({ data: quizzes.flatMap((q) => q.facts) });
  await db.quiz.createMany({ data: quizzes.map((q, i) => ({ id: q.quizId, articleId: q.articleId, ownerId: teacher.id, title: `Bench quiz ${i + 1}`, settings: {}, status: "PUBLISHED" as const, publishedAt: new Date() })) });
  const options = ["a", "b", "c", "d"].map((o) => ({ id: o, text: `Option ${o}` }));
  await db.question.createMany({
    data: quizzes.flatMap((q) => q.questions.map((x) => ({ id: x.id, quizId: q.quizId, factId: x.factId, type: "MULTIPLE_CHOICE" as const, prompt: `Question ${x.position + 1}?`, options, answerKey: { kind: "choice", optionId: "a" }, explanation: q.facts[x.position]!.sentence, position: x.position }))),
  });
  const assignments = quizzes.flatMap((q) => classIds.map((classroomId) => ({ id: id(), quizId: q.quizId, classroomId })));
  await db.assignment.createMany({ data: assignments });
  const assignmentOf = new Map(assignments.map((a) => [`${a.quizId}:${a.classroomId}`, a.id]));

  const base = Date.UTC(2026, 8, 1);
  const attempts = [];
  const responses = [];
  const mastery = [];
  for (const s of students) {
    for (const [qi, q] of quizzes.entries()) {
      const attemptId = id();
      const startedAt = new Date(base + qi * 86_400_000 + random() * 3_600_000);
      let score = 0;
      for (const x of q.questions) {
        const correct = random() < 0.25 + 0.7 * s.ability * (1 - 0.5 * x.difficulty);
        score += correct ? 1 : 0;
        const optionId = correct ? "a" : ["b", "c", "d"][Math.floor(random() * 3)]!;
        responses.push({ id: id(), attemptId, questionId: x.id, answer: { kind: "choice", optionId }, correct, points: correct ? 1 : 0, timeMs: 2000 + Math.floor(random() * 20_000), createdAt: startedAt });
        mastery.push({ id: id(), studentId: s.id, factId: x.factId, seen: 1, correct: correct ? 1 : 0, lastSeen: startedAt });
      }
      attempts.push({ id: attemptId, studentId: s.id, kind: "ASSIGNMENT" as const, quizId: q.quizId, assignmentId: assignmentOf.get(`${q.quizId}:${s.classId}`)!, number: 1, questionOrder: q.questions.map((x) => x.id), startedAt, submittedAt: new Date(startedAt.getTime() + 600_000), score, maxScore: BENCH.questionsPerQuiz });
    }
  }
  await inChunks(attempts, 1000, (chunk) => db.attempt.createMany({ data: chunk }));
  await inChunks(responses, 2000, (chunk) => db.response.createMany({ data: chunk }));
  await inChunks(mastery, 2000, (chunk) => db.mastery.createMany({ data: chunk }));
  return { teacher, classIds, quizIds: quizzes.map((q) => q.quizId), studentIds: students.map((s) => s.id) };
}
