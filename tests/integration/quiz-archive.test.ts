import { describe, expect, it } from "vitest";
import { recordResponse, startOrResumeAttempt, submitAttempt } from "@/lib/attempt/mutations";
import { choiceKeyOf, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { listArchivedQuizzesForTeacher, listQuizzesForTeacher } from "@/lib/quizzes/data";
import { deleteUnusedQuiz, duplicateQuiz, setQuizArchived } from "@/lib/quizzes/mutations";
import { getQuizResultsForTeacher } from "@/lib/results/data";
import { makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("quiz-archive");

/** A quiz with one student's submitted attempt and a response per question. */
async function quizWithResults() {
  const world = await makeAssignedQuiz({ students: 1, questions: 4 });
  const student = world.students[0]!;
  const started = await startOrResumeAttempt(world.assignment.id, student.id);
  if (!("attemptId" in started)) throw new Error("no attempt");
  for (const q of world.questions) {
    await recordResponse({ attemptId: started.attemptId, questionId: q.id, answer: { kind: "choice", optionId: choiceKeyOf(parseAnswerKey(q.answerKey)) } }, student.id);
  }
  await submitAttempt(started.attemptId, student.id);
  return { ...world, student, attemptId: started.attemptId };
}

async function studentRecords(attemptId: string) {
  const db = database.db();
  return { attempts: await db.attempt.count({ where: { id: attemptId } }), responses: await db.response.count({ where: { attemptId } }) };
}

describe("duplicating a quiz", () => {
  it("makes a draft with copies of the questions on the same article, results left with the original", async () => {
    const world = await quizWithResults();
    const copy = await duplicateQuiz(world.teacher.id, world.quiz.id);
    expect(copy).not.toBeNull();
    expect(copy!.status).toBe("DRAFT");
    expect(copy!.articleId).toBe(world.quiz.articleId);
    expect(copy!.title).toBe("Test quiz (copy)");
    const copied = await database.db().question.findMany({ where: { quizId: copy!.id }, orderBy: { position: "asc" } });
    expect(copied.map((q) => [q.prompt, q.factId, q.answerKey, q.options, q.position])).toEqual(world.questions.map((q) => [q.prompt, q.factId, q.answerKey, q.options, q.position]));
    expect(copied.some((q) => world.questions.some((o) => o.id === q.id))).toBe(false);
    expect(await database.db().assignment.count({ where: { quizId: copy!.id } })).toBe(0);
  });

  it("reads another teacher's quiz as not found", async () => {
    const world = await quizWithResults();
    const other = await makeUser("TEACHER");
    expect(await duplicateQuiz(other.id, world.quiz.id)).toBeNull();
    expect(await database.db().quiz.count({ where: { ownerId: other.id } })).toBe(0);
  });
});

describe("archiving a quiz", () => {
  it("hides it from the teacher's list, keeps its results, and restores it", async () => {
    const world = await quizWithResults();
    expect(await setQuizArchived(world.teacher.id, world.quiz.id, true)).toBe(true);
    expect((await listQuizzesForTeacher(world.teacher.id)).map((q) => q.id)).not.toContain(world.quiz.id);
    expect((await listArchivedQuizzesForTeacher(world.teacher.id)).map((q) => q.id)).toEqual([world.quiz.id]);
    const results = await getQuizResultsForTeacher(world.quiz.id, world.teacher.id);
    expect(results).not.toBeNull();
    expect(await studentRecords(world.attemptId)).toEqual({ attempts: 1, responses: 4 });
    expect(await setQuizArchived(world.teacher.id, world.quiz.id, false)).toBe(true);
    expect((await listQuizzesForTeacher(world.teacher.id)).map((q) => q.id)).toContain(world.quiz.id);
  });

  it("is refused for another teacher", async () => {
    const world = await quizWithResults();
    const other = await makeUser("TEACHER");
    expect(await setQuizArchived(other.id, world.quiz.id, true)).toBe(false);
    expect((await database.db().quiz.findUniqueOrThrow({ where: { id: world.quiz.id } })).archivedAt).toBeNull();
  });
});

describe("deleting a quiz", () => {
  it("is refused once students have answered it, and nothing is lost", async () => {
    const world = await quizWithResults();
    expect(await deleteUnusedQuiz(world.teacher.id, world.quiz.id)).toBe("has-results");
    expect(await database.db().quiz.count({ where: { id: world.quiz.id } })).toBe(1);
    expect(await studentRecords(world.attemptId)).toEqual({ attempts: 1, responses: 4 });
  });

  it("removes a quiz nobody has started, with its questions and assignments", async () => {
    const world = await makeAssignedQuiz({ students: 1 });
    expect(await deleteUnusedQuiz(world.teacher.id, world.quiz.id)).toBe("deleted");
    expect(await database.db().question.count({ where: { quizId: world.quiz.id } })).toBe(0);
    expect(await database.db().assignment.count({ where: { quizId: world.quiz.id } })).toBe(0);
  });

  it("reads another teacher's quiz as not found", async () => {
    const world = await makeAssignedQuiz({ students: 1 });
    const other = await makeUser("TEACHER");
    expect(await deleteUnusedQuiz(other.id, world.quiz.id)).toBe("not-found");
    expect(await database.db().quiz.count({ where: { id: world.quiz.id } })).toBe(1);
  });
});

describe("archive, don't cascade: deletes never reach students' attempts", () => {
  it("refuses deleting a quiz, a class, an assignment or a teacher that attempts point at", async () => {
    const world = await quizWithResults();
    const db = database.db();
    await expect(db.quiz.delete({ where: { id: world.quiz.id } })).rejects.toThrow();
    await expect(db.classroom.delete({ where: { id: world.classroom.id } })).rejects.toThrow();
    await expect(db.assignment.delete({ where: { id: world.assignment.id } })).rejects.toThrow();
    await expect(db.user.delete({ where: { id: world.teacher.id } })).rejects.toThrow();
    await expect(db.article.delete({ where: { id: world.quiz.articleId } })).rejects.toThrow();
    await expect(db.question.delete({ where: { id: world.questions[0]!.id } })).rejects.toThrow();
    expect(await studentRecords(world.attemptId)).toEqual({ attempts: 1, responses: 4 });
    expect(await db.mastery.count({ where: { studentId: world.student.id } })).toBeGreaterThan(0);
  });

  it("still lets a teacher with no students' results be deleted whole", async () => {
    const world = await makeAssignedQuiz({ students: 1 });
    const db = database.db();
    await db.user.delete({ where: { id: world.teacher.id } });
    expect(await db.quiz.count({ where: { id: world.quiz.id } })).toBe(0);
    expect(await db.classroom.count({ where: { id: world.classroom.id } })).toBe(0);
    expect(await db.article.count({ where: { id: world.quiz.articleId } })).toBe(0);
  });
});
