import { describe, expect, it } from "vitest";
import { findArticleForStudent } from "@/lib/article/data";
import { recordResponse, startOrResumeAttempt, startPracticeFromAttempt, submitAttempt } from "@/lib/attempt/mutations";
import { setExtraTime } from "@/lib/classroom/mutations";
import { getStudentProgress } from "@/lib/progress/data";
import { choiceKeyOf, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { LATE_GRACE_MS } from "@/lib/quiz/timing";
import { makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("player");

const key = (q: { answerKey: unknown }) => choiceKeyOf(parseAnswerKey(q.answerKey));
const wrong = (q: { answerKey: unknown; options: unknown }) => (q.options as { id: string }[]).find((o) => o.id !== key(q))!.id;
async function start(assignmentId: string, studentId: string, now?: Date) {
  const r = await startOrResumeAttempt(assignmentId, studentId, now);
  if (!("attemptId" in r)) throw new Error(r.status);
  return r.attemptId;
}

describe("timed attempts", () => {
  it("get the student's extra time, and late answers are marked late and scored by the rule", async () => {
    const { assignment, students, questions, teacher, classroom } = await makeAssignedQuiz({ timeLimitSeconds: 60, lateAnswers: "no-points" });
    const student = students[0]!;
    expect(await setExtraTime(teacher.id, classroom.id, student.id, 50)).toEqual({ percent: 50, untimed: false });
    const t0 = new Date("2026-05-01T10:00:00Z");
    const attemptId = await start(assignment.id, student.id, t0);
    const attempt = await database.db().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.dueBy).toEqual(new Date(t0.getTime() + 90_000));

    const inTime = await recordResponse({ attemptId, questionId: questions[0]!.id, answer: { kind: "choice", optionId: key(questions[0]!) } }, student.id, new Date(t0.getTime() + 89_000));
    const late = await recordResponse(
      { attemptId, questionId: questions[1]!.id, answer: { kind: "choice", optionId: key(questions[1]!) } },
      student.id,
      new Date(t0.getTime() + 90_000 + LATE_GRACE_MS + 1),
    );
    expect(inTime).toMatchObject({ status: "recorded", late: false, correct: true });
    expect(late).toMatchObject({ status: "recorded", late: true, correct: true });
    // By question, not by time stored: two answers stored within one millisecond tie on SQLite's clock.
    const stored = await database.db().response.findMany({ where: { attemptId } });
    const byQuestion = [questions[0]!.id, questions[1]!.id].map((id) => stored.find((r) => r.questionId === id)!);
    expect(byQuestion.map((r) => [r.late, r.points])).toEqual([
      [false, 1],
      [true, 0],
    ]);
    expect(await submitAttempt(attemptId, student.id)).toMatchObject({ score: 1 });
  });

  it("have no clock for an untimed student, whose answers an hour later still count", async () => {
    const { assignment, students, questions, teacher, classroom } = await makeAssignedQuiz({ timeLimitSeconds: 60, students: 2 });
    const [untimed, classmate] = students as [(typeof students)[0], (typeof students)[0]];
    expect(await setExtraTime(teacher.id, classroom.id, untimed.id, 50, true)).toEqual({ percent: 0, untimed: true });
    expect(await database.db().enrollment.findFirstOrThrow({ where: { studentId: untimed.id } })).toMatchObject({ untimed: true, extraTimePercent: 0 });
    const t0 = new Date("2026-05-01T10:00:00Z");
    const attemptId = await start(assignment.id, untimed.id, t0);
    expect(await database.db().attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ dueBy: null, closesAt: null });
    const q = questions[0]!;
    const hourLater = new Date(t0.getTime() + 3_600_000);
    expect(await recordResponse({ attemptId, questionId: q.id, answer: { kind: "choice", optionId: key(q) } }, untimed.id, hourLater)).toMatchObject({ status: "recorded", late: false });
    // The classmate keeps the quiz's clock.
    const other = await database.db().attempt.findUniqueOrThrow({ where: { id: await start(assignment.id, classmate.id, t0) } });
    expect(other.dueBy).toEqual(new Date(t0.getTime() + 60_000));
  });

  it("refuse late answers under the default rule, and count them only when the teacher chose so", async () => {
    const t0 = new Date("2026-05-01T10:00:00Z");
    const refused = await makeAssignedQuiz({ timeLimitSeconds: 30 });
    const refusedId = await start(refused.assignment.id, refused.students[0]!.id, t0);
    const q = refused.questions[0]!;
    expect(await recordResponse({ attemptId: refusedId, questionId: q.id, answer: { kind: "choice", optionId: key(q) } }, refused.students[0]!.id, new Date(t0.getTime() + 600_000))).toEqual({
      status: "time-up",
    });
    expect(await database.db().response.count({ where: { attemptId: refusedId } })).toBe(0);

    const { assignment, students, questions } = await makeAssignedQuiz({ timeLimitSeconds: 30, lateAnswers: "count" });
    const attemptId = await start(assignment.id, students[0]!.id, t0);
    const r = await recordResponse({ attemptId, questionId: questions[0]!.id, answer: { kind: "choice", optionId: key(questions[0]!) } }, students[0]!.id, new Date(t0.getTime() + 600_000));
    expect(r).toMatchObject({ late: true });
    expect((await database.db().response.findFirstOrThrow({ where: { attemptId } })).points).toBe(1);
  });
});

describe("locked answers", () => {
  it("refuse a different answer and keep the first", async () => {
    const { assignment, students, questions } = await makeAssignedQuiz();
    const attemptId = await start(assignment.id, students[0]!.id);
    const q = questions[0]!;
    await recordResponse({ attemptId, questionId: q.id, answer: { kind: "choice", optionId: wrong(q) } }, students[0]!.id);
    expect(await recordResponse({ attemptId, questionId: q.id, answer: { kind: "choice", optionId: key(q) } }, students[0]!.id)).toEqual({ status: "locked" });
    expect(await recordResponse({ attemptId, questionId: q.id, answer: { kind: "choice", optionId: wrong(q) } }, students[0]!.id)).toMatchObject({
      status: "already-recorded",
      correct: false,
    });
    const stored = await database.db().response.findMany({ where: { attemptId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.correct).toBe(false);
  });
});

describe("practising what was missed", () => {
  it("builds a practice of the wrong and unanswered questions that feeds mastery, not the assignment", async () => {
    const { assignment, students, questions } = await makeAssignedQuiz();
    const student = students[0]!;
    const attemptId = await start(assignment.id, student.id);
    expect(await startPracticeFromAttempt(attemptId, student.id)).toEqual({ status: "not-submitted" });
    await recordResponse({ attemptId, questionId: questions[0]!.id, answer: { kind: "choice", optionId: key(questions[0]!) } }, student.id);
    await recordResponse({ attemptId, questionId: questions[1]!.id, answer: { kind: "choice", optionId: wrong(questions[1]!) } }, student.id);
    await submitAttempt(attemptId, student.id);

    expect(await startPracticeFromAttempt(attemptId, students[1]!.id)).toEqual({ status: "not-found" });
    const practice = await startPracticeFromAttempt(attemptId, student.id);
    if (practice.status !== "started") throw new Error(practice.status);
    const row = await database.db().attempt.findUniqueOrThrow({ where: { id: practice.attemptId } });
    expect(row.kind).toBe("PRACTICE");
    expect(row.assignmentId).toBeNull();
    expect([...(row.questionOrder as string[])].sort()).toEqual(questions.slice(1).map((q) => q.id).sort());

    const q1 = questions[1]!;
    await recordResponse({ attemptId: practice.attemptId, questionId: q1.id, answer: { kind: "choice", optionId: key(q1) } }, student.id);
    await submitAttempt(practice.attemptId, student.id);
    const m = await database.db().mastery.findUniqueOrThrow({ where: { studentId_factId: { studentId: student.id, factId: q1.factId! } } });
    expect(m).toMatchObject({ seen: 2, correct: 1 });
    // The assignment still shows only the real attempt.
    const attempts = await database.db().attempt.findMany({ where: { assignmentId: assignment.id, studentId: student.id } });
    expect(attempts).toHaveLength(1);

    // A perfect attempt has nothing to practise.
    const perfect = await makeAssignedQuiz({ questions: 8 });
    const pid = await start(perfect.assignment.id, perfect.students[0]!.id);
    for (const q of perfect.questions) await recordResponse({ attemptId: pid, questionId: q.id, answer: { kind: "choice", optionId: key(q) } }, perfect.students[0]!.id);
    await submitAttempt(pid, perfect.students[0]!.id);
    expect(await startPracticeFromAttempt(pid, perfect.students[0]!.id)).toEqual({ status: "nothing-missed" });
  });
});

describe("progress and reading", () => {
  it("shows a student only their own history, and the article only to students who have it", async () => {
    const { assignment, students, questions, quiz } = await makeAssignedQuiz();
    const [me, classmate] = students;
    const attemptId = await start(assignment.id, me!.id);
    await recordResponse({ attemptId, questionId: questions[0]!.id, answer: { kind: "choice", optionId: key(questions[0]!) } }, me!.id);
    await submitAttempt(attemptId, me!.id);
    const mine = await getStudentProgress(me!.id);
    expect(mine.attempts).toHaveLength(1);
    expect(mine).toMatchObject({ answered: 1, right: 1, gamePoints: 0 });
    expect(mine.mastery).toHaveLength(1);
    const theirs = await getStudentProgress(classmate!.id);
    expect(theirs).toMatchObject({ attempts: [], mastery: [], answered: 0 });

    expect(await findArticleForStudent(quiz.articleId, classmate!.id)).not.toBeNull();
    const outsider = await makeUser("STUDENT");
    expect(await findArticleForStudent(quiz.articleId, outsider.id)).toBeNull();
  });
});

describe("every question type the generator makes", () => {
  it("is stored, graded on the server and replayed once", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const article = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/berlin-wall.txt"), "utf8");
    const { assignment, students, questions } = await makeAssignedQuiz({ article, questions: 10, types: ["FILL_BLANK", "ORDERING", "MATCHING"] });
    const types = new Set(questions.map((q) => q.type));
    expect(types).toContain("FILL_BLANK");
    expect(types.has("ORDERING") || types.has("MATCHING")).toBe(true);
    const student = students[0]!;
    const attemptId = await start(assignment.id, student.id);
    let right = 0;
    for (const q of questions) {
      const k = parseAnswerKey(q.answerKey);
      const answer =
        k.kind === "text" ? { kind: "text" as const, value: k.accepted[0]!.toUpperCase() } : k.kind === "order" ? { kind: "order" as const, itemIds: k.itemIds } : k.kind === "match" ? { kind: "match" as const, pairs: k.pairs } : null;
      if (!answer) continue;
      const first = await recordResponse({ attemptId, questionId: q.id, answer }, student.id);
      expect(first).toMatchObject({ status: "recorded", correct: true });
      expect(await recordResponse({ attemptId, questionId: q.id, answer }, student.id)).toMatchObject({ status: "already-recorded" });
      right++;
    }
    expect(await submitAttempt(attemptId, student.id)).toMatchObject({ score: right });
    expect(await database.db().response.count({ where: { attemptId } })).toBe(right);
  });
});
