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

/** Options to pick from (multiple choice, true/false), or a typed answer (fill in the blank). */
export type LiveQuestionKind = "choice" | "text";

/** The current question as the server holds it (key included: never sent as is). */
export interface LiveQuestion {
  id: string;
  prompt: string;
  kind: LiveQuestionKind;
  /** Empty for a typed answer. */
  options: LiveOption[];
  /** The right option; "" for a typed answer. */
  keyOptionId: string;
  /** A typed answer's accepted answers, the main one first; empty for a choice. */
  accepted: string[];
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

/** What a screen may show of a question while and after it is open: never its key. */
export interface PublicLiveQuestion {
  prompt: string;
  kind: LiveQuestionKind;
  options: LiveOption[];
}

/** How the room did: answers that counted, answers that did not, players who gave none. */
export interface Tally {
  right: number;
  wrong: number;
  unanswered: number;
}

export interface Reveal {
  /** "" for a typed answer. */
  keyOptionId: string;
  /** The right answer in words: the key option's text, or a typed answer's main accepted answer. */
  answerText: string;
  source: string;
  /** Per option (empty for a typed answer). */
  distribution: { optionId: string; count: number }[];
  tally: Tally;
}

export interface HostView {
  kind: "host";
  version: number;
  serverNow: number;
  phase: LivePhase;
  index: number;
  questionCount: number;
  question: PublicLiveQuestion | null;
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
  /** What this player typed (a typed-answer question). */
  text: string | null;
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
  question: PublicLiveQuestion | null;
  /** This player's own deadline (their accommodation applied); null when untimed or not open. */
  deadline: number | null;
  untimed: boolean;
  paused: boolean;
  /** The option this player locked in for the current question, if any. */
  lockedOptionId: string | null;
  /** The words this player locked in for the current typed-answer question, if any. */
  lockedText: string | null;
  keyOptionId: string | null;
  /** The right answer in words, once the question is closed. */
  answerText: string | null;
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
  tally: Tally;
  standings: Standing[];
  roster: { playerId: string; name: string }[];
}

/** The right answer in words (what a reveal shows; never sent while the question is open). */
export function answerTextOf(question: LiveQuestion): string {
  if (question.kind === "text") return question.accepted[0] ?? "";
  return question.options.find((o) => o.id === question.keyOptionId)?.text ?? "";
}

/** Only what a screen may see of the question: prompt, kind and options. */
const publicQuestion = (q: LiveQuestion): PublicLiveQuestion => ({ prompt: q.prompt, kind: q.kind, options: q.options });

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
    question: question && game.phase !== "LOBBY" ? publicQuestion(question) : null,
    closesAt: deadline,
    paused: open && round.pausedAt !== null,
    pausedRemainingMs: open && round.pausedAt !== null && deadline !== null ? Math.max(0, deadline - now) : null,
    answered: input.answered,
    playerCount: input.playerCount,
    reveal: showReveal
      ? { keyOptionId: question.keyOptionId, answerText: answerTextOf(question), source: question.source, distribution: input.distribution, tally: input.tally }
      : null,
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
  lockedText: string | null;
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
    question: open || showReveal ? publicQuestion(question) : null,
    deadline: open ? playerDeadline(round, input.accommodation, now) : null,
    untimed: input.accommodation.untimed,
    paused: open && round.pausedAt !== null,
    lockedOptionId: open ? input.lockedOptionId : null,
    lockedText: open ? input.lockedText : null,
    keyOptionId: showReveal ? question.keyOptionId : null,
    answerText: showReveal ? answerTextOf(question) : null,
    source: showReveal ? question.source : null,
    result: showReveal ? input.result : null,
    score: input.score,
    rank: input.rank,
    playerCount: input.playerCount,
  };
}
