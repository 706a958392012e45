import { describe, expect, it } from "vitest";
import {
  applyCommand,
  autoCloseAt,
  checkAnswerWindow,
  elapsedMs,
  NO_ACCOMMODATION,
  playerDeadline,
  type GameSnapshot,
  type HostCommand,
} from "@/lib/live/game-machine";
import { countDistribution, rankPlayers, scoreLiveAnswer } from "@/lib/live/scoring";
import { buildHostView, buildPlayerView, type LiveQuestion } from "@/lib/live/views";

const T0 = 1_800_000_000_000;
const lobby = (over: Partial<GameSnapshot> = {}): GameSnapshot => ({
  phase: "LOBBY",
  index: -1,
  questionCount: 3,
  showLeaderboard: true,
  secondsPerQuestion: 20,
  round: null,
  ...over,
});

function run(game: GameSnapshot, steps: [HostCommand, number][]): GameSnapshot {
  let g = game;
  for (const [command, at] of steps) {
    const t = applyCommand(g, command, at);
    if (!t.ok) throw new Error(`${command.type} refused: ${t.reason}`);
    g = t.game;
  }
  return g;
}

describe("the live game state machine", () => {
  it("plays lobby -> question -> closed -> leaderboard -> ... -> podium", () => {
    let g = run(lobby(), [[{ type: "start" }, T0]]);
    expect(g).toMatchObject({ phase: "OPEN", index: 0, round: { index: 0, openedAt: T0, durationMs: 20_000, closedAt: null } });
    g = run(g, [[{ type: "skip" }, T0 + 5000]]);
    expect(g).toMatchObject({ phase: "CLOSED", round: { closedAt: T0 + 5000 } });
    g = run(g, [[{ type: "next" }, T0 + 6000]]);
    expect(g.phase).toBe("LEADERBOARD");
    g = run(g, [[{ type: "next" }, T0 + 7000]]);
    expect(g).toMatchObject({ phase: "OPEN", index: 1, round: { openedAt: T0 + 7000 } });
    g = run(g, [
      [{ type: "skip" }, T0 + 8000],
      [{ type: "next" }, T0 + 9000],
      [{ type: "next" }, T0 + 10_000],
      [{ type: "skip" }, T0 + 11_000],
    ]);
    expect(g).toMatchObject({ phase: "CLOSED", index: 2 });
    // After the last question: straight to the podium, no leaderboard in between.
    g = run(g, [[{ type: "next" }, T0 + 12_000]]);
    expect(g.phase).toBe("ENDED");
  });

  it("skips the leaderboard when the host turned it off", () => {
    const g = run(lobby({ showLeaderboard: false }), [
      [{ type: "start" }, T0],
      [{ type: "skip" }, T0 + 1],
      [{ type: "next" }, T0 + 2],
    ]);
    expect(g).toMatchObject({ phase: "OPEN", index: 1 });
  });

  it("refuses commands that make no sense in the phase", () => {
    expect(applyCommand(lobby(), { type: "next" }, T0).ok).toBe(false);
    expect(applyCommand(lobby({ questionCount: 0 }), { type: "start" }, T0).ok).toBe(false);
    const open = run(lobby(), [[{ type: "start" }, T0]]);
    expect(applyCommand(open, { type: "start" }, T0).ok).toBe(false);
    expect(applyCommand(open, { type: "next" }, T0).ok).toBe(false);
    expect(applyCommand(open, { type: "resume" }, T0).ok).toBe(false);
    expect(applyCommand(open, { type: "add-time", seconds: 0 }, T0).ok).toBe(false);
    expect(applyCommand(open, { type: "add-time", seconds: 500 }, T0).ok).toBe(false);
    const ended = run(open, [[{ type: "end" }, T0 + 1]]);
    expect(ended).toMatchObject({ phase: "ENDED", round: { closedAt: T0 + 1 } });
    expect(applyCommand(ended, { type: "end" }, T0 + 2).ok).toBe(false);
  });

  it("stops the clock while paused and adds time on request", () => {
    const open = run(lobby(), [[{ type: "start" }, T0]]);
    expect(playerDeadline(open.round!, NO_ACCOMMODATION, T0)).toBe(T0 + 20_000);
    const paused = run(open, [[{ type: "pause" }, T0 + 5000]]);
    // While paused, the deadline moves with the clock and no answer is taken.
    expect(playerDeadline(paused.round!, NO_ACCOMMODATION, T0 + 9000)).toBe(T0 + 24_000);
    expect(checkAnswerWindow(paused, 0, NO_ACCOMMODATION, T0 + 9000)).toEqual({ ok: false, reason: "paused" });
    expect(elapsedMs(paused.round!, T0 + 9000)).toBe(5000);
    const resumed = run(paused, [[{ type: "resume" }, T0 + 10_000]]);
    expect(playerDeadline(resumed.round!, NO_ACCOMMODATION, T0 + 10_000)).toBe(T0 + 25_000);
    const more = run(resumed, [[{ type: "add-time", seconds: 10 }, T0 + 11_000]]);
    expect(playerDeadline(more.round!, NO_ACCOMMODATION, T0 + 11_000)).toBe(T0 + 35_000);
  });

  it("takes answers by the server clock, strictly, for the open question only", () => {
    const open = run(lobby(), [[{ type: "start" }, T0]]);
    expect(checkAnswerWindow(open, 0, NO_ACCOMMODATION, T0 + 20_000)).toEqual({ ok: true });
    expect(checkAnswerWindow(open, 0, NO_ACCOMMODATION, T0 + 20_001)).toEqual({ ok: false, reason: "time-up" });
    expect(checkAnswerWindow(open, 1, NO_ACCOMMODATION, T0 + 1)).toEqual({ ok: false, reason: "wrong-question" });
    const closed = run(open, [[{ type: "skip" }, T0 + 2]]);
    expect(checkAnswerWindow(closed, 0, NO_ACCOMMODATION, T0 + 3)).toEqual({ ok: false, reason: "not-open" });
  });

  it("gives a student with extra time a longer window and an untimed student no deadline", () => {
    const open = run(lobby(), [[{ type: "start" }, T0]]);
    const half = { extraTimePercent: 50, untimed: false };
    const untimed = { extraTimePercent: 0, untimed: true };
    expect(checkAnswerWindow(open, 0, half, T0 + 29_000)).toEqual({ ok: true });
    expect(checkAnswerWindow(open, 0, half, T0 + 30_001)).toEqual({ ok: false, reason: "time-up" });
    expect(checkAnswerWindow(open, 0, untimed, T0 + 10 ** 7)).toEqual({ ok: true });
    // The server waits for the last one still answering, and for nobody once all answered.
    expect(autoCloseAt(open, [NO_ACCOMMODATION], T0)).toBe(T0 + 20_000);
    expect(autoCloseAt(open, [NO_ACCOMMODATION, half], T0)).toBe(T0 + 30_000);
    expect(autoCloseAt(open, [untimed], T0)).toBeNull();
    expect(autoCloseAt(open, [], T0 + 3000)).toBe(T0 + 3000);
  });
});

describe("live scoring", () => {
  it("keeps accuracy and speed apart, and rewards speed only when the host turned it on", () => {
    expect(scoreLiveAnswer({ correct: true, elapsedMs: 0, windowMs: 20_000, speedPoints: true })).toEqual({ accuracy: 500, speed: 500 });
    expect(scoreLiveAnswer({ correct: true, elapsedMs: 5000, windowMs: 20_000, speedPoints: true })).toEqual({ accuracy: 500, speed: 375 });
    expect(scoreLiveAnswer({ correct: true, elapsedMs: 25_000, windowMs: 20_000, speedPoints: true })).toEqual({ accuracy: 500, speed: 0 });
    expect(scoreLiveAnswer({ correct: true, elapsedMs: 5000, windowMs: 20_000, speedPoints: false })).toEqual({ accuracy: 500, speed: 0 });
    expect(scoreLiveAnswer({ correct: false, elapsedMs: 0, windowMs: 20_000, speedPoints: true })).toEqual({ accuracy: 0, speed: 0 });
  });

  it("measures extra time against the longer window and gives untimed students full speed points", () => {
    // 15 s of a 30 s window (50% extra on 20 s) is half the window: 250, as 10 s of 20 s would be.
    expect(scoreLiveAnswer({ correct: true, elapsedMs: 15_000, windowMs: 30_000, speedPoints: true }).speed).toBe(250);
    expect(scoreLiveAnswer({ correct: true, elapsedMs: 90_000, windowMs: null, speedPoints: true }).speed).toBe(500);
  });

  it("ranks by score, equal scores sharing a rank", () => {
    const ranked = rankPlayers([
      { name: "Cy", score: 500 },
      { name: "Ann", score: 900 },
      { name: "Bo", score: 500 },
      { name: "Di", score: 0 },
    ]);
    expect(ranked.map((r) => [r.player.name, r.rank])).toEqual([
      ["Ann", 1],
      ["Bo", 2],
      ["Cy", 2],
      ["Di", 4],
    ]);
  });

  it("counts answers per option, including options nobody chose", () => {
    expect(countDistribution(["a", "b", "c"], ["b", "b", "a", "zzz"])).toEqual([
      { optionId: "a", count: 1 },
      { optionId: "b", count: 2 },
      { optionId: "c", count: 0 },
    ]);
  });
});

describe("what the screens receive", () => {
  const question: LiveQuestion = {
    id: "q1",
    prompt: "Which city?",
    kind: "choice",
    options: [
      { id: "o1", text: "Moscow" },
      { id: "o2", text: "Tokyo" },
    ],
    keyOptionId: "o2",
    accepted: [],
    source: "The declaration was signed in Moscow.",
    points: 1,
  };
  const base = { version: 3, question, answered: 1, playerCount: 2, distribution: [], tally: { right: 0, wrong: 1, unanswered: 1 }, standings: [], roster: [] };
  const player = { version: 3, question, name: "Ann", lockedOptionId: "o1", lockedText: null, result: { optionId: "o1", text: null, correct: false, points: 0 }, score: 0, rank: 2, playerCount: 2 };

  it("sends neither the key nor the source to anyone while the question is open", () => {
    const open = run(lobby(), [[{ type: "start" }, T0]]);
    const host = buildHostView({ ...base, game: open }, T0 + 1);
    const view = buildPlayerView({ ...player, game: open, accommodation: NO_ACCOMMODATION }, T0 + 1);
    for (const sent of [JSON.stringify(host), JSON.stringify(view)]) {
      expect(sent).not.toMatch(/keyOptionId":"|"reveal":\{/);
      expect(sent).not.toContain(question.source);
    }
    expect(view).toMatchObject({ question: { prompt: "Which city?" }, deadline: T0 + 20_000, result: null, lockedOptionId: "o1" });
  });

  it("reveals the key, the source and the player's own result after close", () => {
    const closed = run(lobby(), [
      [{ type: "start" }, T0],
      [{ type: "skip" }, T0 + 1000],
    ]);
    const view = buildPlayerView({ ...player, game: closed, accommodation: NO_ACCOMMODATION }, T0 + 1001);
    expect(view).toMatchObject({ keyOptionId: "o2", source: question.source, result: { correct: false }, question: { prompt: "Which city?" } });
    const host = buildHostView({ ...base, game: closed, distribution: [{ optionId: "o1", count: 1 }] }, T0 + 1001);
    expect(host.reveal).toEqual({
      keyOptionId: "o2",
      answerText: "Tokyo",
      source: question.source,
      distribution: [{ optionId: "o1", count: 1 }],
      tally: { right: 0, wrong: 1, unanswered: 1 },
    });
  });

  it("shows a student their own longer deadline, and the host only the room's", () => {
    const open = run(lobby(), [[{ type: "start" }, T0]]);
    const mine = buildPlayerView({ ...player, game: open, accommodation: { extraTimePercent: 100, untimed: false } }, T0);
    expect(mine.deadline).toBe(T0 + 40_000);
    const untimed = buildPlayerView({ ...player, game: open, accommodation: { extraTimePercent: 0, untimed: true } }, T0);
    expect(untimed).toMatchObject({ deadline: null, untimed: true });
    expect(buildHostView({ ...base, game: open }, T0).closesAt).toBe(T0 + 20_000);
  });
});

describe("guest nicknames", () => {
  it("refuses profanity, disguised or not, and keeps ordinary names", async () => {
    const { Nickname, isCleanNickname } = await import("@/lib/live/nickname");
    for (const rude of ["shithead", "sh1thead", "f u c k", "Fuuuck you"]) expect(isCleanNickname(rude), rude).toBe(false);
    for (const fine of ["Quiz Whiz", "Scunthorpe Sam", "Ana L.", "Player 12"]) expect(Nickname.safeParse(fine).success, fine).toBe(true);
    expect(Nickname.safeParse("x").success).toBe(false);
    expect(Nickname.safeParse("<script>").success).toBe(false);
  });
});
