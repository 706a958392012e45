import { describe, expect, it } from "vitest";
import { listAssignmentsForStudent } from "@/lib/attempt/data";
import { recordResponse, startOrResumeAttempt, submitAttempt } from "@/lib/attempt/mutations";
import { choiceKeyOf, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { getQuizResultsForTeacher } from "@/lib/results/data";
import { makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("attempts");

function keyOf(q: { answerKey: unknown }) {
  return choiceKeyOf(parseAnswerKey(q.answerKey));
}
function wrongOf(q: { answerKey: unknown; options: unknown }) {
  return (q.options as { id: string }[]).find((o) => o.id !== keyOf(q))!.id;
}

async function started(assignmentId: string, studentId: string) {
  const result = await startOrResumeAttempt(assignmentId, studentId);
  if (!("attemptId" in result)) throw new Error(`expected an attempt, got ${result.status}`);
  return result.attemptId;
}

describe("a student's attempt", () => {
  it("is started once, resumed after, and shows on the student's list", async () => {
    const { assignment, students } = await makeAssignedQuiz();
    const student = students[0]!;
    const first = await startOrResumeAttempt(assignment.id, student.id);
    expect(first.status).toBe("started");
    const again = await startOrResumeAttempt(assignment.id, student.id);
    expect(again).toEqual({ status: "resumed", attemptId: (first as { attemptId: string }).attemptId });
    const list = await listAssignmentsForStudent(student.id);
    expect(list.map((a) => a.id)).toEqual([assignment.id]);
    expect(list[0]!.attempts).toHaveLength(1);
  });

  it("is started only once when two starts race", async () => {
    const { assignment, students } = await makeAssignedQuiz();
    const results = await Promise.all(Array.from({ length: 5 }, () => startOrResumeAttempt(assignment.id, students[0]!.id)));
    const ids = new Set(results.map((r) => ("attemptId" in r ? r.attemptId : r.status)));
    expect(ids.size).toBe(1);
    expect(await database.db().attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });

  it("records a replayed or concurrent answer once, keeping the first", async () => {
    const { assignment, students, questions } = await makeAssignedQuiz();
    const attemptId = await started(assignment.id, students[0]!.id);
    const q = questions[0]!;
    const answer = { kind: "choice" as const, optionId: keyOf(q) };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => recordResponse({ attemptId, questionId: q.id, answer }, students[0]!.id)),
    );
    expect(results.filter((r) => r.status === "recorded")).toHaveLength(1);
    expect(results.filter((r) => r.status === "already-recorded")).toHaveLength(19);
    expect(await database.db().response.count({ where: { attemptId } })).toBe(1);

    // A later, different answer to the same question is refused and changes nothing.
    const late = await recordResponse({ attemptId, questionId: q.id, answer: { kind: "choice", optionId: wrongOf(q) } }, students[0]!.id);
    expect(late).toEqual({ status: "locked" });
    const stored = await database.db().response.findFirstOrThrow({ where: { attemptId } });
    expect(stored.answer).toEqual(answer);
    expect(stored.correct).toBe(true);
  });

  it("refuses answers to another student's attempt, to a question outside it, and options that do not exist", async () => {
    const { assignment, students, questions } = await makeAssignedQuiz();
    const other = await makeAssignedQuiz();
    const attemptId = await started(assignment.id, students[0]!.id);
    const q = questions[0]!;
    expect(await recordResponse({ attemptId, questionId: q.id, answer: { kind: "choice", optionId: keyOf(q) } }, students[1]!.id)).toEqual({
      status: "not-found",
    });
    const foreign = other.questions[0]!;
    expect(
      await recordResponse({ attemptId, questionId: foreign.id, answer: { kind: "choice", optionId: keyOf(foreign) } }, students[0]!.id),
    ).toEqual({ status: "not-found" });
    expect(await recordResponse({ attemptId, questionId: q.id, answer: { kind: "choice", optionId: "zz" } }, students[0]!.id)).toEqual({
      status: "invalid-answer",
    });
    expect(await database.db().response.count({ where: { attemptId } })).toBe(0);
  });

  it("is not visible to a student outside the class", async () => {
    const { assignment } = await makeAssignedQuiz();
    const outsider = await makeUser("STUDENT");
    expect(await startOrResumeAttempt(assignment.id, outsider.id)).toEqual({ status: "not-found" });
    expect(await listAssignmentsForStudent(outsider.id)).toEqual([]);
  });

  it("is scored on submit, locked after, updates mastery, and reaches only its teacher's results", async () => {
    const { assignment, students, questions, quiz, teacher } = await makeAssignedQuiz();
    const student = students[0]!;
    const attemptId = await started(assignment.id, student.id);
    // Right on the first three, wrong on the fourth, the rest unanswered.
    for (const [i, q] of questions.slice(0, 4).entries()) {
      const optionId = i < 3 ? keyOf(q) : wrongOf(q);
      expect((await recordResponse({ attemptId, questionId: q.id, answer: { kind: "choice", optionId } }, student.id)).status).toBe("recorded");
    }
    const submitted = await submitAttempt(attemptId, student.id);
    expect(submitted).toEqual({ status: "submitted", score: 3, maxScore: questions.length });
    expect(await submitAttempt(attemptId, student.id)).toEqual({ status: "already-submitted", score: 3, maxScore: questions.length });

    const q5 = questions[4]!;
    expect(await recordResponse({ attemptId, questionId: q5.id, answer: { kind: "choice", optionId: keyOf(q5) } }, student.id)).toEqual({
      status: "submitted",
    });
    const mastery = await database.db().mastery.findMany({ where: { studentId: student.id } });
    expect(mastery.reduce((n, m) => n + m.seen, 0)).toBe(4);
    expect(mastery.reduce((n, m) => n + m.correct, 0)).toBe(3);

    const results = await getQuizResultsForTeacher(quiz.id, teacher.id);
    const row = results!.assignments[0]!.rows.find((r) => r.studentId === student.id)!;
    expect(row.status).toBe("submitted");
    expect(row.counted?.score).toBe(3);
    expect(row.counted?.submittedAt).toBeInstanceOf(Date);
    const otherTeacher = await makeUser("TEACHER");
    expect(await getQuizResultsForTeacher(quiz.id, otherTeacher.id)).toBeNull();
  });

  it("keeps a shuffled order fixed for the student across resumes", async () => {
    const { assignment, students, questions } = await makeAssignedQuiz({ shuffle: true });
    const attemptId = await started(assignment.id, students[0]!.id);
    const stored = await database.db().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const order = stored.questionOrder as string[];
    expect([...order].sort()).toEqual(questions.map((q) => q.id).sort());
    await started(assignment.id, students[0]!.id);
    const again = await database.db().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(again.questionOrder).toEqual(order);
  });
});
