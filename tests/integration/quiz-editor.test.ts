/**
 * The quiz-making loop through its server actions, as a signed-in teacher:
 * generate, edit, validate, regenerate, add, delete, reorder, publish; and
 * versions: a published quiz with attempts is never changed in place.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { findAttemptForStudent } from "@/lib/attempt/data";
import { recordResponse, startOrResumeAttempt, submitAttempt } from "@/lib/attempt/mutations";
import { choiceKeyOf, parseAnswerKey } from "@/lib/quiz/grade-answer";
import * as actions from "@/lib/quizzes/actions";
import { getQuizForEditor } from "@/lib/quizzes/editor-data";
import { draftFromQuestion } from "@/lib/quizzes/question-draft";
import { makeAssignedQuiz, makeUser } from "./support/factories";
import { setupTestDatabase } from "./support/test-database";

let session: unknown = null;
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: vi.fn(async () => session),
}));

// Seeds come from a fixed sequence here, so each draft and each regeneration is the same on every run: random
// seeds made "regenerates an unedited question" fail on the rare draft none of whose sentences holds a second
// question (it failed once in CI, on PostgreSQL, and never in 310 local drafts).
const seeds = vi.hoisted(() => ({ next: 1_000_003 }));
vi.mock("@/lib/quizzes/new-seed", () => ({
  newSeed: () => {
    seeds.next = (seeds.next * 48_271) % 2_147_483_647;
    return seeds.next;
  },
}));

const database = setupTestDatabase("quiz-editor");
beforeEach(() => {
  seeds.next = 1_000_003;
});

function signInAs(u: { id: string; role: string; username: string; displayName: string; sessionVersion: number }) {
  session = { user: { id: u.id, role: u.role, username: u.username, name: u.displayName, sessionVersion: u.sessionVersion }, expires: "2999-01-01" };
}

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.data;
}

const ALL = ["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"] as const;
const REVEALING_ID = /^(?:[a-f]|true|false|e\d+|l\d+|r\d+)$/;

/** A teacher signed in, with a generated draft quiz of the built-in article. */
async function draftQuiz(count = 6) {
  const world = await makeAssignedQuiz({ students: 1 });
  signInAs(world.teacher);
  const made = ok(await actions.generateQuiz({ articleId: world.quiz.articleId, count, types: [...ALL] }));
  const quiz = (await getQuizForEditor(made.quizId!, world.teacher.id))!;
  return { ...world, made, draft: quiz };
}

describe("generating a draft quiz", () => {
  it("stores a draft of the asked count, with opaque option ids and the generator's confidence", async () => {
    const { made, draft } = await draftQuiz(6);
    expect(made).toMatchObject({ asked: 6, made: 6 });
    expect(draft.status).toBe("DRAFT");
    expect(draft.questions).toHaveLength(6);
    const rows = await database.db().question.findMany({ where: { quizId: draft.id } });
    for (const row of rows) {
      for (const o of row.options as { id: string }[]) expect(o.id).not.toMatch(REVEALING_ID);
      expect(row.confidence).not.toBeNull();
    }
  });

  it("says why when the article yields fewer questions than asked", async () => {
    const { made } = await draftQuiz(30);
    expect(made.made).toBeLessThan(30);
    // The note says how many were made of how many asked, in plain words.
    expect(made.notes.join(" ")).toContain(`Only ${made.made} of the 30 questions asked for were made`);
  });
});

describe("editing a draft", () => {
  it("saves an edit in place, marks it edited, and refuses to regenerate over it", async () => {
    const { draft } = await draftQuiz();
    const q = draft.questions.find((x) => x.type === "MULTIPLE_CHOICE")!;
    const edit = draftFromQuestion(q);
    if (edit.type !== "MULTIPLE_CHOICE") throw new Error("type");
    edit.prompt = "Which city hosted the signing?";
    const saved = ok(await actions.saveQuestion({ quizId: draft.id, questionId: q.id, draft: edit }));
    expect(saved.questionId).toBe(q.id);
    const after = (await getQuizForEditor(draft.id, (session as { user: { id: string } }).user.id))!;
    expect(after.questions.find((x) => x.id === q.id)).toMatchObject({ prompt: "Which city hosted the signing?", edited: true });
    const regen = await actions.regenerateQuestion({ quizId: draft.id, questionId: q.id });
    expect(regen).toMatchObject({ ok: false, error: expect.stringMatching(/stays as it is/) });
  });

  it("refuses an invalid edit with a message and changes nothing", async () => {
    const { draft } = await draftQuiz();
    const q = draft.questions.find((x) => x.type === "MULTIPLE_CHOICE")!;
    const before = await database.db().question.findUniqueOrThrow({ where: { id: q.id } });
    const twoRight = { type: "MULTIPLE_CHOICE" as const, prompt: "Which?", options: [{ text: "A", right: true }, { text: "B", right: true }] };
    const result = await actions.saveQuestion({ quizId: draft.id, questionId: q.id, draft: twoRight });
    expect(result).toMatchObject({ ok: false, error: "Only one option can be right." });
    expect(await database.db().question.findUniqueOrThrow({ where: { id: q.id } })).toEqual(before);
  });

  it("regenerates an unedited question from the same sentence", async () => {
    const { draft, teacher } = await draftQuiz(8);
    // A sentence may hold only one question (a copied true statement): the action then says so. Some question of
    // the draft must have another one. Every type is tried (choices first): with random seeds about 1 draft in 40
    // had no choice question with another one in its sentence, and rarely none of any type (the fixed seeds above).
    let q: (typeof draft.questions)[number] | null = null;
    let result: { questionId: string } | null = null;
    const choicesFirst = [...draft.questions].sort((a, b) => Number(a.type === "FILL_BLANK") - Number(b.type === "FILL_BLANK"));
    for (const candidate of choicesFirst) {
      const tried = await actions.regenerateQuestion({ quizId: draft.id, questionId: candidate.id });
      if (tried.ok) {
        q = candidate;
        result = tried.data;
        break;
      }
      expect(tried.error).toBe("The generator found no other question in this sentence. Edit this one, or delete it.");
    }
    if (!q || !result) throw new Error("no question of the draft could be regenerated");
    const after = (await getQuizForEditor(draft.id, teacher.id))!;
    const changed = after.questions.find((x) => x.id === result.questionId)!;
    expect(changed.sentenceStart).toBe(q.sentenceStart);
    expect([changed.prompt, ...changed.options.map((o) => o.text).sort()]).not.toEqual([q.prompt, ...q.options.map((o) => o.text).sort()]);
  });

  it("adds questions by hand (with and without a source sentence) and from a sentence, deletes and reorders", async () => {
    const { draft, teacher } = await draftQuiz(4);
    const sentence = draft.article.sentences[3]!;
    const typed = { type: "FILL_BLANK" as const, prompt: "The declaration was signed in _____.", accepted: ["Moscow"] };
    const bound = ok(await actions.addQuestion({ quizId: draft.id, draft: typed, sentenceStart: sentence.start }));
    const free = ok(await actions.addQuestion({ quizId: draft.id, draft: { type: "TRUE_FALSE", prompt: "Treaties need signatures.", answer: true }, sentenceStart: null }));
    expect(await actions.addQuestion({ quizId: draft.id, draft: typed, sentenceStart: sentence.start + 1 })).toMatchObject({ ok: false });
    const fromSentence = ok(await actions.makeQuestionFromSentence({ quizId: draft.id, sentenceStart: draft.questions[0]!.sentenceStart! }));

    let now = (await getQuizForEditor(draft.id, teacher.id))!;
    expect(now.questions.find((x) => x.id === bound.questionId)).toMatchObject({ sentenceStart: sentence.start, handMade: true, explanation: sentence.text });
    expect(now.questions.find((x) => x.id === free.questionId)).toMatchObject({ sentenceStart: null, handMade: true });
    if (fromSentence.questionId) expect(now.questions.find((x) => x.id === fromSentence.questionId)?.sentenceStart).toBe(draft.questions[0]!.sentenceStart);

    const ids = now.questions.map((x) => x.id);
    ok(await actions.moveQuestion({ quizId: draft.id, questionId: ids[1]!, direction: "up" }));
    ok(await actions.deleteQuestion({ quizId: draft.id, questionId: ids[2]! }));
    now = (await getQuizForEditor(draft.id, teacher.id))!;
    expect(now.questions.map((x) => x.id)).toEqual([ids[1], ids[0], ...ids.slice(3)]);
    expect(await database.db().question.count({ where: { id: ids[2] } })).toBe(0);
  });
});

describe("publishing", () => {
  it("asks first about questions that need a look, then publishes", async () => {
    const { draft, teacher } = await draftQuiz();
    const [unsure, checked] = draft.questions;
    // Only these two are unsure, whatever the generator thought of the others.
    await database.db().question.updateMany({ where: { quizId: draft.id }, data: { confidence: 1 } });
    await database.db().question.updateMany({ where: { id: { in: [unsure!.id, checked!.id] } }, data: { confidence: 0.2 } });
    ok(await actions.markQuestionChecked({ quizId: draft.id, questionId: checked!.id }));
    const first = ok(await actions.publishQuiz({ quizId: draft.id }));
    expect(first).toEqual({ published: false, needsALook: [{ id: unsure!.id, number: 1, prompt: unsure!.prompt }] });
    expect((await getQuizForEditor(draft.id, teacher.id))!.status).toBe("DRAFT");
    expect(ok(await actions.publishQuiz({ quizId: draft.id, confirmed: true }))).toMatchObject({ published: true });
    expect((await getQuizForEditor(draft.id, teacher.id))!.status).toBe("PUBLISHED");
  });
});

describe("versions", () => {
  it("edit a published quiz with attempts into a new version; old attempts keep their questions", async () => {
    const world = await makeAssignedQuiz({ students: 2 });
    const [ana, ben] = world.students;
    const first = await startOrResumeAttempt(world.assignment.id, ana!.id);
    if (!("attemptId" in first)) throw new Error(first.status);
    const q0 = world.questions[0]!;
    const key = choiceKeyOf(parseAnswerKey(q0.answerKey));
    expect(await recordResponse({ attemptId: first.attemptId, questionId: q0.id, answer: { kind: "choice", optionId: key } }, ana!.id)).toMatchObject({ status: "recorded" });
    await submitAttempt(first.attemptId, ana!.id);

    signInAs(world.teacher);
    const editor = (await getQuizForEditor(world.quiz.id, world.teacher.id))!;
    expect(editor).toMatchObject({ version: 1, attemptsOnVersion: 1 });
    const edit = draftFromQuestion(editor.questions[0]!);
    edit.prompt = "A changed question";
    const saved = ok(await actions.saveQuestion({ quizId: world.quiz.id, questionId: q0.id, draft: edit }));
    expect(saved.questionId).not.toBe(q0.id);
    ok(await actions.deleteQuestion({ quizId: world.quiz.id, questionId: world.questions[1]!.id }));

    const quiz = await database.db().quiz.findUniqueOrThrow({ where: { id: world.quiz.id } });
    expect(quiz.version).toBe(2);
    // Nothing Ana answered was changed or removed.
    expect(await database.db().question.findUniqueOrThrow({ where: { id: q0.id } })).toMatchObject({ prompt: q0.prompt, retiredInVersion: 2 });
    expect(await database.db().question.findUniqueOrThrow({ where: { id: world.questions[1]!.id } })).toMatchObject({ retiredInVersion: 2 });
    const anaResult = (await findAttemptForStudent(first.attemptId, ana!.id))!;
    expect(anaResult.quizVersion).toBe(1);
    expect(anaResult.quiz!.questions.find((q) => q.id === q0.id)?.prompt).toBe(q0.prompt);
    expect(anaResult.responses).toHaveLength(1);

    // Ben starts now: he takes version 2, with the edit and without the deleted question.
    const second = await startOrResumeAttempt(world.assignment.id, ben!.id);
    if (!("attemptId" in second)) throw new Error(second.status);
    const benAttempt = await database.db().attempt.findUniqueOrThrow({ where: { id: second.attemptId } });
    expect(benAttempt.quizVersion).toBe(2);
    const order = benAttempt.questionOrder as string[];
    expect(order).toContain(saved.questionId);
    expect(order).not.toContain(q0.id);
    expect(order).not.toContain(world.questions[1]!.id);
    expect(order).toHaveLength(world.questions.length - 1);

    // Version 2 now has an attempt: the next edit makes version 3 and leaves Ben's question alone.
    const again = ok(await actions.saveQuestion({ quizId: world.quiz.id, questionId: saved.questionId, draft: { ...edit, prompt: "Changed twice" } }));
    expect(again.questionId).not.toBe(saved.questionId);
    expect((await database.db().quiz.findUniqueOrThrow({ where: { id: world.quiz.id } })).version).toBe(3);
    expect((await database.db().question.findUniqueOrThrow({ where: { id: saved.questionId } })).prompt).toBe("A changed question");
  });

  it("edit a draft or an unattempted version in place", async () => {
    const world = await makeAssignedQuiz({ students: 1 });
    signInAs(world.teacher);
    const editor = (await getQuizForEditor(world.quiz.id, world.teacher.id))!;
    const saved = ok(await actions.saveQuestion({ quizId: world.quiz.id, questionId: editor.questions[0]!.id, draft: { ...draftFromQuestion(editor.questions[0]!), prompt: "Fixed before anyone played" } }));
    expect(saved.questionId).toBe(editor.questions[0]!.id);
    expect((await database.db().quiz.findUniqueOrThrow({ where: { id: world.quiz.id } })).version).toBe(1);
  });

  it("a question written without a source sentence can be played and submitted", async () => {
    const world = await makeAssignedQuiz({ students: 1 });
    signInAs(world.teacher);
    const added = ok(await actions.addQuestion({ quizId: world.quiz.id, draft: { type: "TRUE_FALSE", prompt: "Water is wet.", answer: true }, sentenceStart: null }));
    const student = world.students[0]!;
    const started = await startOrResumeAttempt(world.assignment.id, student.id);
    if (!("attemptId" in started)) throw new Error(started.status);
    const row = await database.db().question.findUniqueOrThrow({ where: { id: added.questionId } });
    const answer = { kind: "choice" as const, optionId: choiceKeyOf(parseAnswerKey(row.answerKey)) };
    expect(await recordResponse({ attemptId: started.attemptId, questionId: row.id, answer }, student.id)).toMatchObject({ status: "recorded", correct: true, sentenceStart: null });
    expect(await submitAttempt(started.attemptId, student.id)).toMatchObject({ status: "submitted", score: 1 });
  });
});

describe("ownership", () => {
  it("another teacher's quiz and question read as not found", async () => {
    const { draft } = await draftQuiz(3);
    const other = await makeUser("TEACHER");
    signInAs(other);
    const q = draft.questions[0]!;
    const before = await database.db().question.findMany({ where: { quizId: draft.id }, orderBy: { id: "asc" } });
    for (const call of [
      actions.saveQuestion({ quizId: draft.id, questionId: q.id, draft: { ...draftFromQuestion(q), prompt: "Mine now" } }),
      actions.deleteQuestion({ quizId: draft.id, questionId: q.id }),
      actions.publishQuiz({ quizId: draft.id, confirmed: true }),
      actions.addQuestion({ quizId: draft.id, draft: { type: "TRUE_FALSE", prompt: "Mine?", answer: true }, sentenceStart: null }),
    ]) {
      expect(await call).toMatchObject({ ok: false, error: "That quiz was not found." });
    }
    expect(await database.db().question.findMany({ where: { quizId: draft.id }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
