/**
 * Issue 8, items 1-5 and 15 on a real database: opaque option ids, time limits
 * the server enforces, settings an attempt keeps, the article closed during a
 * timed attempt, enrolment checked on every answer, and empty typed answers.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findAttemptKeepingArticleClosed } from "@/lib/article/data";
import { updateAssignmentForTeacher } from "@/lib/assignments/mutations";
import { findAttemptForStudent, listAssignmentsForStudent } from "@/lib/attempt/data";
import { recordResponse, startOrResumeAttempt, submitAttempt } from "@/lib/attempt/mutations";
import { removeStudentFromClass } from "@/lib/classroom/mutations";
import { choiceKeyOf, gradeAnswer, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { hasOpaqueOptionIds } from "@/lib/quiz/opaque-option-ids";
import { parseAssignmentSettings } from "@/lib/quiz/settings";
import { LATE_GRACE_MS } from "@/lib/quiz/timing";
import { upgradeLeakyOptionIds } from "@/lib/quizzes/upgrade-option-ids";
import { makeAssignedQuiz } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("attempt-integrity");

const t0 = new Date("2026-05-04T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const key = (q: { answerKey: unknown }) => choiceKeyOf(parseAnswerKey(q.answerKey));
const right = (q: { id: string; answerKey: unknown }) => ({ questionId: q.id, answer: { kind: "choice" as const, optionId: key(q) } });

async function start(assignmentId: string, studentId: string, now = t0) {
  const r = await startOrResumeAttempt(assignmentId, studentId, now);
  if (r.status !== "started") throw new Error(`expected a new attempt, got ${r.status}`);
  return r.attemptId;
}

describe("option ids (item 1)", () => {
  it("are stored opaque for every question type, with keys that still point at the right options", async () => {
    const article = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/berlin-wall.txt"), "utf8");
    const { questions } = await makeAssignedQuiz({ article, eachTypeOnce: true, types: ["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"] });
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"]));
    for (const q of questions) {
      const options = q.options as { id: string }[];
      expect(hasOpaqueOptionIds(options as never), `${q.type}: ${JSON.stringify(options)}`).toBe(true);
      const ids = new Set(options.map((o) => o.id));
      const k = parseAnswerKey(q.answerKey);
      const named = k.kind === "choice" ? [k.optionId] : k.kind === "order" ? k.itemIds : k.kind === "match" ? Object.entries(k.pairs).flat() : [];
      for (const id of named) expect(ids.has(id)).toBe(true);
    }
  });
});

describe("the data step for databases with leaky ids", () => {
  it("gives stored questions opaque ids, rewrites the answers given to them, and changes nothing the second time", async () => {
    const article = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/berlin-wall.txt"), "utf8");
    const { assignment, students, questions, generated } = await makeAssignedQuiz({ article, eachTypeOnce: true, types: ["MULTIPLE_CHOICE", "ORDERING", "MATCHING"] });
    const db = database.db();
    // Put the generator's own ids (e1…, l1/r1, a…) back, as rows stored before the fix hold them.
    for (const [i, q] of questions.entries()) {
      const old = generated.questions[i]!;
      await db.question.update({ where: { id: q.id }, data: { options: old.options as never, answerKey: old.answerKey as never } });
    }
    const attemptId = await start(assignment.id, students[0]!.id, new Date());
    for (const [i, q] of questions.entries()) {
      const k = generated.questions[i]!.answerKey;
      expect((await recordResponse({ attemptId, questionId: q.id, answer: k as never }, students[0]!.id)).status).toBe("recorded");
    }
    expect(await upgradeLeakyOptionIds()).toBe(questions.length);
    for (const q of questions) {
      const row = await db.question.findUniqueOrThrow({ where: { id: q.id }, include: { responses: true } });
      const options = row.options as { id: string; text: string }[];
      expect(hasOpaqueOptionIds(options as never)).toBe(true);
      const gradable = { id: row.id, type: row.type, points: 1, options: options as never, answerKey: parseAnswerKey(row.answerKey) };
      // The stored answer (the key, in the old ids) still reads as right in the new ids.
      expect(gradeAnswer(gradable, row.responses[0]!.answer as never).correct).toBe(true);
    }
    const snapshot = JSON.stringify(await db.question.findMany({ where: { quizId: questions[0]!.quizId }, orderBy: { id: "asc" } }));
    expect(await upgradeLeakyOptionIds()).toBe(0);
    expect(JSON.stringify(await db.question.findMany({ where: { quizId: questions[0]!.quizId }, orderBy: { id: "asc" } }))).toBe(snapshot);
  });
});

describe("time limits (item 2)", () => {
  it("refuse an answer after the time is up by default, hand the attempt in, and do not resume it", async () => {
    const { assignment, students, questions } = await makeAssignedQuiz({ timeLimitSeconds: 60 });
    const student = students[0]!;
    const attemptId = await start(assignment.id, student.id);
    expect(await recordResponse({ attemptId, ...right(questions[0]!) }, student.id, at(59_000))).toMatchObject({ status: "recorded", late: false });
    const late = await recordResponse({ attemptId, ...right(questions[1]!) }, student.id, at(60_000 + LATE_GRACE_MS + 1));
    expect(late).toEqual({ status: "time-up" });
    const row = await database.db().attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } });
    expect(row.submittedAt).toEqual(at(60_000 + LATE_GRACE_MS));
    expect(row.score).toBe(1);
    expect(row.responses).toHaveLength(1);
    expect(await startOrResumeAttempt(assignment.id, student.id, at(120_000))).toEqual({ status: "finished", attemptId });
  });

  it("are enforced by the sweep on the next read, and an expired attempt is handed in rather than resumed", async () => {
    const { assignment, students } = await makeAssignedQuiz({ timeLimitSeconds: 60 });
    const [a, b] = students;
    const first = await start(assignment.id, a!.id);
    const second = await start(assignment.id, b!.id);
    // Nobody answers; a's list is read after the deadline: only a's attempt is swept by that read.
    const list = await listAssignmentsForStudent(a!.id, at(61_000 + LATE_GRACE_MS));
    expect(list[0]!.attempts[0]!.submittedAt).not.toBeNull();
    expect((await database.db().attempt.findUniqueOrThrow({ where: { id: second } })).submittedAt).toBeNull();
    // Opening the player (or the result) after the deadline hands the attempt in too.
    const opened = await findAttemptForStudent(second, b!.id, at(61_000 + LATE_GRACE_MS));
    expect(opened!.submittedAt).toEqual(at(60_000 + LATE_GRACE_MS));
    expect(await startOrResumeAttempt(assignment.id, b!.id, at(61_000 + LATE_GRACE_MS))).toEqual({ status: "finished", attemptId: second });
    expect((await database.db().attempt.findUniqueOrThrow({ where: { id: first } })).score).toBe(0);
  });

  it("count late answers only when the teacher chose so, and give none under 'no points'", async () => {
    for (const [rule, points] of [["count", 1], ["no-points", 0]] as const) {
      const { assignment, students, questions } = await makeAssignedQuiz({ timeLimitSeconds: 30, lateAnswers: rule });
      const attemptId = await start(assignment.id, students[0]!.id);
      const r = await recordResponse({ attemptId, ...right(questions[0]!) }, students[0]!.id, at(600_000));
      expect(r).toMatchObject({ status: "recorded", late: true, correct: true });
      expect((await database.db().response.findFirstOrThrow({ where: { attemptId } })).points).toBe(points);
    }
  });

  it("end an untimed attempt at the assignment's due date, and a closed assignment cannot be started", async () => {
    const dueAt = at(3_600_000);
    const { assignment, students, questions } = await makeAssignedQuiz({ dueAt });
    const attemptId = await start(assignment.id, students[0]!.id);
    expect((await database.db().attempt.findUniqueOrThrow({ where: { id: attemptId } })).dueBy).toEqual(dueAt);
    expect(await recordResponse({ attemptId, ...right(questions[0]!) }, students[0]!.id, at(3_700_000))).toEqual({ status: "time-up" });
    expect(await startOrResumeAttempt(assignment.id, students[1]!.id, at(3_700_000))).toEqual({ status: "closed" });
  });
});

describe("settings (items 3 and 4)", () => {
  it("are the ones the attempt started with: an edit mid-test reveals nothing to attempts in progress", async () => {
    const { assignment, students, questions, teacher } = await makeAssignedQuiz({ feedback: false });
    const [early, later] = students;
    const attemptId = await start(assignment.id, early!.id);
    const edited = await updateAssignmentForTeacher(teacher.id, assignment.id, {
      opensAt: null,
      dueAt: null,
      attemptsAllowed: 1,
      countedAttempt: "BEST",
      feedback: "after-each",
      timeLimitMinutes: 5,
      lateAnswers: "refuse",
      articleDuringAttempt: "allowed",
      shuffleQuestions: false,
    });
    expect(edited).toBe(true);
    const r = await recordResponse({ attemptId, ...right(questions[0]!) }, early!.id);
    expect(r).toMatchObject({ status: "recorded", feedbackAfterEach: false });
    const row = await database.db().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.dueBy).toBeNull();
    expect(parseAssignmentSettings(row.settings).feedback).toBe("after-submit");

    const laterId = await start(assignment.id, later!.id);
    const laterRow = await database.db().attempt.findUniqueOrThrow({ where: { id: laterId } });
    expect(laterRow.dueBy).toEqual(at(300_000));
    expect(await recordResponse({ attemptId: laterId, ...right(questions[0]!) }, later!.id, at(1000))).toMatchObject({ feedbackAfterEach: true });
  });

  it("keep the article closed while a timed attempt runs by default, and open it as the teacher allows", async () => {
    const timed = await makeAssignedQuiz({ timeLimitSeconds: 600 });
    const student = timed.students[0]!;
    const now = new Date();
    const attemptId = await start(timed.assignment.id, student.id, now);
    expect(await findAttemptKeepingArticleClosed(timed.quiz.articleId, student.id, now)).toMatchObject({ attemptId });
    // A classmate who has not started may read it; after handing in, so may the student.
    expect(await findAttemptKeepingArticleClosed(timed.quiz.articleId, timed.students[1]!.id, now)).toBeNull();
    await submitAttempt(attemptId, student.id);
    expect(await findAttemptKeepingArticleClosed(timed.quiz.articleId, student.id)).toBeNull();

    const open = await makeAssignedQuiz({ timeLimitSeconds: 600, articleDuringAttempt: "allowed" });
    await start(open.assignment.id, open.students[0]!.id, new Date());
    expect(await findAttemptKeepingArticleClosed(open.quiz.articleId, open.students[0]!.id)).toBeNull();

    const closed = await makeAssignedQuiz({ articleDuringAttempt: "not-allowed" });
    await start(closed.assignment.id, closed.students[0]!.id, new Date());
    expect(await findAttemptKeepingArticleClosed(closed.quiz.articleId, closed.students[0]!.id)).not.toBeNull();
  });
});

describe("enrolment (item 5)", () => {
  it("is checked on every answer, on resume and on submit: a removed student's open attempt is closed to them", async () => {
    const { assignment, students, questions, teacher, classroom } = await makeAssignedQuiz();
    const student = students[0]!;
    const attemptId = await start(assignment.id, student.id);
    expect((await recordResponse({ attemptId, ...right(questions[0]!) }, student.id)).status).toBe("recorded");
    expect(await removeStudentFromClass(teacher.id, classroom.id, student.id)).toBe(true);

    expect(await recordResponse({ attemptId, ...right(questions[1]!) }, student.id)).toEqual({ status: "not-found" });
    expect(await startOrResumeAttempt(assignment.id, student.id)).toEqual({ status: "not-found" });
    expect(await submitAttempt(attemptId, student.id)).toEqual({ status: "not-found" });
    expect(await database.db().response.count({ where: { attemptId } })).toBe(1);
    expect(await listAssignmentsForStudent(student.id)).toEqual([]);
  });
});

describe("typed answers (item 15)", () => {
  it("of only spaces and invisible characters are not counted as answered", async () => {
    const article = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/berlin-wall.txt"), "utf8");
    const { assignment, students, questions } = await makeAssignedQuiz({ article, questions: 4, types: ["FILL_BLANK"] });
    const attemptId = await start(assignment.id, students[0]!.id);
    const q = questions.find((x) => x.type === "FILL_BLANK")!;
    const r = await recordResponse({ attemptId, questionId: q.id, answer: { kind: "text", value: " \u200B\u00AD\uFEFF\u2060 " } }, students[0]!.id);
    expect(r).toEqual({ status: "invalid-answer" });
    expect(await database.db().response.count({ where: { attemptId } })).toBe(0);
  });
});
