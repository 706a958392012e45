/**
 * Typed answers (fill in the blank) in a live game, through the runtime that
 * serves it and the answer route's handler: what the screens receive while the
 * question is open, grading by self-paced play's rules, one answer per player
 * (across instances too), what is stored, and a regrade after the game.
 */
import { afterEach, describe, expect, it } from "vitest";
import { answerLiveQuestion } from "@/lib/live/answer-request";
import { findPlayerByToken, getLiveSetupForTeacher } from "@/lib/live/data";
import { playerCookieName } from "@/lib/live/http";
import { LiveRuntime, type LiveConnection } from "@/lib/live/hub";
import { createLiveGame, hashToken, joinLiveGame } from "@/lib/live/mutations";
import type { HostView, PlayerView } from "@/lib/live/views";
import { parseAnswerKey } from "@/lib/quiz/grade-answer";
import { applyRegrade } from "@/lib/results/regrade-mutations";
import { makeAssignedQuiz } from "./support/factories";
import { liveRuntimes } from "./support/live-runtimes";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("live-typed");
const { newRuntime } = liveRuntimes(() => database.url());
// answerLiveQuestion serves answers from this process's runtime: the test's own, so screens see them.
const processRuntime = globalThis as typeof globalThis & { __factboundLive?: LiveRuntime };
afterEach(() => {
  delete processRuntime.__factboundLive;
});


/** A screen that keeps every frame it was sent, raw, as the browser would receive it. */
function screen(role: "host" | "player", playerId: string | null = null) {
  const raw: string[] = [];
  const connection: LiveConnection = { role, playerId, send: (text) => void raw.push(text), close() {} };
  const views = () => raw.filter((t) => t.startsWith("data: ")).map((t) => JSON.parse(t.slice(6)) as { kind: string });
  return {
    connection,
    raw,
    async until<T>(test: (m: T) => boolean, ms = 5000): Promise<T> {
      const end = Date.now() + ms;
      for (;;) {
        const found = (views() as T[]).findLast(test);
        if (found) return found;
        if (Date.now() > end) throw new Error(`no matching frame; last: ${raw.at(-1)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

async function typedGame() {
  const world = await makeAssignedQuiz({ students: 3, types: ["FILL_BLANK", "MULTIPLE_CHOICE", "ORDERING"], eachTypeOnce: true });
  const created = await createLiveGame({ quizId: world.quiz.id, hostId: world.teacher.id, classroomId: world.classroom.id, allowGuests: false, speedPoints: true, showLeaderboard: false, secondsPerQuestion: 30 });
  if (created.status !== "created") throw new Error(created.status);
  const players = [];
  const cookies: string[] = [];
  for (const s of world.students) {
    const joined = await joinLiveGame(created.pin, { user: { id: s.id, role: "STUDENT", name: s.displayName } });
    if (joined.status !== "joined") throw new Error(joined.status);
    players.push((await findPlayerByToken(created.gameId, hashToken(joined.token)))!);
    cookies.push(`${playerCookieName(created.gameId)}=${joined.token}`);
  }
  const typed = world.questions.find((q) => q.type === "FILL_BLANK")!;
  const key = parseAnswerKey(typed.answerKey);
  if (key.kind !== "text") throw new Error("expected a typed key");
  return { ...world, gameId: created.gameId, players, cookies, typed, accepted: key.accepted };
}

describe("a typed question in a live game", () => {
  it("counts typed questions among those played live", async () => {
    const g = await typedGame();
    const setup = await getLiveSetupForTeacher(g.quiz.id, g.teacher.id);
    expect(setup?.quiz).toMatchObject({ playable: 2, total: g.questions.length });
    const game = await database.db().liveGame.findUniqueOrThrow({ where: { id: g.gameId } });
    expect(game.questionIds).toHaveLength(2);
  });

  it("keeps the key off every screen while open, grades on the server, takes one answer each, reveals, stores and regrades", async () => {
    const g = await typedGame();
    const [ann, bo, cy] = g.players as [(typeof g.players)[0], (typeof g.players)[0], (typeof g.players)[0]];
    const runtime = await newRuntime();
    processRuntime.__factboundLive = runtime;
    const hub = runtime.hub(g.gameId);
    await hub.ready();
    const host = screen("host");
    const annScreen = screen("player", ann.id);
    const boScreen = screen("player", bo.id);
    hub.connect(host.connection);
    hub.connect(annScreen.connection, ann);
    hub.connect(boScreen.connection, bo);

    expect(await runtime.hostCommand(g.gameId, g.teacher.id, { type: "start" })).toMatchObject({ status: "ok" });
    const open = await annScreen.until<PlayerView>((m) => m.kind === "player" && m.phase === "OPEN");
    expect(open.question).toEqual({ prompt: g.typed.prompt, kind: "text", options: [] });
    await host.until<HostView>((m) => m.kind === "host" && m.phase === "OPEN");
    const annBeforeAnswering = [...annScreen.raw];

    // Through the answer route's own handler: right (other case and spacing), wrong, empty, too long, the other kind.
    const mainAnswer = g.accepted[0]!;
    const post = (cookie: string, body: unknown) => answerLiveQuestion(g.gameId, cookie, body, performance.now());
    const typedRight = `  ${mainAnswer.toUpperCase()} `;
    expect(await post(g.cookies[0]!, { index: 0, text: typedRight })).toMatchObject({ status: 200, body: { status: "locked", text: mainAnswer.toUpperCase() } });
    expect(await post(g.cookies[1]!, { index: 0, text: "   " })).toMatchObject({ status: 400, body: { error: expect.stringMatching(/Type an answer first/) } });
    expect(await post(g.cookies[1]!, { index: 0, text: "y".repeat(201) })).toMatchObject({ status: 400, body: { error: expect.stringMatching(/under 200 characters/) } });
    expect(await post(g.cookies[1]!, { index: 0, optionId: "o1" })).toMatchObject({ status: 409, body: { status: "wrong-kind" } });
    expect(await post(g.cookies[1]!, { index: 0, text: "Atlantis" })).toMatchObject({ status: 200, body: { status: "locked", text: "Atlantis" } });
    // A second answer (or a replay) is refused by returning the first.
    expect(await post(g.cookies[0]!, { index: 0, text: "Atlantis" })).toMatchObject({ status: 200, body: { status: "locked", text: mainAnswer.toUpperCase() } });
    // Another instance, which has not seen Bo's answer in memory, finds it stored.
    const other = await newRuntime();
    expect(await other.hub(g.gameId).answer(bo, { index: 0, text: mainAnswer })).toEqual({ status: "already-answered", optionId: "", text: "Atlantis" });

    // A reload of Ann's device shows what she locked in.
    const annAgain = screen("player", ann.id);
    hub.connect(annAgain.connection, ann);
    expect(await annAgain.until<PlayerView>((m) => m.kind === "player" && m.phase === "OPEN")).toMatchObject({ lockedText: mainAnswer.toUpperCase(), lockedOptionId: null });
    await host.until<{ kind: string; answered?: number }>((m) => (m.kind === "count" || m.kind === "host") && m.answered === 2);

    // Everything the screens received while the question was open: no accepted answer (but Ann's own
    // words, once she typed them), no source.
    const whileOpen = [...host.raw, ...boScreen.raw, ...annBeforeAnswering].join("\n").toLowerCase();
    for (const accepted of g.accepted) expect(whileOpen).not.toContain(accepted.toLowerCase());
    const everything = [...host.raw, ...annScreen.raw, ...boScreen.raw, ...annAgain.raw].join("\n");
    expect(everything).not.toContain("accepted");
    expect(everything).not.toContain("answerText\":\"");
    expect(everything).not.toContain(g.typed.explanation);

    // Cy never answers; the host closes the question.
    expect(await runtime.hostCommand(g.gameId, g.teacher.id, { type: "skip" })).toMatchObject({ status: "ok" });
    const reveal = (await host.until<HostView>((m) => m.kind === "host" && m.phase === "CLOSED")).reveal!;
    expect(reveal).toMatchObject({ keyOptionId: "", answerText: mainAnswer, source: g.typed.explanation, distribution: [], tally: { right: 1, wrong: 1, unanswered: 1 } });
    const annResult = await annScreen.until<PlayerView>((m) => m.kind === "player" && m.phase === "CLOSED");
    expect(annResult).toMatchObject({ answerText: mainAnswer, result: { text: mainAnswer.toUpperCase(), correct: true } });
    expect(annResult.result!.points).toBeGreaterThan(500);
    const boResult = await boScreen.until<PlayerView>((m) => m.kind === "player" && m.phase === "CLOSED");
    expect(boResult).toMatchObject({ answerText: mainAnswer, result: { text: "Atlantis", correct: false, points: 0 } });

    // Stored like a choice answer, with the words: the live answer and the student's response.
    const stored = await database.db().liveAnswer.findMany({ where: { round: { gameId: g.gameId } }, orderBy: { correct: "desc" } });
    expect(stored.map((a) => [a.playerId, a.optionId, a.text, a.correct])).toEqual([
      [ann.id, "", mainAnswer.toUpperCase(), true],
      [bo.id, "", "Atlantis", false],
    ]);
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "end" });
    const responses = await database.db().response.findMany({ where: { questionId: g.typed.id, attempt: { liveGameId: g.gameId } }, include: { attempt: true } });
    expect(responses).toHaveLength(2);
    const boResponse = responses.find((r) => r.attempt.studentId === g.students[1]!.id)!;
    expect(boResponse).toMatchObject({ answer: { kind: "text", value: "Atlantis" }, correct: false, points: 0 });
    expect(responses.find((r) => r.attempt.studentId === g.students[0]!.id)).toMatchObject({ correct: true, points: g.typed.points });
    const cyAttempt = await database.db().attempt.findFirstOrThrow({ where: { liveGameId: g.gameId, studentId: cy.studentId! } });
    expect(cyAttempt.submittedAt).not.toBeNull();

    // The teacher accepts Bo's answer after the game: Bo's live response and attempt score follow.
    const before = boResponse.attempt.score ?? 0;
    expect(await applyRegrade(g.teacher.id, g.quiz.id, g.typed.id, { kind: "ACCEPT_ANSWER", value: "atlantis" }, "Also right")).toMatchObject({ status: "applied" });
    const regraded = await database.db().response.findUniqueOrThrow({ where: { id: boResponse.id }, include: { attempt: true } });
    expect(regraded).toMatchObject({ correct: true, points: g.typed.points });
    expect(regraded.attempt.score).toBe(before + g.typed.points);
  });
});
