/**
 * The live game as a pure state machine over server times (milliseconds since
 * the epoch). The database stores what these functions return; every instance
 * that serves a game computes the same answer from the same stored state.
 *
 * LOBBY -> OPEN (question i) -> CLOSED (distribution, key, source)
 *       -> LEADERBOARD (optional) -> OPEN (question i + 1) ... -> ENDED (podium)
 */

export type LivePhase = "LOBBY" | "OPEN" | "CLOSED" | "LEADERBOARD" | "ENDED";
export const LIVE_PHASES: readonly LivePhase[] = ["LOBBY", "OPEN", "CLOSED", "LEADERBOARD", "ENDED"];

/** One question's clock. The window is stretched by pauses and by time the host adds. */
export interface RoundClock {
  index: number;
  openedAt: number;
  durationMs: number;
  pausedAt: number | null;
  pausedMs: number;
  closedAt: number | null;
}

export interface GameSnapshot {
  phase: LivePhase;
  /** Index of the current (or last) question; -1 in the lobby. */
  index: number;
  questionCount: number;
  showLeaderboard: boolean;
  secondsPerQuestion: number;
  round: RoundClock | null;
}

/** A player's accommodation; only the server and that player's own screen know it. */
export interface Accommodation {
  extraTimePercent: number;
  untimed: boolean;
}
export const NO_ACCOMMODATION: Accommodation = { extraTimePercent: 0, untimed: false };

export type HostCommand =
  | { type: "start" }
  | { type: "next" }
  /** Skip the rest of the countdown: close the question now and reveal. */
  | { type: "skip" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "add-time"; seconds: number }
  | { type: "end" };

export const MAX_ADDED_SECONDS = 120;
export const MIN_SECONDS_PER_QUESTION = 5;
export const MAX_SECONDS_PER_QUESTION = 240;

export type Transition = { ok: true; game: GameSnapshot } | { ok: false; reason: string };

const refuse = (reason: string): Transition => ({ ok: false, reason });

function openRound(game: GameSnapshot, index: number, now: number): GameSnapshot {
  return {
    ...game,
    phase: "OPEN",
    index,
    round: { index, openedAt: now, durationMs: game.secondsPerQuestion * 1000, pausedAt: null, pausedMs: 0, closedAt: null },
  };
}

function closeRound(game: GameSnapshot, now: number): GameSnapshot {
  if (!game.round || game.round.closedAt !== null) return game;
  const round = game.round.pausedAt === null ? game.round : resumedClock(game.round, now);
  return { ...game, phase: "CLOSED", round: { ...round, closedAt: now } };
}

function resumedClock(round: RoundClock, now: number): RoundClock {
  if (round.pausedAt === null) return round;
  return { ...round, pausedAt: null, pausedMs: round.pausedMs + Math.max(0, now - round.pausedAt) };
}

/** Apply one host command at server time `now`. Commands that make no sense in a phase are refused. */
export function applyCommand(game: GameSnapshot, command: HostCommand, now: number): Transition {
  const last = game.index >= game.questionCount - 1;
  switch (command.type) {
    case "start":
      if (game.phase !== "LOBBY") return refuse("The game has already started.");
      if (game.questionCount === 0) return refuse("This quiz has no questions that can be played live.");
      return { ok: true, game: openRound(game, 0, now) };
    case "next":
      if (game.phase === "CLOSED" && game.showLeaderboard && !last) return { ok: true, game: { ...game, phase: "LEADERBOARD" } };
      if (game.phase === "CLOSED" || game.phase === "LEADERBOARD") {
        return { ok: true, game: last ? { ...game, phase: "ENDED" } : openRound(game, game.index + 1, now) };
      }
      return refuse(game.phase === "OPEN" ? "The question is still open: skip it first." : "There is no next step.");
    case "skip":
      if (game.phase !== "OPEN") return refuse("No question is open.");
      return { ok: true, game: closeRound(game, now) };
    case "pause":
      if (game.phase !== "OPEN" || !game.round) return refuse("Only an open question can be paused.");
      if (game.round.pausedAt !== null) return refuse("The question is already paused.");
      return { ok: true, game: { ...game, round: { ...game.round, pausedAt: now } } };
    case "resume":
      if (game.phase !== "OPEN" || !game.round || game.round.pausedAt === null) return refuse("The question is not paused.");
      return { ok: true, game: { ...game, round: resumedClock(game.round, now) } };
    case "add-time": {
      if (game.phase !== "OPEN" || !game.round) return refuse("Only an open question can get more time.");
      const seconds = Math.round(command.seconds);
      if (!(seconds > 0 && seconds <= MAX_ADDED_SECONDS)) return refuse(`Add between 1 and ${MAX_ADDED_SECONDS} seconds.`);
      return { ok: true, game: { ...game, round: { ...game.round, durationMs: game.round.durationMs + seconds * 1000 } } };
    }
    case "end":
      if (game.phase === "ENDED") return refuse("The game has already ended.");
      return { ok: true, game: { ...closeRound(game, now), phase: "ENDED" } };
  }
}

/** The player's own window in ms (the round's, stretched by extra time); null when untimed. */
export function playerWindowMs(round: RoundClock, who: Accommodation): number | null {
  if (who.untimed) return null;
  return Math.round(round.durationMs * (1 + Math.max(0, who.extraTimePercent) / 100));
}

/**
 * When this player's time runs out, in server time. Paused time does not count;
 * while paused the deadline moves with the clock. Null = no deadline (untimed).
 */
export function playerDeadline(round: RoundClock, who: Accommodation, now: number): number | null {
  const window = playerWindowMs(round, who);
  if (window === null) return null;
  const paused = round.pausedMs + (round.pausedAt !== null ? Math.max(0, now - round.pausedAt) : 0);
  return round.openedAt + window + paused;
}

/** Time this player has spent on the question so far, not counting pauses. */
export function elapsedMs(round: RoundClock, now: number): number {
  const pausedNow = round.pausedAt !== null ? Math.max(0, now - round.pausedAt) : 0;
  return Math.max(0, now - round.openedAt - round.pausedMs - pausedNow);
}

export type AnswerWindow = { ok: true } | { ok: false; reason: "not-open" | "paused" | "time-up" | "wrong-question" };

/** May this player answer question `index` at server time `now`? Strict: no grace after the deadline. */
export function checkAnswerWindow(game: GameSnapshot, index: number, who: Accommodation, now: number): AnswerWindow {
  if (game.phase !== "OPEN" || !game.round || game.round.closedAt !== null) return { ok: false, reason: "not-open" };
  if (game.round.index !== index) return { ok: false, reason: "wrong-question" };
  if (game.round.pausedAt !== null) return { ok: false, reason: "paused" };
  const deadline = playerDeadline(game.round, who, now);
  if (deadline !== null && now > deadline) return { ok: false, reason: "time-up" };
  return { ok: true };
}

/**
 * When the server should close the open question by itself: when the last
 * player still to answer runs out of time. Null = do not close by the clock
 * (paused, or an untimed player still thinking; the host can skip). A question
 * everyone has answered closes at once (`waiting` empty).
 */
export function autoCloseAt(game: GameSnapshot, waiting: Accommodation[], now: number): number | null {
  if (game.phase !== "OPEN" || !game.round || game.round.pausedAt !== null) return null;
  if (waiting.length === 0) return now;
  let latest = playerDeadline(game.round, NO_ACCOMMODATION, now)!;
  for (const who of waiting) {
    const deadline = playerDeadline(game.round, who, now);
    if (deadline === null) return null;
    latest = Math.max(latest, deadline);
  }
  return latest;
}
