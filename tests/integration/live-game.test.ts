/**
 * A live game played through the data layer and the runtime that serves it:
 * screens are fake event streams that record what they were sent. On
 * PostgreSQL, two runtimes with their own LISTEN connections serve one game.
 */
import { describe, expect, it } from "vitest";
import { setExtraTime } from "@/lib/classroom/mutations";
import { isUniqueViolation } from "@/lib/db/errors";
import { AnswerWriter } from "@/lib/live/answer-writer";
import { createMemoryBus } from "@/lib/live/bus";
import { findPlayerByToken } from "@/lib/live/data";
import type { LiveConnection } from "@/lib/live/hub";
import { ABANDONED_GAME_MS, createLiveGame, hashToken, joinLiveGame, recordLiveAnswers, settleLiveGames, type PendingAnswer } from "@/lib/live/mutations";
import { findAttemptForStudent } from "@/lib/attempt/data";
import { countPinMiss, pinTryAllowed } from "@/lib/live/pin-limits";
import { recordResponse, submitAttempt } from "@/lib/attempt/mutations";
import type { HostView, PlayerView } from "@/lib/live/views";
import { getStudentProgress } from "@/lib/progress/data";
import { getStudentReport } from "@/lib/results/class-data";
import { analysisSourceOf, getItemAnalysis } from "@/lib/results/item-data";
import { choiceKeyOf, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { makeAssignedQuiz, makeUser } from "./support/factories";
import { TEST_PROVIDER } from "./support/databases";
import { liveRuntimes } from "./support/live-runtimes";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("live-game");
const { newRuntime, stopRuntime } = liveRuntimes(() => database.url());


/** A screen: records every message; `until` waits for one that matches. */
function screen<T extends { kind: string }>(role: "host" | "player", playerId: string | null = null) {
  const frames: T[] = [];
  let consumed = 0;
  const waiters: { test: (m: T) => boolean; resolve: (m: T) => void }[] = [];
  const connection: LiveConnection = {
    role,
    playerId,
    send(text) {
      if (!text.startsWith("data: ")) return;
      const message = JSON.parse(text.slice(6)) as T;
      frames.push(message);
      for (const w of waiters.splice(0)) {
        if (w.test(message)) w.resolve(message);
        else waiters.push(w);
      }
    },
    close() {},
  };
  return {
    connection,
    frames,
    last: () => frames.at(-1)!,
    /**
     * The newest matching message that is either the latest one or arrived after the message the last `until`
     * returned; else the next one to match. (Only the latest counted before: a message that came in just after
     * the one awaited, such as a count behind a close, left the wait to time out, depending on timing alone.)
     */
    until(test: (m: T) => boolean, ms = 5000): Promise<T> {
      const seen = frames.slice(Math.min(consumed, frames.length - 1)).findLast(test);
      const taken = (m: T) => ((consumed = frames.lastIndexOf(m) + 1), m);
      if (seen) return Promise.resolve(taken(seen));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching message; last: ${JSON.stringify(frames.at(-1))}`)), ms);
        waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(taken(m))) });
      });
    },
  };
}

const keyOf = (q: { answerKey: unknown }) => choiceKeyOf(parseAnswerKey(q.answerKey));
const wrongOf = (q: { answerKey: unknown; options: unknown }) => (q.options as { id: string }[]).find((o) => o.id !== keyOf(q))!.id;

async function classGame(options: { guests?: boolean; seconds?: number } = {}) {
  const world = await makeAssignedQuiz({ students: 3, questions: 5 });
  const created = await createLiveGame({
    quizId: world.quiz.id,
    hostId: world.teacher.id,
    classroomId: world.classroom.id,
    allowGuests: options.guests ?? false,
    speedPoints: true,
    showLeaderboard: true,
    secondsPerQuestion: options.seconds ?? 30,
  });
  if (created.status !== "created") throw new Error(created.status);
  const players = [];
  for (const s of world.students) {
    const joined = await joinLiveGame(created.pin, { user: { id: s.id, role: "STUDENT", name: s.displayName } });
    if (joined.status !== "joined") throw new Error(joined.status);
    players.push((await findPlayerByToken(created.gameId, hashToken(joined.token)))!);
  }
  const questions = world.questions.filter((q) => q.type === "MULTIPLE_CHOICE" || q.type === "TRUE_FALSE");
  return { ...world, gameId: created.gameId, pin: created.pin, players, playable: questions };
}

describe("joining a live game", () => {
  it("admits the class's students, refuses another class's student and guests unless allowed, and keeps removed players out", async () => {
    const g = await classGame();
    const outsider = (await makeAssignedQuiz({ students: 1 })).students[0]!;
    expect(await joinLiveGame(g.pin, { user: { id: outsider.id, role: "STUDENT", name: "Out" } })).toEqual({ status: "not-found" });
    expect(await joinLiveGame(g.pin, { user: null, nickname: "Guesty" })).toEqual({ status: "guests-not-allowed" });
    expect(await joinLiveGame(g.pin, { user: { id: g.teacher.id, role: "TEACHER", name: "T" } })).toEqual({ status: "host-cannot-play" });
    expect(await joinLiveGame("000000", { user: null, nickname: "Guesty" })).toEqual({ status: "not-found" });

    const runtime = await newRuntime();
    const other = await makeUser("TEACHER");
    expect(await runtime.removePlayer(g.gameId, other.id, g.players[0]!.id)).toBe(false);
    expect(await runtime.removePlayer(g.gameId, g.teacher.id, g.players[0]!.id)).toBe(true);
    const s = g.students[0]!;
    expect(await joinLiveGame(g.pin, { user: { id: s.id, role: "STUDENT", name: s.displayName } })).toEqual({ status: "removed" });
  });

  it("copies a student's untimed accommodation to their player at join", async () => {
    const world = await makeAssignedQuiz({ students: 2, questions: 5 });
    await setExtraTime(world.teacher.id, world.classroom.id, world.students[0]!.id, 0, true);
    const created = await createLiveGame({ quizId: world.quiz.id, hostId: world.teacher.id, classroomId: world.classroom.id, allowGuests: false, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 20 });
    if (created.status !== "created") throw new Error(created.status);
    for (const s of world.students) await joinLiveGame(created.pin, { user: { id: s.id, role: "STUDENT", name: s.displayName } });
    const players = await database.db().livePlayer.findMany({ where: { gameId: created.gameId }, select: { studentId: true, untimed: true } });
    expect(players.find((p) => p.studentId === world.students[0]!.id)?.untimed).toBe(true);
    expect(players.find((p) => p.studentId === world.students[1]!.id)?.untimed).toBe(false);
  });

  it("takes guests by nickname when allowed: unique, and never profane", async () => {
    const g = await classGame({ guests: true });
    const first = await joinLiveGame(g.pin, { user: null, nickname: "Quick Fox" });
    expect(first.status).toBe("joined");
    expect(await joinLiveGame(g.pin, { user: null, nickname: "quick fox" })).toEqual({ status: "nickname-taken" });
    const player = await database.db().livePlayer.findFirstOrThrow({ where: { gameId: g.gameId, nickname: "quick fox" } });
    expect(player).toMatchObject({ studentId: null, name: "Quick Fox", attemptId: null });
  });
});

describe("a late joiner", () => {
  it("plays from the question that is open when they arrive", async () => {
    const g = await classGame({ guests: true });
    const runtime = await newRuntime();
    const hub = runtime.hub(g.gameId);
    await hub.ready();
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "start" });
    const joined = await joinLiveGame(g.pin, { user: null, nickname: "Late Comer" });
    if (joined.status !== "joined") throw new Error(joined.status);
    const late = (await hub.playerByToken(hashToken(joined.token)))!;
    const lateScreen = screen<PlayerView>("player", late.id);
    await hub.ready();
    hub.connect(lateScreen.connection, late);
    const view = await lateScreen.until((m) => m.kind === "player" && m.phase === "OPEN");
    expect(view).toMatchObject({ index: 0, name: "Late Comer", lockedOptionId: null });
    const q0 = g.playable[0]!;
    expect(await hub.answer(late, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "recorded" });
    const stored = await database.db().liveAnswer.findFirstOrThrow({ where: { playerId: late.id } });
    expect(stored).toMatchObject({ correct: true, accuracyPoints: 500 });
  });
});

describe("storing a batch of answers", () => {
  it("stores a batch while the round is open, and nothing of a batch that commits after the close", async () => {
    const g = await classGame();
    const [ann, bo, cy] = g.players as [(typeof g.players)[0], (typeof g.players)[0], (typeof g.players)[0]];
    const runtime = await newRuntime();
    await runtime.hub(g.gameId).ready();
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "start" });
    const round = await database.db().liveRound.findFirstOrThrow({ where: { gameId: g.gameId, index: 0 } });
    const q0 = g.playable[0]!;
    const answerBy = (p: typeof ann): PendingAnswer => ({
      roundId: round.id,
      playerId: p.id,
      attemptId: p.attemptId,
      questionId: q0.id,
      optionId: keyOf(q0),
      text: null,
      correct: true,
      questionPoints: q0.points,
      accuracy: 500,
      speed: 100,
      elapsedMs: 1000,
      at: new Date(),
    });
    expect(await recordLiveAnswers(round.id, [answerBy(ann), answerBy(bo)])).toEqual({ results: [{ status: "recorded" }, { status: "recorded" }], answered: 2 });
    // Ann's answer again, as another instance would send it: without the look, the unique key
    // refuses the whole batch; the writer then retries with the look and reports it as given.
    await expect(recordLiveAnswers(round.id, [answerBy(ann)], false)).rejects.toSatisfy(isUniqueViolation);
    expect(await new AnswerWriter(() => undefined).write(answerBy(ann))).toEqual({ status: "already-answered", optionId: keyOf(q0), text: null });
    expect(await database.db().liveRound.findUniqueOrThrow({ where: { id: round.id }, select: { answerCount: true } })).toEqual({ answerCount: 2 });
    expect(await runtime.hostCommand(g.gameId, g.teacher.id, { type: "skip" })).toMatchObject({ status: "ok" });
    // Cy's answer reaches the database after the close; Ann's repeat is still reported as given.
    expect(await recordLiveAnswers(round.id, [answerBy(cy), answerBy(ann)])).toEqual({
      results: [{ status: "closed" }, { status: "already-answered", optionId: keyOf(q0), text: null }],
      answered: 2,
    });
    expect(await database.db().liveAnswer.count({ where: { roundId: round.id } })).toBe(2);
    expect(await database.db().liveAnswer.count({ where: { playerId: cy.id } })).toBe(0);
    expect(await database.db().response.count({ where: { attemptId: cy.attemptId! } })).toBe(0);
    expect(await database.db().response.count({ where: { attemptId: ann.attemptId! } })).toBe(1);
  });
});

describe("a live game through the data layer", () => {
  it("plays questions by the server clock, scores on the server, survives a restart and lands in results and progress", async () => {
    const g = await classGame();
    const [ann, bo, cy] = g.players as [(typeof g.players)[0], (typeof g.players)[0], (typeof g.players)[0]];
    await setExtraTime(g.teacher.id, g.classroom.id, g.students[2]!.id, 50);
    const runtime = await newRuntime();
    const host = screen<HostView>("host");
    const annScreen = screen<PlayerView>("player", ann.id);
    const hub = runtime.hub(g.gameId);
    await hub.ready();
    hub.connect(host.connection);
    hub.connect(annScreen.connection, ann);
    expect(host.last()).toMatchObject({ phase: "LOBBY", roster: expect.arrayContaining([expect.objectContaining({ name: ann.name })]) });

    expect(await runtime.hostCommand(g.gameId, g.teacher.id, { type: "next" })).toMatchObject({ status: "refused" });
    expect(await runtime.hostCommand(g.gameId, (await makeUser("TEACHER")).id, { type: "start" })).toEqual({ status: "not-found" });
    expect(await runtime.hostCommand(g.gameId, g.teacher.id, { type: "start" })).toMatchObject({ status: "ok" });
    const open = await annScreen.until((m) => m.kind === "player" && m.phase === "OPEN");
    expect(JSON.stringify(open)).not.toMatch(/keyOptionId":"|source":"/);
    const q0 = g.playable[0]!;
    expect(open.question?.prompt).toBe(q0.prompt);

    // Ann right, Bo wrong; a second answer is not taken; Cy's accommodation gives Cy a longer window.
    expect(await hub.answer(ann, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "recorded" });
    expect(await hub.answer(bo, { index: 0, optionId: wrongOf(q0) })).toEqual({ status: "recorded" });
    expect(await hub.answer(ann, { index: 0, optionId: wrongOf(q0) })).toEqual({ status: "already-answered", optionId: keyOf(q0), text: null });
    expect(await hub.answer(bo, { index: 0, optionId: "not-an-option" })).toEqual({ status: "invalid-option" });
    const openedAt = hub.loaded!.snapshot.round!.openedAt;
    const cyRecord = (await findPlayerByToken(g.gameId, (await database.db().livePlayer.findUniqueOrThrow({ where: { id: cy.id } })).tokenHash!))!;
    expect(cyRecord.extraTimePercent).toBe(0); // joined before the accommodation was set: copied at join
    expect(await hub.answer({ ...cyRecord, extraTimePercent: 50 }, { index: 0, optionId: keyOf(q0) }, openedAt + 31_000)).toEqual({ status: "recorded" });
    const counted = await host.until((m) => (m as unknown as { kind: string }).kind === "count" || m.answered === 3);
    expect(counted).toBeTruthy();

    // All three answered: the question closes by itself, and the key arrives only now.
    const closed = await annScreen.until((m) => m.kind === "player" && m.phase === "CLOSED");
    expect(closed).toMatchObject({ keyOptionId: keyOf(q0), source: q0.explanation, result: { correct: true } });
    expect(closed.result!.points).toBeGreaterThan(500);
    const hostClosed = await host.until((m) => m.kind === "host" && m.phase === "CLOSED");
    expect(hostClosed.reveal?.distribution.reduce((n, d) => n + d.count, 0)).toBe(3);
    expect(await hub.answer(bo, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "not-open" });

    // Next: leaderboard, then question 2, where the clock refuses a late answer.
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "next" });
    const board = await host.until((m) => m.kind === "host" && m.phase === "LEADERBOARD");
    expect(board.standings[0]).toMatchObject({ rank: 1 });
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "next" });
    await annScreen.until((m) => m.kind === "player" && m.phase === "OPEN" && m.index === 1);
    const q1 = g.playable[1]!;
    const opened1 = hub.loaded!.snapshot.round!.openedAt;
    expect(await hub.answer(bo, { index: 1, optionId: keyOf(q1) }, opened1 + 30_001)).toEqual({ status: "time-up" });
    expect(await hub.answer(ann, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "wrong-question" });
    expect(await hub.answer(bo, { index: 1, optionId: keyOf(q1) })).toEqual({ status: "recorded" });
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "pause" });
    await annScreen.until((m) => m.kind === "player" && m.paused);
    expect(await hub.answer(ann, { index: 1, optionId: keyOf(q1) })).toEqual({ status: "paused" });
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "resume" });
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "add-time", seconds: 10 });
    const longer = await annScreen.until((m) => m.kind === "player" && !m.paused && m.deadline !== null && m.deadline >= opened1 + 40_000);
    expect(longer.phase).toBe("OPEN");

    // The server restarts: a new runtime resumes the game where it was, scores intact.
    const scoreBefore = (await annScreen.until((m) => m.kind === "player")).score;
    await stopRuntime(runtime);
    const restarted = await newRuntime();
    const again = screen<PlayerView>("player", ann.id);
    const hub2 = restarted.hub(g.gameId);
    await hub2.ready();
    hub2.connect(again.connection, ann);
    expect(again.last()).toMatchObject({ phase: "OPEN", index: 1, score: scoreBefore, lockedOptionId: null });
    expect(scoreBefore).toBeGreaterThan(500);
    expect(await hub2.answer(ann, { index: 1, optionId: keyOf(q1) })).toEqual({ status: "recorded" });
    expect(await hub2.answer(bo, { index: 1, optionId: keyOf(q1) })).toEqual({ status: "already-answered", optionId: keyOf(q1), text: null });

    // End early: attempts are submitted, so results, progress and mastery include the game.
    await restarted.hostCommand(g.gameId, g.teacher.id, { type: "end" });
    const podium = await again.until((m) => m.kind === "player" && m.phase === "ENDED");
    expect(podium.rank).toBe(1);
    const attempts = await database.db().attempt.findMany({ where: { liveGameId: g.gameId }, include: { responses: true }, orderBy: { studentId: "asc" } });
    expect(attempts).toHaveLength(3);
    for (const a of attempts) expect(a).toMatchObject({ kind: "LIVE", quizId: g.quiz.id, submittedAt: expect.any(Date) });
    const annAttempt = attempts.find((a) => a.studentId === g.students[0]!.id)!;
    expect(annAttempt.score).toBe(2);
    expect(annAttempt.responses.map((r) => r.correct)).toEqual([true, true]);
    const progress = await getStudentProgress(g.students[0]!.id);
    expect(progress.attempts.some((a) => a.kind === "LIVE")).toBe(true);
    expect(progress.gamePoints).toBe(podium.score);
    const mastery = await database.db().mastery.count({ where: { studentId: g.students[0]!.id } });
    expect(mastery).toBe(2);
    // The teacher's report on Ann lists the game apart from assignments, and its facts in her mastery.
    const report = (await getStudentReport(g.classroom.id, g.students[0]!.id, g.teacher.id))!;
    expect(report.liveGames).toEqual([expect.objectContaining({ attemptId: annAttempt.id, quizId: g.quiz.id, score: 2, finished: true })]);
    expect(report.mastery).toHaveLength(2);
    expect(report.quizzes.every((q) => q.counted?.id !== annAttempt.id)).toBe(true);
    const stored = await database.db().livePlayer.findUniqueOrThrow({ where: { id: bo.id } });
    expect(stored.accuracyPoints).toBe(500);
    expect(stored.score).toBe(stored.accuracyPoints + stored.speedPoints);
  });

  it("analyses a game's questions on the students' answers to the questions it played, for its host only", async () => {
    const g = await classGame();
    const [ann, bo, cy] = g.players as [(typeof g.players)[0], (typeof g.players)[0], (typeof g.players)[0]];
    const runtime = await newRuntime();
    const host = screen<HostView>("host");
    const hub = runtime.hub(g.gameId);
    await hub.ready();
    hub.connect(host.connection);
    const [q0, q1] = g.playable as [(typeof g.playable)[0], (typeof g.playable)[0]];
    // Question 1: Ann and Cy right, Bo wrong. Question 2: only Ann right. Then the host ends the game early.
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "start" });
    await host.until((m) => m.kind === "host" && m.phase === "OPEN" && m.index === 0);
    expect(await hub.answer(ann, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "recorded" });
    expect(await hub.answer(bo, { index: 0, optionId: wrongOf(q0) })).toEqual({ status: "recorded" });
    expect(await hub.answer(cy, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "recorded" });
    await host.until((m) => m.kind === "host" && m.phase === "CLOSED");
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "next" });
    await host.until((m) => m.kind === "host" && m.phase === "LEADERBOARD");
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "next" });
    await host.until((m) => m.kind === "host" && m.phase === "OPEN" && m.index === 1);
    expect(await hub.answer(ann, { index: 1, optionId: keyOf(q1) })).toEqual({ status: "recorded" });
    expect(await hub.answer(bo, { index: 1, optionId: wrongOf(q1) })).toEqual({ status: "recorded" });
    expect(await hub.answer(cy, { index: 1, optionId: wrongOf(q1) })).toEqual({ status: "recorded" });
    await host.until((m) => m.kind === "host" && m.phase === "CLOSED" && m.index === 1);
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "end" });
    await host.until((m) => m.kind === "host" && m.phase === "ENDED");

    // The assignments' analysis is untouched by the game, and offers it.
    const assigned = (await getItemAnalysis(g.quiz.id, g.teacher.id))!;
    expect(assigned.students).toBe(0);
    expect(assigned.liveGames).toEqual([expect.objectContaining({ id: g.gameId, students: 3, className: g.classroom.name })]);

    const live = (await getItemAnalysis(g.quiz.id, g.teacher.id, analysisSourceOf(g.gameId)))!;
    expect(live.source).toEqual({ kind: "live", gameId: g.gameId });
    expect(live.students).toBe(3);
    expect(live.questionCount).toBe(g.questions.length);
    // Only the two questions the game played, not the ones it never reached (which would read as all wrong).
    expect(live.items.map((i) => i.question.id)).toEqual([q0.id, q1.id]);
    expect(live.items.map((i) => [i.stats.students, i.stats.correct])).toEqual([
      [3, 2],
      [3, 1],
    ]);
    expect(live.items[0]!.stats.optionCounts.find((o) => o.optionId === wrongOf(q0))!.count).toBe(1);
    // Scores as a share of the questions played: Ann 2 of 2, Cy 1 of 2, Bo none.
    expect(Object.fromEntries(live.distribution.filter((b) => b.count > 0).map((b) => [b.label, b.count]))).toEqual({ "0–9%": 1, "50–59%": 1, "90–100%": 1 });

    // Another teacher, with a quiz of their own, cannot read the game: not through their quiz, not through this one.
    const other = await makeAssignedQuiz({ students: 1, questions: 2 });
    expect(await getItemAnalysis(other.quiz.id, other.teacher.id, analysisSourceOf(g.gameId))).toBeNull();
    expect(await getItemAnalysis(g.quiz.id, other.teacher.id, analysisSourceOf(g.gameId))).toBeNull();
    // A game id the quiz never had reads as not found; a malformed or repeated one reads the assignments.
    expect(await getItemAnalysis(g.quiz.id, g.teacher.id, analysisSourceOf(other.quiz.id))).toBeNull();
    // A game of the quiz that has not ended yet has no analysis.
    const running = await createLiveGame({ quizId: g.quiz.id, hostId: g.teacher.id, classroomId: g.classroom.id, allowGuests: false, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 30 });
    if (running.status !== "created") throw new Error(running.status);
    expect(await getItemAnalysis(g.quiz.id, g.teacher.id, analysisSourceOf(running.gameId))).toBeNull();
    expect(analysisSourceOf(["a", "b"])).toEqual({ kind: "assignments" });
    expect(analysisSourceOf("x' OR 1=1")).toEqual({ kind: "assignments" });
  });

  // On PostgreSQL each runtime has its own LISTEN connection, as two servers would; on SQLite
  // (one server only) they share the in-process bus. Either way nothing passes between them but events.
  it("lets the host remove a player mid-question: the question waits only for the players still in", async () => {
    const g = await classGame();
    const [ann, bo, cy] = g.players as [(typeof g.players)[0], (typeof g.players)[0], (typeof g.players)[0]];
    const runtime = await newRuntime();
    const host = screen<HostView>("host");
    const cyScreen = screen<PlayerView>("player", cy.id);
    const hub = runtime.hub(g.gameId);
    await hub.ready();
    hub.connect(host.connection);
    hub.connect(cyScreen.connection, cy);
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "start" });
    const open = await host.until((m) => m.kind === "host" && m.phase === "OPEN");
    expect(open.roster.map((p) => p.name).sort()).toEqual([ann.name, bo.name, cy.name].sort());
    const q0 = g.playable[0]!;

    // Ann answers and is then removed; her stored answer must not stand in for Cy's.
    expect(await hub.answer(ann, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "recorded" });
    expect(await runtime.removePlayer(g.gameId, g.teacher.id, ann.id)).toBe(true);
    // The round's counter and the host's count leave her answer out (the host must never read "3 / 2 answered").
    expect(await database.db().liveRound.findFirst({ where: { gameId: g.gameId, index: 0 }, select: { answerCount: true } })).toEqual({ answerCount: 0 });
    expect(hub.hostView().answered).toBe(0);
    expect(await hub.answer(bo, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "recorded" });
    await hub.tryClose();
    expect(await database.db().liveRound.findFirst({ where: { gameId: g.gameId, index: 0 }, select: { closedAt: true } })).toEqual({ closedAt: null });
    expect(await hub.answer(ann, { index: 0, optionId: wrongOf(q0) })).toEqual({ status: "removed" });

    // Cy, the one still to answer, is removed: everyone left has answered, so the question closes at once.
    expect(await runtime.removePlayer(g.gameId, g.teacher.id, cy.id)).toBe(true);
    await cyScreen.until((m) => (m as unknown as { kind: string }).kind === "removed");
    const closed = await host.until((m) => m.kind === "host" && m.phase === "CLOSED");
    expect(closed.roster.map((p) => p.name)).toEqual([bo.name]);
    expect(closed.playerCount).toBe(1);
  });

  it(`runs one game on two runtimes, events crossing ${TEST_PROVIDER === "postgresql" ? "by LISTEN/NOTIFY" : "the in-process bus"}`, async () => {
    const g = await classGame();
    const [ann, bo] = g.players as [(typeof g.players)[0], (typeof g.players)[0]];
    const shared = TEST_PROVIDER === "postgresql" ? undefined : createMemoryBus();
    const a = await newRuntime(shared);
    const b = await newRuntime(shared);
    const host = screen<HostView>("host");
    const annScreen = screen<PlayerView>("player", ann.id);
    const hubA = a.hub(g.gameId);
    const hubB = b.hub(g.gameId);
    await Promise.all([hubA.ready(), hubB.ready()]);
    hubA.connect(host.connection);
    hubB.connect(annScreen.connection, ann);
    // The host's command on instance A reaches a player on instance B.
    await a.hostCommand(g.gameId, g.teacher.id, { type: "start" });
    await annScreen.until((m) => m.kind === "player" && m.phase === "OPEN");
    await host.until((m) => m.kind === "host" && m.phase === "OPEN");
    // Answers taken on B are counted on the host's screen on A (by a count message, or by a
    // view A reloaded meanwhile: either one must say 1).
    const q0 = g.playable[0]!;
    expect(await hubB.answer(ann, { index: 0, optionId: keyOf(q0) })).toEqual({ status: "recorded" });
    const count = await host.until((m) => ["count", "host"].includes((m as unknown as { kind: string }).kind) && m.answered > 0);
    expect(count.answered).toBe(1);
    // The same player answering again on A is refused: the database holds the lock.
    expect(await hubA.answer(ann, { index: 0, optionId: wrongOf(q0) })).toMatchObject({ status: "already-answered" });
    expect(await hubA.answer(bo, { index: 0, optionId: wrongOf(q0) })).toEqual({ status: "recorded" });
    await a.hostCommand(g.gameId, g.teacher.id, { type: "skip" });
    const closed = await annScreen.until((m) => m.kind === "player" && m.phase === "CLOSED");
    expect(closed).toMatchObject({ keyOptionId: keyOf(q0), result: { correct: true } });
    const hostClosed = await host.until((m) => m.kind === "host" && m.phase === "CLOSED");
    expect(hostClosed.reveal?.distribution.reduce((n, d) => n + d.count, 0)).toBe(2);
  });
});

describe("what a game plays and how it is settled", () => {
  it("plays the quiz as it is now: neither an edited question's old row nor a dropped question", async () => {
    const world = await makeAssignedQuiz({ students: 1, questions: 5 });
    const choice = world.questions.filter((q) => q.type === "MULTIPLE_CHOICE" || q.type === "TRUE_FALSE");
    expect(choice.length).toBeGreaterThanOrEqual(3);
    const [retired, dropped] = choice as [(typeof choice)[0], (typeof choice)[0]];
    await database.db().question.update({ where: { id: retired.id }, data: { retiredInVersion: 2 } });
    await database.db().question.update({ where: { id: dropped.id }, data: { droppedAt: new Date() } });
    const created = await createLiveGame({ quizId: world.quiz.id, hostId: world.teacher.id, classroomId: world.classroom.id, allowGuests: false, speedPoints: true, showLeaderboard: true, secondsPerQuestion: 30 });
    if (created.status !== "created") throw new Error(created.status);
    const game = await database.db().liveGame.findUniqueOrThrow({ where: { id: created.gameId }, select: { questionIds: true } });
    expect(game.questionIds).toEqual(choice.slice(2).map((q) => q.id));
  });

  it("keeps a student's live attempt out of the self-paced player until the game ends", async () => {
    const g = await classGame();
    const student = g.students[0]!;
    const attemptId = g.players[0]!.attemptId!;
    expect(await findAttemptForStudent(attemptId, student.id)).toBeNull();
    const q0 = g.playable[0]!;
    const answered = await recordResponse({ attemptId, questionId: q0.id, answer: { kind: "choice", optionId: keyOf(q0) } }, student.id);
    expect(answered).toEqual({ status: "not-found" });
    expect(await submitAttempt(attemptId, student.id)).toEqual({ status: "not-found" });
    expect(await database.db().response.count({ where: { attemptId } })).toBe(0);
  });

  it("ends a game its host left running, and hands in its students' attempts", async () => {
    const g = await classGame();
    const runtime = await newRuntime();
    await runtime.hostCommand(g.gameId, g.teacher.id, { type: "start" });
    const soon = new Date(Date.now() + 60_000);
    expect(await settleLiveGames(soon)).toBe(0);
    expect((await database.db().liveGame.findUniqueOrThrow({ where: { id: g.gameId } })).state).toBe("OPEN");
    const later = new Date(Date.now() + ABANDONED_GAME_MS + 60_000);
    await settleLiveGames(later, { quizId: g.quiz.id });
    expect((await database.db().liveGame.findUniqueOrThrow({ where: { id: g.gameId } })).state).toBe("ENDED");
    const open = await database.db().attempt.count({ where: { liveGameId: g.gameId, submittedAt: null } });
    expect(open).toBe(0);
    // An ended game whose finish failed half-way is finished on the next settle.
    await database.db().attempt.updateMany({ where: { liveGameId: g.gameId }, data: { submittedAt: null, score: null } });
    expect(await settleLiveGames(new Date(), { quizId: g.quiz.id })).toBe(1);
    expect(await database.db().attempt.count({ where: { liveGameId: g.gameId, submittedAt: null } })).toBe(0);
  });
});

describe("guessing PINs", () => {
  it("is held back per address after 30 wrong PINs, while another address (a room's right PINs) is not", async () => {
    const now = new Date();
    for (let i = 0; i < 29; i++) await countPinMiss("203.0.113.7", now);
    expect(await pinTryAllowed("203.0.113.7", now)).toEqual({ allowed: true });
    await countPinMiss("203.0.113.7", now);
    expect(await pinTryAllowed("203.0.113.7", now)).toMatchObject({ allowed: false });
    expect(await pinTryAllowed("198.51.100.2", now)).toEqual({ allowed: true });
    // Ten quiet minutes later the guesser may try again.
    expect(await pinTryAllowed("203.0.113.7", new Date(now.getTime() + 11 * 60_000))).toEqual({ allowed: true });
  });
});
