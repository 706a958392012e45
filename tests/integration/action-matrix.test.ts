/**
 * The authorization matrix for server actions: every exported action, called as
 * each kind of visitor, against a fresh world. Allowed calls succeed; refused
 * ones fail with a message and change nothing in the database. An action that
 * is exported but missing from CASES fails the first test.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/auth/guard";
import { recordResponse, startOrResumeAttempt } from "@/lib/attempt/mutations";
import { choiceKeyOf, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { FACTORY_PASSWORD, makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

type Persona = "anonymous" | "studentInClass" | "studentNotInClass" | "owningTeacher" | "otherTeacher";
const PERSONAS: Persona[] = ["anonymous", "studentInClass", "studentNotInClass", "owningTeacher", "otherTeacher"];

let session: unknown = null;
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: vi.fn(async () => session),
}));

const database = setupTestDatabase("action-matrix");

async function buildWorld() {
  const a = await makeAssignedQuiz({ students: 1 });
  const b = await makeAssignedQuiz({ students: 1 });
  const studentIn = a.students[0]!;
  const studentOut = b.students[0]!;
  const started = await startOrResumeAttempt(a.assignment.id, studentIn.id);
  if (!("attemptId" in started)) throw new Error("could not start an attempt");
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
  return {
    users: { studentInClass: studentIn, studentNotInClass: studentOut, owningTeacher: a.teacher, otherTeacher: b.teacher } as Record<
      Exclude<Persona, "anonymous">,
      { id: string; role: "TEACHER" | "STUDENT"; username: string; displayName: string; sessionVersion: number }
    >,
    classA: a.classroom,
    quizA: a.quiz,
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
    studentIn,
    studentOut,
  };
}
type World = Awaited<ReturnType<typeof buildWorld>>;

interface Case {
  input: (w: World) => unknown;
  allowed: Persona[];
}

const SIGNED_IN: Persona[] = ["studentInClass", "studentNotInClass", "owningTeacher", "otherTeacher"];
const TEACHERS: Persona[] = ["owningTeacher", "otherTeacher"];
const classCase = (input: (w: World) => unknown): Case => ({ input, allowed: ["owningTeacher"] });

const CASES: Record<string, Case> = {
  "attempt.startAttempt": { input: (w) => ({ assignmentId: w.assignmentA.id }), allowed: ["studentInClass"] },
  "attempt.answerQuestion": {
    input: (w) => ({ attemptId: w.attemptId, questionId: w.question.id, answer: { kind: "choice", optionId: w.keyOption } }),
    allowed: ["studentInClass"],
  },
  "attempt.finishAttempt": { input: (w) => ({ attemptId: w.attemptId }), allowed: ["studentInClass"] },
  "attempt.practiceMissed": { input: (w) => ({ attemptId: w.submittedAttemptId }), allowed: ["studentInClass"] },
  "users.registerTeacher": { input: () => ({ name: "New Teacher", email: "new.teacher@school.example", password: "long enough" }), allowed: ["anonymous"] },
  "users.joinAsNewStudent": { input: (w) => ({ code: w.classA.joinCode, name: "New Kid", password: "long enough" }), allowed: ["anonymous"] },
  // The class code is the credential: any student holding it may join.
  "users.joinAnotherClass": { input: (w) => ({ code: w.classA.joinCode }), allowed: ["studentInClass", "studentNotInClass"] },
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
  "live.startLiveGame": {
    input: (w) => ({ quizId: w.quizA.id, classroomId: w.classA.id, allowGuests: false, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 20 }),
    allowed: ["owningTeacher"],
  },
  "quizzes.saveQuizSettings": {
    input: (w) => ({ quizId: w.quizA.id, feedbackAfterEach: true, shuffleQuestions: true, timeLimitMinutes: 10, lateRule: "zero" }),
    allowed: ["owningTeacher"],
  },
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
  { name: "teacher changes another teacher's quiz", action: "quizzes.saveQuizSettings", as: "otherTeacher", input: (w) => ({ quizId: w.quizA.id, feedbackAfterEach: true, shuffleQuestions: false, timeLimitMinutes: 0, lateRule: "count" }) },
  { name: "teacher starts a live game of their quiz for another teacher's class", action: "live.startLiveGame", as: "owningTeacher", input: (w) => ({ quizId: w.quizA.id, classroomId: w.classB.id, allowGuests: false, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 20 }) },
  { name: "teacher starts a live game of another teacher's quiz", action: "live.startLiveGame", as: "otherTeacher", input: (w) => ({ quizId: w.quizA.id, classroomId: "", allowGuests: true, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 20 }) },
  { name: "student practises another student's attempt", action: "attempt.practiceMissed", as: "studentNotInClass", input: (w) => ({ attemptId: w.submittedAttemptId }) },
  { name: "student joins with a wrong code", action: "users.joinAnotherClass", as: "studentNotInClass", input: () => ({ code: "ZZZZZZ" }) },
  { name: "anyone signs up twice with one email", action: "users.registerTeacher", as: "anonymous", input: () => ({ name: "Dup", email: "dup@dup.example", password: "long enough" }) },
];

const ACTION_MODULES = ["attempt", "users", "classroom", "quizzes", "live"];

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
  const [users, classes, enrollments, attempts, quizzes, responses, games] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, passwordHash: true, sessionVersion: true, displayName: true } }),
    db.classroom.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, joinCode: true, archivedAt: true } }),
    db.enrollment.findMany({ orderBy: { id: "asc" }, select: { classroomId: true, studentId: true, extraTimePercent: true } }),
    db.attempt.findMany({ orderBy: { id: "asc" }, select: { id: true, submittedAt: true, score: true } }),
    db.quiz.findMany({ orderBy: { id: "asc" }, select: { id: true, settings: true } }),
    db.response.findMany({ orderBy: { id: "asc" }, select: { id: true, answer: true } }),
    db.liveGame.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return JSON.stringify({ users, classes, enrollments, attempts, quizzes, responses, games });
}

function signInAs(world: World, persona: Persona) {
  if (persona === "anonymous") return void (session = null);
  const u = world.users[persona];
  session = { user: { id: u.id, role: u.role, username: u.username, name: u.displayName, sessionVersion: u.sessionVersion }, expires: "2999-01-01" };
}

let actions: Awaited<ReturnType<typeof loadActions>>;
beforeEach(async () => {
  actions ??= await loadActions();
  session = null;
});
afterAll(() => {
  session = null;
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
        const result = await actions[name]!(c.input(world));
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
