import "server-only";
import { z } from "zod";
import { parseOptions } from "../attempt/public-question";
import { getDb, type Db } from "../db/client";
import { parseAnswerKey } from "../quiz/grade-answer";
import { LIVE_PHASES, type GameSnapshot, type LivePhase } from "./game-machine";
import type { LiveQuestion } from "./views";
import { parseQuestionIds } from "../attempt/schema";
import { isLiveQuestionType } from "./question-types";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Reader = Db | Tx;

const Phase = z.enum(LIVE_PHASES as [LivePhase, ...LivePhase[]]);

export interface GameSettings {
  id: string;
  quizId: string;
  hostId: string;
  classroomId: string | null;
  pin: string;
  allowGuests: boolean;
  speedPoints: boolean;
  questionIds: string[];
}

export interface LoadedGame {
  settings: GameSettings;
  version: number;
  snapshot: GameSnapshot;
  /** The current round's row id and question (key included: server only). */
  roundId: string | null;
  question: LiveQuestion | null;
}

/** A game's state as stored, mapped onto the pure machine's snapshot; null when there is no such game. */
export async function loadGame(gameId: string, db: Reader = getDb()): Promise<LoadedGame | null> {
  const game = await db.liveGame.findUnique({
    where: { id: gameId },
    select: {
      id: true,
      quizId: true,
      hostId: true,
      classroomId: true,
      pin: true,
      allowGuests: true,
      speedPoints: true,
      showLeaderboard: true,
      secondsPerQuestion: true,
      questionIds: true,
      state: true,
      currentIndex: true,
      version: true,
    },
  });
  if (!game) return null;
  const questionIds = parseQuestionIds(game.questionIds ?? []);
  const round =
    game.currentIndex >= 0
      ? await db.liveRound.findUnique({
          where: { gameId_index: { gameId, index: game.currentIndex } },
          select: {
            id: true,
            index: true,
            openedAt: true,
            durationMs: true,
            pausedAt: true,
            pausedMs: true,
            closedAt: true,
            question: { select: { id: true, prompt: true, options: true, answerKey: true, explanation: true, points: true } },
          },
        })
      : null;
  const key = round ? parseAnswerKey(round.question.answerKey) : null;
  return {
    settings: { id: game.id, quizId: game.quizId, hostId: game.hostId, classroomId: game.classroomId, pin: game.pin, allowGuests: game.allowGuests, speedPoints: game.speedPoints, questionIds },
    version: game.version,
    snapshot: {
      phase: Phase.parse(game.state),
      index: game.currentIndex,
      questionCount: questionIds.length,
      showLeaderboard: game.showLeaderboard,
      secondsPerQuestion: game.secondsPerQuestion,
      round: round
        ? {
            index: round.index,
            openedAt: round.openedAt.getTime(),
            durationMs: round.durationMs,
            pausedAt: round.pausedAt?.getTime() ?? null,
            pausedMs: round.pausedMs,
            closedAt: round.closedAt?.getTime() ?? null,
          }
        : null,
    },
    roundId: round?.id ?? null,
    question:
      round && key && (key.kind === "choice" || key.kind === "text")
        ? {
            id: round.question.id,
            prompt: round.question.prompt,
            kind: key.kind,
            options: key.kind === "choice" ? parseOptions(round.question.options).map((o) => ({ id: o.id, text: o.text })) : [],
            keyOptionId: key.kind === "choice" ? key.optionId : "",
            accepted: key.kind === "text" ? key.accepted : [],
            source: round.question.explanation,
            points: round.question.points,
          }
        : null,
  };
}

export interface PlayerRecord {
  id: string;
  gameId: string;
  name: string;
  studentId: string | null;
  attemptId: string | null;
  extraTimePercent: number;
  untimed: boolean;
  removed: boolean;
}

const playerSelect = { id: true, gameId: true, name: true, studentId: true, attemptId: true, extraTimePercent: true, untimed: true, removedAt: true } as const;
const toPlayer = (p: { id: string; gameId: string; name: string; studentId: string | null; attemptId: string | null; extraTimePercent: number; untimed: boolean; removedAt: Date | null }): PlayerRecord => ({
  id: p.id,
  gameId: p.gameId,
  name: p.name,
  studentId: p.studentId,
  attemptId: p.attemptId,
  extraTimePercent: p.extraTimePercent,
  untimed: p.untimed,
  removed: p.removedAt !== null,
});

/** The player a device's secret belongs to, in this game only. */
export async function findPlayerByToken(gameId: string, tokenHash: string): Promise<PlayerRecord | null> {
  const p = await getDb().livePlayer.findFirst({ where: { tokenHash, gameId }, select: playerSelect });
  return p ? toPlayer(p) : null;
}

/** Everyone in the game, removed players included (so a removed device learns it was removed). */
export async function listPlayers(gameId: string): Promise<PlayerRecord[]> {
  const players = await getDb().livePlayer.findMany({ where: { gameId }, orderBy: { joinedAt: "asc" }, select: playerSelect });
  return players.map(toPlayer);
}

export interface RoundAnswer {
  playerId: string;
  /** "" for a typed answer. */
  optionId: string;
  /** What was typed; null for a choice. */
  text: string | null;
  correct: boolean;
  points: number;
}

export async function listRoundAnswers(roundId: string): Promise<RoundAnswer[]> {
  const rows = await getDb().liveAnswer.findMany({
    where: { roundId },
    select: { playerId: true, optionId: true, text: true, correct: true, accuracyPoints: true, speedPoints: true },
  });
  return rows.map((r) => ({ playerId: r.playerId, optionId: r.optionId, text: r.text, correct: r.correct, points: r.accuracyPoints + r.speedPoints }));
}

/** Each player's points so far, from their answers (the record the game can always be rebuilt from). */
export async function playerTotals(gameId: string, db: Reader = getDb()): Promise<Map<string, { accuracy: number; speed: number }>> {
  const rows = await db.liveAnswer.groupBy({
    by: ["playerId"],
    where: { round: { gameId } },
    _sum: { accuracyPoints: true, speedPoints: true },
  });
  return new Map(rows.map((r) => [r.playerId, { accuracy: r._sum.accuracyPoints ?? 0, speed: r._sum.speedPoints ?? 0 }]));
}

/** The host's own game, for the host screen; null when it is not theirs. */
export function findGameForHost(gameId: string, hostId: string) {
  return getDb().liveGame.findFirst({
    where: { id: gameId, hostId },
    select: {
      id: true,
      pin: true,
      allowGuests: true,
      speedPoints: true,
      state: true,
      quiz: { select: { id: true, title: true } },
      classroom: { select: { name: true } },
    },
  });
}

/** The teacher's quiz and classes, for the form that starts a live game; null when the quiz is not theirs. */
export async function getLiveSetupForTeacher(quizId: string, teacherId: string) {
  const db = getDb();
  const [quiz, classes] = await Promise.all([
    db.quiz.findFirst({
      where: { id: quizId, ownerId: teacherId },
      select: { id: true, title: true, questions: { where: { retiredInVersion: null, droppedAt: null }, select: { type: true } } },
    }),
    db.classroom.findMany({ where: { teacherId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  if (!quiz) return null;
  const playable = quiz.questions.filter((q) => isLiveQuestionType(q.type)).length;
  return { quiz: { id: quiz.id, title: quiz.title, playable, total: quiz.questions.length }, classes };
}

export const LIVE_GAMES_SHOWN = 20;

/** The live games played with a quiz, for its results page: each player's score, students and guests. */
export function listLiveGamesForQuiz(quizId: string, teacherId: string) {
  return getDb().liveGame.findMany({
    where: { quizId, hostId: teacherId, quiz: { ownerId: teacherId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    // The latest games only: a quiz played every week must not load every game it ever had.
    take: LIVE_GAMES_SHOWN,
    select: {
      id: true,
      createdAt: true,
      endedAt: true,
      state: true,
      classroom: { select: { name: true } },
      players: {
        where: { removedAt: null },
        orderBy: [{ score: "desc" }, { name: "asc" }],
        select: { id: true, name: true, studentId: true, score: true, accuracyPoints: true, speedPoints: true, attempt: { select: { id: true, score: true, maxScore: true } } },
      },
    },
  });
}

/** A game still joinable by its PIN (not ended). */
export function findOpenGameByPin(pin: string) {
  return getDb().liveGame.findFirst({
    where: { pin, state: { not: "ENDED" } },
    select: { id: true, classroomId: true, allowGuests: true, quizId: true, questionIds: true },
  });
}
