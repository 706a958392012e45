/**
 * What each screen receives. Built on the server from the game's state; the
 * answer key and the source sentence appear only once the question is closed,
 * and a player's view carries nothing about anyone else but counts and ranks.
 */
import type { Accommodation, GameSnapshot, LivePhase } from "./game-machine";
import { playerDeadline } from "./game-machine";

export interface LiveOption {
  id: string;
  text: string;
}

/** The current question as the server holds it (key included: never sent as is). */
export interface LiveQuestion {
  id: string;
  prompt: string;
  options: LiveOption[];
  keyOptionId: string;
  source: string;
  /** The question's weight in the quiz's own score (results, mastery). */
  points: number;
}

export interface Standing {
  playerId: string;
  name: string;
  score: number;
  rank: number;
}

export interface Reveal {
  keyOptionId: string;
  source: string;
  distribution: { optionId: string; count: number }[];
}

export interface HostView {
  kind: "host";
  version: number;
  serverNow: number;
  phase: LivePhase;
  index: number;
  questionCount: number;
  question: { prompt: string; options: LiveOption[] } | null;
  closesAt: number | null;
  paused: boolean;
  pausedRemainingMs: number | null;
  answered: number;
  playerCount: number;
  reveal: Reveal | null;
  /** Top five between questions; top three on the podium. */
  standings: Standing[];
  /** Everyone still in the game (the lobby, and the host's remove list during play); empty on the podium. */
  roster: { playerId: string; name: string }[];
}

export interface PlayerResult {
  optionId: string | null;
  correct: boolean;
  points: number;
}

export interface PlayerView {
  kind: "player";
  version: number;
  serverNow: number;
  phase: LivePhase;
  index: number;
  questionCount: number;
  name: string;
  question: { prompt: string; options: LiveOption[] } | null;
  /** This player's own deadline (their accommodation applied); null when untimed or not open. */
  deadline: number | null;
  untimed: boolean;
  paused: boolean;
  /** The option this player locked in for the current question, if any. */
  lockedOptionId: string | null;
  keyOptionId: string | null;
  source: string | null;
  result: PlayerResult | null;
  score: number;
  rank: number | null;
  playerCount: number;
}

export interface HostInput {
  game: GameSnapshot;
  version: number;
  question: LiveQuestion | null;
  answered: number;
  playerCount: number;
  distribution: Reveal["distribution"];
  standings: Standing[];
  roster: { playerId: string; name: string }[];
}

const revealed = (phase: LivePhase) => phase === "CLOSED" || phase === "LEADERBOARD" || phase === "ENDED";

export function buildHostView(input: HostInput, now: number): HostView {
  const { game, question } = input;
  const round = game.round;
  const open = game.phase === "OPEN" && round !== null;
  const showReveal = revealed(game.phase) && question !== null && round !== null && round.closedAt !== null;
  const deadline = open ? playerDeadline(round, { extraTimePercent: 0, untimed: false }, now) : null;
  return {
    kind: "host",
    version: input.version,
    serverNow: now,
    phase: game.phase,
    index: game.index,
    questionCount: game.questionCount,
    question: question && game.phase !== "LOBBY" ? { prompt: question.prompt, options: question.options } : null,
    closesAt: deadline,
    paused: open && round.pausedAt !== null,
    pausedRemainingMs: open && round.pausedAt !== null && deadline !== null ? Math.max(0, deadline - now) : null,
    answered: input.answered,
    playerCount: input.playerCount,
    reveal: showReveal ? { keyOptionId: question.keyOptionId, source: question.source, distribution: input.distribution } : null,
    standings: game.phase === "ENDED" ? input.standings.slice(0, 3) : game.phase === "LEADERBOARD" ? input.standings.slice(0, 5) : [],
    roster: game.phase === "ENDED" ? [] : input.roster,
  };
}

export interface PlayerInput {
  game: GameSnapshot;
  version: number;
  question: LiveQuestion | null;
  name: string;
  accommodation: Accommodation;
  lockedOptionId: string | null;
  result: PlayerResult | null;
  score: number;
  rank: number | null;
  playerCount: number;
}

export function buildPlayerView(input: PlayerInput, now: number): PlayerView {
  const { game, question } = input;
  const round = game.round;
  const open = game.phase === "OPEN" && round !== null && question !== null;
  const showReveal = revealed(game.phase) && question !== null && round !== null && round.closedAt !== null;
  return {
    kind: "player",
    version: input.version,
    serverNow: now,
    phase: game.phase,
    index: game.index,
    questionCount: game.questionCount,
    name: input.name,
    question: open || showReveal ? { prompt: question.prompt, options: question.options } : null,
    deadline: open ? playerDeadline(round, input.accommodation, now) : null,
    untimed: input.accommodation.untimed,
    paused: open && round.pausedAt !== null,
    lockedOptionId: open ? input.lockedOptionId : null,
    keyOptionId: showReveal ? question.keyOptionId : null,
    source: showReveal ? question.source : null,
    result: showReveal ? input.result : null,
    score: input.score,
    rank: input.rank,
    playerCount: input.playerCount,
  };
}
