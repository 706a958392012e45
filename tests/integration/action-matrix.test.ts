/**
 * The authorization matrix for server actions: every exported action, called as
 * each kind of visitor, against a fresh world. Allowed calls succeed; refused
 * ones fail with a message and change nothing in the database. An action that
 * is exported but missing from CASES fails the first test.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/auth/guard";
import { createTeacherArticle } from "@/lib/article/mutations";
import { recordResponse, startOrResumeAttempt } from "@/lib/attempt/mutations";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { removeStudentFromClass } from "@/lib/classroom/mutations";
import { assignQuiz, createQuiz, duplicateQuiz } from "@/lib/quizzes/mutations";
import { choiceKeyOf, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { FACTORY_PASSWORD, makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

/**
 * classmate: in the same class, with a real attempt of their own on the same assignment.
 * removedStudent: was in the class and started the assignment, then the teacher removed them.
 */
type Persona = "anonymous" | "studentInClass" | "classmate" | "removedStudent" | "studentNotInClass" | "owningTeacher" | "otherTeacher";
const PERSONAS: Persona[] = ["anonymous", "studentInClass", "classmate", "removedStudent", "studentNotInClass", "owningTeacher", "otherTeacher"];

let session: unknown = null;
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: vi.fn(async () => session),
}));
// Actions that are limited per address read the address the server stamped on the request.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-factbound-client-address": "10.99.0.1" }) }));

const database = setupTestDatabase("action-matrix");

async function startedAttempt(assignmentId: string, studentId: string) {
  const started = await startOrResumeAttempt(assignmentId, studentId);
  if (!("attemptId" in started)) throw new Error("could not start an attempt");
  return started.attemptId;
}

async function buildWorld() {
  const a = await makeAssignedQuiz({ students: 3 });
  const b = await makeAssignedQuiz({ students: 1 });
  const [studentIn, classmate, removed] = a.students as [(typeof a.students)[number], (typeof a.students)[number], (typeof a.students)[number]];
  const studentOut = b.students[0]!;
  const started = { attemptId: await startedAttempt(a.assignment.id, studentIn.id) };
  const classmateAttemptId = await startedAttempt(a.assignment.id, classmate.id);
  const removedAttemptId = await startedAttempt(a.assignment.id, removed.id);
  if (!(await removeStudentFromClass(a.teacher.id, a.classroom.id, removed.id))) throw new Error("could not remove a student");
  // The same quiz assigned to the same class again, not started by anyone yet.
  const unstarted = await assignQuiz(a.quiz.id, a.classroom.id, { dueAt: new Date("2030-01-01T00:00:00Z") });
  const question = a.questions[0]!;
  const keyOption = choiceKeyOf(parseAnswerKey(question.answerKey));
  const lockedQuestion = a.questions[1]!;
  const lockedKey = choiceKeyOf(parseAnswerKey(lockedQuestion.answerKey));
  const lockedOther = (lockedQuestion.options as { id: string }[]).find((o) => o.id !== lockedKey)!.id;
  const lock = await recordResponse({ attemptId: started.attemptId, questionId: lockedQuestion.id, answer: { kind: "choice", optionId: lockedKey } }, studentIn.id);
  if (lock.status !== "recorded") throw new Error("could not lock an answer");
  // A second, submitted attempt with nothing answered: everything in it can be practised.
  const done = await database.db().attempt.create({
    data: { studentId: studentIn.id, kind: "ASSIGNMENT", quizId: a.quiz.id, assignmentId: a.assignment.id, number: 99, questionOrder: a.questions.map((q) => q.id), maxScore: a.questions.length, submittedAt: new Date(), score: 0 },
  });
  // Records no student's result depends on, so their owner may delete them.
  const unusedArticle = await createTeacherArticle(a.teacher.id, { title: "Tides", body: "The tide rises and falls twice a day along most coasts of the world." });
  const unusedQuiz = (await duplicateQuiz(a.teacher.id, a.quiz.id))!;
  // A draft quiz of teacher A's, generated from their article: what the editor's actions work on.
  const articleBody = (await database.db().article.findUniqueOrThrow({ where: { id: a.quiz.articleId } })).body;
  const generated = generateQuestions(articleBody, { count: 4, seed: 3, types: ["MULTIPLE_CHOICE", "TRUE_FALSE"] });
  const draft = await createQuiz({ articleId: a.quiz.articleId, ownerId: a.teacher.id, title: "Draft", seed: 3, questions: generated.questions });
  const draftQuestions = await database.db().question.findMany({ where: { quizId: draft.id }, orderBy: { position: "asc" }, include: { fact: true } });
  return {
    unusedArticle,
    unusedQuiz,
    usedArticleId: a.quiz.articleId,
    draftQuiz: draft,
    draftQuestions,
    articleA: a.quiz.articleId,
    articleB: b.quiz.articleId,
    users: { studentInClass: studentIn, classmate, removedStudent: removed, studentNotInClass: studentOut, owningTeacher: a.teacher, otherTeacher: b.teacher } as Record<
      Exclude<Persona, "anonymous">,
      { id: string; role: "TEACHER" | "STUDENT"; username: string; displayName: string; sessionVersion: number }
    >,
    classA: a.classroom,
    quizA: a.quiz,
    classmateAttemptId,
    removedAttemptId,
    unstartedAssignmentId: unstarted.id,
    classB: b.classroom,
    assignmentA: a.assignment,
    attemptId: started.attemptId,
    submittedAttemptId: done.id,
    question,
    keyOption,
    lockedAttemptId: started.attemptId,
    lockedQuestionId: lockedQuestion.id,
    lockedOther,
    foreignQuestion: b.questions[0]!,
    /** Teacher B's own quiz: the right role and a real quiz of theirs, the wrong question. */
    foreignQuiz: b.quiz.id,
    studentIn,
    studentOut,
  };
}
type World = Awaited<ReturnType<typeof buildWorld>>;

interface Case {
  /** The input may depend on the caller: a removed student acts on their own old attempt. */
  input: (w: World, as: Persona) => unknown;
  allowed: Persona[];
}

const STUDENTS: Persona[] = ["studentInClass", "classmate", "removedStudent", "studentNotInClass"];
const SIGNED_IN: Persona[] = [...STUDENTS, "owningTeacher", "otherTeacher"];
/** The attempt under test: the caller's own when they are the removed student, else studentInClass's. */
const attemptFor = (w: World, as: Persona) => (as === "removedStudent" ? w.removedAttemptId : w.attemptId);
const TEACHERS: Persona[] = ["owningTeacher", "otherTeacher"];
const classCase = (input: (w: World) => unknown): Case => ({ input, allowed: ["owningTeacher"] });
const ownerCase = classCase;
const ARTICLE_TEXT = { title: "The Tides", body: "The tide rises and falls twice a day along most coasts of the world." };
let pageUrl = "";
const quizCase = classCase;
const TF_DRAFT = { type: "TRUE_FALSE", prompt: "The declaration ended the state of war.", answer: true } as const;

const ASSIGNMENT_FIELDS = {
  opensAt: "",
  dueAt: "2030-06-01T12:00:00.000Z",
  attemptsAllowed: 2,
  countedAttempt: "LAST",
  feedback: "after-submit",
  timeLimitMinutes: 20,
  lateAnswers: "refuse",
  articleDuringAttempt: "not-when-timed",
  shuffleQuestions: true,
};

const CASES: Record<string, Case> = {
  "attempt.startAttempt": { input: (w) => ({ assignmentId: w.assignmentA.id }), allowed: ["studentInClass", "classmate"] },
  "attempt.answerQuestion": {
    input: (w, as) => ({ attemptId: attemptFor(w, as), questionId: w.question.id, answer: { kind: "choice", optionId: w.keyOption } }),
    allowed: ["studentInClass"],
  },
  "attempt.finishAttempt": { input: (w, as) => ({ attemptId: attemptFor(w, as) }), allowed: ["studentInClass"] },
  "attempt.practiceMissed": { input: (w) => ({ attemptId: w.submittedAttemptId }), allowed: ["studentInClass"] },
  "users.registerTeacher": { input: () => ({ name: "New Teacher", email: "new.teacher@school.example", password: "long enough" }), allowed: ["anonymous"] },
  "users.joinAsNewStudent": { input: (w) => ({ code: w.classA.joinCode, name: "New Kid", password: "long enough" }), allowed: ["anonymous"] },
  // The class code is the credential: any student holding it may join.
  "users.joinAnotherClass": { input: (w) => ({ code: w.classA.joinCode }), allowed: STUDENTS },
  "users.changePassword": {
    input: () => ({ currentPassword: FACTORY_PASSWORD, newPassword: "a brand new one", confirmPassword: "a brand new one" }),
    allowed: SIGNED_IN,
  },
  "classroom.createClass": { input: () => ({ name: "Another class" }), allowed: TEACHERS },
  "classroom.renameClass": classCase((w) => ({ classId: w.classA.id, name: "Renamed" })),
  "classroom.archiveClass": classCase((w) => ({ classId: w.classA.id })),
  "classroom.restoreClass": classCase((w) => ({ classId: w.classA.id })),
  "classroom.regenerateJoinCode": classCase((w) => ({ classId: w.classA.id })),
  "classroom.addStudents": classCase((w) => ({ classId: w.classA.id, names: "Pat Doe\nSam Roe" })),
  "classroom.resetStudentPassword": classCase((w) => ({ classId: w.classA.id, studentId: w.studentIn.id })),
  "classroom.removeStudent": classCase((w) => ({ classId: w.classA.id, studentId: w.studentIn.id })),
  "classroom.setStudentExtraTime": classCase((w) => ({ classId: w.classA.id, studentId: w.studentIn.id, percent: 50 })),
  "results.applyRegrade": {
    input: (w) => ({ quizId: w.quizA.id, questionId: w.lockedQuestionId, change: { kind: "FIX_KEY", optionId: w.lockedOther }, reason: "key was wrong" }),
    allowed: ["owningTeacher"],
  },
  "live.startLiveGame": {
    input: (w) => ({ quizId: w.quizA.id, classroomId: w.classA.id, allowGuests: false, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 20 }),
    allowed: ["owningTeacher"],
  },
  "assignments.assignToClass": { input: (w) => ({ quizId: w.quizA.id, classId: w.classA.id, ...ASSIGNMENT_FIELDS }), allowed: ["owningTeacher"] },
  "assignments.saveAssignment": { input: (w) => ({ assignmentId: w.assignmentA.id, ...ASSIGNMENT_FIELDS, feedback: "after-each" }), allowed: ["owningTeacher"] },
  "assignments.removeAssignment": { input: (w) => ({ assignmentId: w.unstartedAssignmentId }), allowed: ["owningTeacher"] },
  "quizzes.duplicateQuiz": ownerCase((w) => ({ quizId: w.quizA.id })),
  "quizzes.archiveQuiz": ownerCase((w) => ({ quizId: w.quizA.id })),
  "quizzes.restoreQuiz": ownerCase((w) => ({ quizId: w.quizA.id })),
  "quizzes.deleteQuiz": ownerCase((w) => ({ quizId: w.unusedQuiz.id })),
  "article.previewArticle": { input: () => ARTICLE_TEXT, allowed: TEACHERS },
  "article.createArticle": { input: () => ARTICLE_TEXT, allowed: TEACHERS },
  "article.updateArticle": ownerCase((w) => ({ articleId: w.unusedArticle.id, ...ARTICLE_TEXT, title: "Renamed tides" })),
  "article.archiveArticle": ownerCase((w) => ({ articleId: w.unusedArticle.id })),
  "article.restoreArticle": ownerCase((w) => ({ articleId: w.unusedArticle.id })),
  "article.deleteArticle": ownerCase((w) => ({ articleId: w.unusedArticle.id })),
  "article.readArticleFromFile": {
    input: () => ({ fileName: "tides.txt", contentBase64: Buffer.from("Tides\nThe tide rises and falls twice a day.").toString("base64") }),
    allowed: TEACHERS,
  },
  "article.readArticleFromWeb": { input: () => ({ url: pageUrl }), allowed: TEACHERS },
  "quizzes.generateQuiz": quizCase((w) => ({ articleId: w.articleA, count: 3, types: ["MULTIPLE_CHOICE"] })),
  "quizzes.saveQuestion": quizCase((w) => ({ quizId: w.draftQuiz.id, questionId: w.draftQuestions[0]!.id, draft: TF_DRAFT })),
  "quizzes.deleteQuestion": quizCase((w) => ({ quizId: w.draftQuiz.id, questionId: w.draftQuestions[0]!.id })),
  "quizzes.moveQuestion": quizCase((w) => ({ quizId: w.draftQuiz.id, questionId: w.draftQuestions[0]!.id, direction: "down" })),
  "quizzes.markQuestionChecked": quizCase((w) => ({ quizId: w.draftQuiz.id, questionId: w.draftQuestions[0]!.id })),
  "quizzes.addQuestion": quizCase((w) => ({ quizId: w.draftQuiz.id, draft: TF_DRAFT, sentenceStart: w.draftQuestions[0]!.fact!.start })),
  "quizzes.regenerateQuestion": quizCase((w) => ({ quizId: w.draftQuiz.id, questionId: w.draftQuestions[0]!.id })),
  "quizzes.makeQuestionFromSentence": quizCase((w) => ({ quizId: w.draftQuiz.id, sentenceStart: w.draftQuestions[1]!.fact!.start })),
  "quizzes.publishQuiz": quizCase((w) => ({ quizId: w.draftQuiz.id, confirmed: true })),
};

/** Forged posts: the right role, the wrong record. All must be refused. */
const FORGED: { name: string; action: string; as: Persona; input: (w: World) => unknown }[] = [
  { name: "teacher resets a student of another teacher's class through their own class", action: "classroom.resetStudentPassword", as: "owningTeacher", input: (w) => ({ classId: w.classA.id, studentId: w.studentOut.id }) },
  { name: "teacher removes a student of another class", action: "classroom.removeStudent", as: "owningTeacher", input: (w) => ({ classId: w.classA.id, studentId: w.studentOut.id }) },
  { name: "teacher renames another teacher's class", action: "classroom.renameClass", as: "owningTeacher", input: (w) => ({ classId: w.classB.id, name: "Mine now" }) },
  { name: "teacher adds students to another teacher's class", action: "classroom.addStudents", as: "owningTeacher", input: (w) => ({ classId: w.classB.id, names: "Intruder" }) },
  { name: "student answers a question from another quiz", action: "attempt.answerQuestion", as: "studentInClass", input: (w) => ({ attemptId: w.attemptId, questionId: w.foreignQuestion.id, answer: { kind: "choice", optionId: "a" } }) },
  { name: "student answers with an option that does not exist", action: "attempt.answerQuestion", as: "studentInClass", input: (w) => ({ attemptId: w.attemptId, questionId: w.question.id, answer: { kind: "choice", optionId: "zzz" } }) },
  { name: "student changes a locked answer", action: "attempt.answerQuestion", as: "studentInClass", input: (w) => ({ attemptId: w.lockedAttemptId, questionId: w.lockedQuestionId, answer: { kind: "choice", optionId: w.lockedOther } }) },
  { name: "student sends a malformed answer", action: "attempt.answerQuestion", as: "studentInClass", input: (w) => ({ attemptId: w.attemptId, questionId: w.question.id, answer: { kind: "choice", optionId: { $ne: 1 } } }) },
  { name: "teacher gives extra time to a student of another class", action: "classroom.setStudentExtraTime", as: "owningTeacher", input: (w) => ({ classId: w.classA.id, studentId: w.studentOut.id, percent: 100 }) },
  { name: "teacher sets an extra time that is not offered", action: "classroom.setStudentExtraTime", as: "owningTeacher", input: (w) => ({ classId: w.classA.id, studentId: w.studentIn.id, percent: 1000 }) },
  { name: "teacher edits another quiz's question through their own quiz", action: "quizzes.saveQuestion", as: "otherTeacher", input: (w) => ({ quizId: w.foreignQuiz, questionId: w.draftQuestions[0]!.id, draft: TF_DRAFT }) },
  { name: "teacher deletes another quiz's question through their own quiz", action: "quizzes.deleteQuestion", as: "otherTeacher", input: (w) => ({ quizId: w.foreignQuiz, questionId: w.draftQuestions[0]!.id }) },
  { name: "teacher regenerates another quiz's question through their own quiz", action: "quizzes.regenerateQuestion", as: "otherTeacher", input: (w) => ({ quizId: w.foreignQuiz, questionId: w.draftQuestions[0]!.id }) },
  { name: "teacher makes a quiz from another teacher's article", action: "quizzes.generateQuiz", as: "otherTeacher", input: (w) => ({ articleId: w.articleA, count: 3, types: ["MULTIPLE_CHOICE"] }) },
  { name: "teacher saves a question with two right options", action: "quizzes.saveQuestion", as: "owningTeacher", input: (w) => ({ quizId: w.draftQuiz.id, questionId: w.draftQuestions[0]!.id, draft: { type: "MULTIPLE_CHOICE", prompt: "Which?", options: [{ text: "A", right: true }, { text: "B", right: true }] } }) },
  { name: "teacher binds a question to an offset where no sentence starts", action: "quizzes.addQuestion", as: "owningTeacher", input: (w) => ({ quizId: w.draftQuiz.id, draft: TF_DRAFT, sentenceStart: w.draftQuestions[0]!.fact!.start + 1 }) },
  { name: "teacher edits another teacher's assignment", action: "assignments.saveAssignment", as: "otherTeacher", input: (w) => ({ assignmentId: w.assignmentA.id, ...ASSIGNMENT_FIELDS }) },
  { name: "teacher assigns their quiz to another teacher's class", action: "assignments.assignToClass", as: "owningTeacher", input: (w) => ({ quizId: w.quizA.id, classId: w.classB.id, ...ASSIGNMENT_FIELDS }) },
  { name: "teacher assigns another teacher's quiz to their own class", action: "assignments.assignToClass", as: "otherTeacher", input: (w) => ({ quizId: w.quizA.id, classId: w.classB.id, ...ASSIGNMENT_FIELDS }) },
  { name: "teacher assigns with the due date before the opening", action: "assignments.assignToClass", as: "owningTeacher", input: (w) => ({ quizId: w.quizA.id, classId: w.classA.id, ...ASSIGNMENT_FIELDS, opensAt: "2030-07-01T12:00:00.000Z" }) },
  { name: "teacher removes an assignment students have started", action: "assignments.removeAssignment", as: "owningTeacher", input: (w) => ({ assignmentId: w.assignmentA.id }) },
  { name: "teacher regrades another teacher's quiz", action: "results.applyRegrade", as: "otherTeacher", input: (w) => ({ quizId: w.quizA.id, questionId: w.lockedQuestionId, change: { kind: "DROP" }, reason: "" }) },
  { name: "teacher regrades a question of another quiz through their own quiz", action: "results.applyRegrade", as: "owningTeacher", input: (w) => ({ quizId: w.quizA.id, questionId: w.foreignQuestion.id, change: { kind: "DROP" }, reason: "" }) },
  { name: "teacher starts a live game of their quiz for another teacher's class", action: "live.startLiveGame", as: "owningTeacher", input: (w) => ({ quizId: w.quizA.id, classroomId: w.classB.id, allowGuests: false, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 20 }) },
  { name: "teacher starts a live game of another teacher's quiz", action: "live.startLiveGame", as: "otherTeacher", input: (w) => ({ quizId: w.quizA.id, classroomId: "", allowGuests: true, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 20 }) },
  { name: "student practises another student's attempt", action: "attempt.practiceMissed", as: "studentNotInClass", input: (w) => ({ attemptId: w.submittedAttemptId }) },
  { name: "classmate answers in another student's real attempt", action: "attempt.answerQuestion", as: "classmate", input: (w) => ({ attemptId: w.attemptId, questionId: w.question.id, answer: { kind: "choice", optionId: w.keyOption } }) },
  { name: "classmate hands in another student's real attempt", action: "attempt.finishAttempt", as: "classmate", input: (w) => ({ attemptId: w.attemptId }) },
  { name: "student answers a classmate's real attempt", action: "attempt.answerQuestion", as: "studentInClass", input: (w) => ({ attemptId: w.classmateAttemptId, questionId: w.question.id, answer: { kind: "choice", optionId: w.keyOption } }) },
  { name: "removed student answers their own open attempt", action: "attempt.answerQuestion", as: "removedStudent", input: (w) => ({ attemptId: w.removedAttemptId, questionId: w.question.id, answer: { kind: "choice", optionId: w.keyOption } }) },
  { name: "removed student resumes the assignment", action: "attempt.startAttempt", as: "removedStudent", input: (w) => ({ assignmentId: w.assignmentA.id }) },
  { name: "student sends a typed answer of only invisible characters", action: "attempt.answerQuestion", as: "studentInClass", input: (w) => ({ attemptId: w.attemptId, questionId: w.question.id, answer: { kind: "text", value: "\u200B\u00AD\uFEFF " } }) },
  { name: "student joins with a wrong code", action: "users.joinAnotherClass", as: "studentNotInClass", input: () => ({ code: "ZZZZZZ" }) },
  { name: "teacher deletes a quiz students have answered", action: "quizzes.deleteQuiz", as: "owningTeacher", input: (w) => ({ quizId: w.quizA.id }) },
  { name: "teacher deletes an article a quiz with results uses", action: "article.deleteArticle", as: "owningTeacher", input: (w) => ({ articleId: w.usedArticleId }) },
  { name: "teacher reads a page on a private address", action: "article.readArticleFromWeb", as: "owningTeacher", input: () => ({ url: "http://169.254.169.254/latest/meta-data/" }) },
  { name: "teacher uploads a file of another type", action: "article.readArticleFromFile", as: "owningTeacher", input: () => ({ fileName: "run.exe", contentBase64: "TVqQAAMAAAAEAAAA" }) },
  { name: "anyone signs up twice with one email", action: "users.registerTeacher", as: "anonymous", input: () => ({ name: "Dup", email: "dup@dup.example", password: "long enough" }) },
];

const ACTION_MODULES = ["article", "assignments", "attempt", "users", "classroom", "quizzes", "results", "live"];

async function loadActions(): Promise<Record<string, (input: unknown) => Promise<ActionResult<unknown>>>> {
  const out: Record<string, (input: unknown) => Promise<ActionResult<unknown>>> = {};
  for (const mod of ACTION_MODULES) {
    const exports = (await import(`../../lib/${mod}/actions.ts`)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(exports)) if (typeof fn === "function") out[`${mod}.${name}`] = fn as never;
  }
  return out;
}

/** What a refused call must leave untouched. */
async function fingerprint() {
  const db = database.db();
  const [users, classes, enrollments, attempts, assignments, quizzes, responses, articles, questions, gradings, games] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, passwordHash: true, sessionVersion: true, displayName: true } }),
    db.classroom.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, joinCode: true, archivedAt: true } }),
    db.enrollment.findMany({ orderBy: { id: "asc" }, select: { classroomId: true, studentId: true, extraTimePercent: true } }),
    db.attempt.findMany({ orderBy: { id: "asc" }, select: { id: true, submittedAt: true, score: true } }),
    db.assignment.findMany({ orderBy: { id: "asc" }, select: { id: true, quizId: true, classroomId: true, opensAt: true, dueAt: true, attemptsAllowed: true, settings: true } }),
    db.quiz.findMany({ orderBy: { id: "asc" }, select: { id: true, settings: true, archivedAt: true, title: true, status: true, version: true } }),
    db.response.findMany({ orderBy: { id: "asc" }, select: { id: true, answer: true, points: true, correct: true } }),
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, body: true, archivedAt: true } }),
    db.question.findMany({ orderBy: { id: "asc" }, select: { id: true, prompt: true, options: true, answerKey: true, position: true, retiredInVersion: true, checkedAt: true, droppedAt: true } }),
    db.responseGrading.count(),
    db.liveGame.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return JSON.stringify({ users, classes, enrollments, attempts, assignments, quizzes, responses, articles, questions, gradings, games });
}

function signInAs(world: World, persona: Persona) {
  if (persona === "anonymous") return void (session = null);
  const u = world.users[persona];
  session = { user: { id: u.id, role: u.role, username: u.username, name: u.displayName, sessionVersion: u.sessionVersion }, expires: "2999-01-01" };
}

let actions: Awaited<ReturnType<typeof loadActions>>;
// A page on this machine for the web-reading action, which reads loopback only under the test flag.
let pageServer: http.Server;
beforeAll(async () => {
  pageServer = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("Tides\nThe tide rises and falls twice a day along most coasts."));
  await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/tides`;
  process.env.FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH = "1";
});
beforeEach(async () => {
  actions ??= await loadActions();
  session = null;
});
afterAll(() => {
  session = null;
  delete process.env.FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH;
  pageServer.close();
});

describe("the action authorization matrix", () => {
  it("covers every exported server action", async () => {
    actions ??= await loadActions();
    const onDisk = fs
      .readdirSync(path.resolve(__dirname, "../../lib"), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith("actions.ts"))
      .map((f) => path.dirname(f).split(path.sep).join("/"))
      .sort();
    expect(onDisk).toEqual([...ACTION_MODULES].sort());
    expect(Object.keys(actions).sort()).toEqual(Object.keys(CASES).sort());
    console.log(`Action matrix: ${Object.keys(CASES).length} actions × ${PERSONAS.length} visitors = ${Object.keys(CASES).length * PERSONAS.length} cells, plus ${FORGED.length} forged posts.`);
  });

  for (const [name, c] of Object.entries(CASES)) {
    for (const persona of PERSONAS) {
      const allowed = c.allowed.includes(persona);
      it(`${name} as ${persona}: ${allowed ? "allowed" : "refused, nothing changed"}`, async () => {
        const world = await buildWorld();
        signInAs(world, persona);
        const before = await fingerprint();
        const result = await actions[name]!(c.input(world, persona));
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  for (const f of FORGED) {
    it(`forged: ${f.name}`, async () => {
      const world = await buildWorld();
      if (f.action === "users.registerTeacher") await makeUser("TEACHER", { email: "dup@dup.example" });
      signInAs(world, f.as);
      const before = await fingerprint();
      const result = await actions[f.action]!(f.input(world));
      expect(result.ok).toBe(false);
      expect(await fingerprint()).toBe(before);
    });
  }
});
