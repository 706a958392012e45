/**
 * Results on a constructed class with known answers: item statistics, a key
 * fix and a drop applied as regrades, grading history, and mastery recomputed
 * from responses.
 */
import { describe, expect, it } from "vitest";
import { recordResponse, startOrResumeAttempt, submitAttempt } from "@/lib/attempt/mutations";
import { choiceKeyOf, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { getGradebook, getStudentReport } from "@/lib/results/class-data";
import { getQuizResultsForTeacher } from "@/lib/results/data";
import { exportGradebook, exportQuizResponses, exportQuizResults } from "@/lib/results/export-data";
import { getItemAnalysis } from "@/lib/results/item-data";
import { applyRegrade, planRegrade } from "@/lib/results/regrade-mutations";
import { makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("results");

const keyOf = (q: { answerKey: unknown }) => choiceKeyOf(parseAnswerKey(q.answerKey));
const wrongOf = (q: { answerKey: unknown; options: unknown }) => (q.options as { id: string }[]).find((o) => o.id !== keyOf(q))!.id;

// Right (R), wrong (W) or skipped (-) per student and question; the same class as the unit test.
const PATTERN = ["RRWR", "RRWR", "RWWW", "WWRW", "-WRW"];

async function constructedClass() {
  const world = await makeAssignedQuiz({ students: PATTERN.length, questions: 4 });
  const qs = world.questions;
  expect(qs).toHaveLength(4);
  for (const [s, row] of PATTERN.entries()) {
    const student = world.students[s]!;
    const started = await startOrResumeAttempt(world.assignment.id, student.id);
    if (!("attemptId" in started)) throw new Error("no attempt");
    for (const [i, mark] of [...row].entries()) {
      if (mark === "-") continue;
      const optionId = mark === "R" ? keyOf(qs[i]!) : wrongOf(qs[i]!);
      await recordResponse({ attemptId: started.attemptId, questionId: qs[i]!.id, answer: { kind: "choice", optionId }, timeMs: 1000 * (s + 1) }, student.id);
    }
    await submitAttempt(started.attemptId, student.id);
  }
  return world;
}

async function masteryOf(studentId: string, factId: string) {
  return database.db().mastery.findUnique({ where: { studentId_factId: { studentId, factId } }, select: { seen: true, correct: true } });
}

// Each test builds a class through the real attempt path (generation, five attempts): slow on a busy machine.
describe("results teachers act on", { timeout: 120_000 }, () => {
  it("computes facility, discrimination and flags on a constructed class", async () => {
    const { quiz, teacher, questions } = await constructedClass();
    const analysis = (await getItemAnalysis(quiz.id, teacher.id))!;
    expect(analysis.students).toBe(5);
    const [q1, q2, q3] = analysis.items.map((i) => i.stats);
    expect(q1).toMatchObject({ facility: 0.6, answered: 4, medianTimeMs: 2500 });
    expect(q1!.discrimination).toBeCloseTo(0.4 / Math.sqrt(1.2 * 2.8), 10);
    expect(q2!.facility).toBe(0.4);
    expect(q3!.discrimination).toBeCloseTo(-2.8 / Math.sqrt(1.2 * 9.2), 10);
    expect(q3!.flags.map((f) => f.kind).sort()).toEqual(["distractor-over-key", "negative-discrimination"]);
    expect(q3!.optionCounts.find((o) => o.optionId === wrongOf(questions[2]!))!.count).toBe(3);
    expect(analysis.distribution.find((b) => b.label === "70–79%")!.count).toBe(2);

    const other = await makeUser("TEACHER");
    expect(await getItemAnalysis(quiz.id, other.id)).toBeNull();
  });

  it("previews a key fix without saving, then applies it with grading history and recomputed mastery", async () => {
    const { quiz, teacher, students, questions } = await constructedClass();
    const q3 = questions[2]!;
    const newKey = wrongOf(q3);
    const [s1, , , s4] = students;
    expect(await masteryOf(s1!.id, q3.factId!)).toEqual({ seen: 1, correct: 0 });

    const preview = await planRegrade(teacher.id, quiz.id, q3.id, { kind: "FIX_KEY", optionId: newKey });
    if (preview.status !== "ok") throw new Error(preview.status);
    const deltas = Object.fromEntries(preview.rows.map((r) => [r.studentId, (r.newScore ?? 0) - (r.oldScore ?? 0)]));
    expect(students.map((s) => deltas[s.id])).toEqual([1, 1, 1, -1, -1]);
    // A dry run changes nothing.
    expect(await database.db().responseGrading.count()).toBe(0);
    expect(parseAnswerKey((await database.db().question.findUniqueOrThrow({ where: { id: q3.id } })).answerKey)).toEqual({ kind: "choice", optionId: keyOf(q3) });

    // Another teacher can neither preview nor apply it.
    const other = await makeUser("TEACHER");
    expect(await planRegrade(other.id, quiz.id, q3.id, { kind: "FIX_KEY", optionId: newKey })).toEqual({ status: "not-found" });
    expect(await applyRegrade(other.id, quiz.id, q3.id, { kind: "FIX_KEY", optionId: newKey }, "")).toEqual({ status: "not-found" });

    expect(await applyRegrade(teacher.id, quiz.id, q3.id, { kind: "FIX_KEY", optionId: newKey }, "the article says so")).toEqual({ status: "applied", responsesChanged: 5, attemptsChanged: 5 });
    const results = (await getQuizResultsForTeacher(quiz.id, teacher.id))!;
    expect(students.map((s) => results.assignments[0]!.rows.find((r) => r.studentId === s.id)!.counted!.score)).toEqual([4, 4, 2, 0, 0]);

    const history = await database.db().responseGrading.findMany({ where: { response: { questionId: q3.id, attempt: { studentId: s1!.id } } } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ oldPoints: 0, newPoints: 1, oldCorrect: false, newCorrect: true, gradedById: teacher.id });
    expect(history[0]!.reason).toContain("the article says so");
    const correction = await database.db().questionCorrection.findFirstOrThrow({ where: { questionId: q3.id } });
    expect(correction).toMatchObject({ kind: "FIX_KEY", teacherId: teacher.id, oldKey: { kind: "choice", optionId: keyOf(q3) }, newKey: { kind: "choice", optionId: newKey } });

    // Mastery follows the responses, not a counter: s1 is now right on that fact, s4 wrong.
    expect(await masteryOf(s1!.id, q3.factId!)).toEqual({ seen: 1, correct: 1 });
    expect(await masteryOf(s4!.id, q3.factId!)).toEqual({ seen: 1, correct: 0 });
    // The same fix twice is refused, and the analysis now sees the new key.
    expect((await applyRegrade(teacher.id, quiz.id, q3.id, { kind: "FIX_KEY", optionId: newKey }, "")).status).toBe("invalid");
    const after = (await getItemAnalysis(quiz.id, teacher.id))!;
    expect(after.items[2]!.stats.facility).toBe(0.6);
  });

  it("drops a question from every score and from mastery", async () => {
    const { quiz, teacher, students, questions, assignment } = await constructedClass();
    const q2 = questions[1]!;
    const outcome = await applyRegrade(teacher.id, quiz.id, q2.id, { kind: "DROP" }, "");
    expect(outcome).toEqual({ status: "applied", responsesChanged: 2, attemptsChanged: 5 });
    const attempts = await database.db().attempt.findMany({ where: { assignmentId: assignment.id }, select: { studentId: true, score: true, maxScore: true } });
    const s1 = attempts.find((a) => a.studentId === students[0]!.id)!;
    expect(s1).toMatchObject({ score: 2, maxScore: 3 });
    expect(await database.db().mastery.count({ where: { factId: q2.factId! } })).toBe(0);
    expect(await masteryOf(students[0]!.id, questions[0]!.factId!)).toEqual({ seen: 1, correct: 1 });
    // A new student's attempt neither scores nor counts the dropped question.
    const late = await makeUser("STUDENT");
    await database.db().enrollment.create({ data: { classroomId: assignment.classroomId, studentId: late.id } });
    const started = await startOrResumeAttempt(assignment.id, late.id);
    if (!("attemptId" in started)) throw new Error("no attempt");
    await recordResponse({ attemptId: started.attemptId, questionId: q2.id, answer: { kind: "choice", optionId: keyOf(q2) } }, late.id);
    const submitted = await submitAttempt(started.attemptId, late.id);
    expect(submitted).toMatchObject({ score: 0, maxScore: 3 });
    expect(await masteryOf(late.id, q2.factId!)).toBeNull();
  });

  it("exports results, answers and the gradebook as CSV for the owner only, formulas neutralised", async () => {
    const { quiz, teacher, students, classroom } = await constructedClass();
    await database.db().user.update({ where: { id: students[0]!.id }, data: { displayName: "=SUM(A1)" } });
    await database.db().user.update({ where: { id: students[1]!.id }, data: { displayName: "Zoë Ångström" } });
    const results = (await exportQuizResults(quiz.id, teacher.id))!;
    expect(results.body.charCodeAt(0)).toBe(0xfeff);
    const lines = results.body.slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^class,student,username,status,score,max score/);
    expect(lines.find((l) => l.includes("SUM(A1)"))).toMatch(/,'=SUM\(A1\),.*,submitted,3,4,75,75,/);
    expect(results.body).toContain("Zoë Ångström");
    const answers = (await exportQuizResponses(quiz.id, teacher.id))!;
    expect(answers.body.slice(1).split("\r\n").filter((l) => l.includes("'=SUM(A1)"))).toHaveLength(4);
    const book = (await exportGradebook(classroom.id, teacher.id))!;
    expect(book.body).toMatch(/'=SUM\(A1\),[^,]+,75,75\r\n/);

    const other = await makeUser("TEACHER");
    expect(await exportQuizResults(quiz.id, other.id)).toBeNull();
    expect(await exportQuizResponses(quiz.id, other.id)).toBeNull();
    expect(await exportGradebook(classroom.id, other.id)).toBeNull();
    expect(await getGradebook(classroom.id, other.id)).toBeNull();
    expect(await getStudentReport(classroom.id, students[0]!.id, other.id)).toBeNull();
    const report = (await getStudentReport(classroom.id, students[0]!.id, teacher.id))!;
    expect(report.quizzes[0]!.counted?.score).toBe(3);
    expect(report.mastery).toHaveLength(4);
  });
});
