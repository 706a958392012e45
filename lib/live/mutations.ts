import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";
import { submitAttempt } from "../attempt/mutations";
import { getDb, type Db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { applyCommand, autoCloseAt, NO_ACCOMMODATION, type Accommodation, type GameSnapshot, type HostCommand } from "./game-machine";
import { loadGame, playerTotals, type LoadedGame } from "./data";
import { LIVE_QUESTION_TYPES } from "./question-types";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];


export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newPin(): string {
  return String(randomInt(100000, 1000000));
}

export interface NewGame {
  quizId: string;
  hostId: string;
  classroomId: string | null;
  allowGuests: boolean;
  speedPoints: boolean;
  showLeaderboard: boolean;
  secondsPerQuestion: number;
  /** Play only the quiz's first n live questions; absent = all of them. */
  questionCount?: number;
}

export type CreateResult = { status: "created"; gameId: string; pin: string } | { status: "not-found" | "no-questions" };

/** A new game in its lobby, with the quiz's choice questions in order and a fresh PIN. */
export async function createLiveGame(input: NewGame): Promise<CreateResult> {
  const db = getDb();
  const quiz = await db.quiz.findFirst({
    where: { id: input.quizId, ownerId: input.hostId },
    // The quiz as it is now: not an edited question's old row, nor a question the teacher dropped.
    select: { questions: { where: { type: { in: [...LIVE_QUESTION_TYPES] }, retiredInVersion: null, droppedAt: null }, orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (!quiz) return { status: "not-found" };
  if (input.classroomId) {
    const own = await db.classroom.count({ where: { id: input.classroomId, teacherId: input.hostId, archivedAt: null } });
    if (own === 0) return { status: "not-found" };
  }
  if (quiz.questions.length === 0) return { status: "no-questions" };
  const { questionCount, ...settings } = input;
  const questionIds = quiz.questions.slice(0, questionCount ?? quiz.questions.length).map((q) => q.id);
  for (let tries = 0; ; tries++) {
    try {
      const game = await db.liveGame.create({
        data: { ...settings, pin: newPin(), questionIds },
        select: { id: true, pin: true },
      });
      return { status: "created", gameId: game.id, pin: game.pin };
    } catch (err) {
      if (!isUniqueViolation(err) || tries >= 10) throw err;
    }
  }
}

export type JoinResult =
  | { status: "joined"; gameId: string; token: string; playerId: string }
  | { status: "not-found" | "removed" | "guests-not-allowed" | "nickname-taken" | "host-cannot-play" };

export interface Joiner {
  /** The signed-in user, if any. */
  user: { id: string; role: "TEACHER" | "STUDENT"; name: string } | null;
  nickname?: string;
  /** The secret this device already holds for the game, if any: a removed device stays out. */
  previousTokenHash?: string;
}

/**
 * Join (or rejoin) by PIN. A signed-in student is the same player on every
 * device: rejoining gives a new secret and keeps the score. A class game takes
 * only that class's students; guests join by nickname when the host allows.
 * Anyone removed by the host cannot come back.
 */
export async function joinLiveGame(pin: string, who: Joiner): Promise<JoinResult> {
  const db = getDb();
  const game = await db.liveGame.findFirst({
    where: { pin, state: { not: "ENDED" } },
    select: { id: true, quizId: true, classroomId: true, allowGuests: true, questionIds: true, hostId: true, quiz: { select: { version: true } } },
  });
  if (!game) return { status: "not-found" };
  if (who.previousTokenHash) {
    const previous = await db.livePlayer.findFirst({ where: { gameId: game.id, tokenHash: who.previousTokenHash }, select: { removedAt: true } });
    if (previous?.removedAt) return { status: "removed" };
  }
  const token = randomBytes(24).toString("base64url");
  const tokenHash = hashToken(token);

  if (who.user?.role === "TEACHER") return { status: "host-cannot-play" };
  if (who.user) {
    const student = who.user;
    const enrollment = game.classroomId
      ? await db.enrollment.findUnique({ where: { classroomId_studentId: { classroomId: game.classroomId, studentId: student.id } }, select: { extraTimePercent: true, untimed: true } })
      : null;
    if (game.classroomId && !enrollment) return { status: "not-found" };
    const existing = await db.livePlayer.findUnique({ where: { gameId_studentId: { gameId: game.id, studentId: student.id } }, select: { id: true, removedAt: true } });
    if (existing?.removedAt) return { status: "removed" };
    if (existing) {
      await db.livePlayer.update({ where: { id: existing.id }, data: { tokenHash } });
      return { status: "joined", gameId: game.id, token, playerId: existing.id };
    }
    const questionIds = (game.questionIds as string[] | null) ?? [];
    const points = await db.question.aggregate({ where: { id: { in: questionIds }, droppedAt: null }, _sum: { points: true } });
    try {
      const player = await db.$transaction(async (tx) => {
        const attempt = await tx.attempt.create({
          data: { studentId: student.id, kind: "LIVE", quizId: game.quizId, quizVersion: game.quiz.version, liveGameId: game.id, questionOrder: questionIds, maxScore: points._sum.points ?? 0 },
          select: { id: true },
        });
        return tx.livePlayer.create({
          data: { gameId: game.id, studentId: student.id, name: student.name, tokenHash, attemptId: attempt.id, extraTimePercent: enrollment?.extraTimePercent ?? 0, untimed: enrollment?.untimed ?? false },
          select: { id: true },
        });
      });
      return { status: "joined", gameId: game.id, token, playerId: player.id };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same student joined from two devices at once: the first one's record wins.
      const again = await db.livePlayer.findUnique({ where: { gameId_studentId: { gameId: game.id, studentId: student.id } }, select: { id: true } });
      if (!again) throw err;
      await db.livePlayer.update({ where: { id: again.id }, data: { tokenHash } });
      return { status: "joined", gameId: game.id, token, playerId: again.id };
    }
  }

  if (!game.allowGuests || !who.nickname) return { status: "guests-not-allowed" };
  try {
    const player = await db.livePlayer.create({ data: { gameId: game.id, nickname: who.nickname.toLowerCase(), name: who.nickname, tokenHash }, select: { id: true } });
    return { status: "joined", gameId: game.id, token, playerId: player.id };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return { status: "nickname-taken" };
  }
}

class StaleState extends Error {}

/** Store the machine's new state. Refuses (StaleState) when another instance changed the game first. */
async function persistTransition(tx: Tx, before: LoadedGame, next: GameSnapshot, now: Date): Promise<number> {
  const changed = await tx.liveGame.updateMany({
    where: { id: before.settings.id, version: before.version },
    data: {
      state: next.phase,
      currentIndex: next.index,
      version: { increment: 1 },
      questionOpenedAt: next.round ? new Date(next.round.openedAt) : null,
      endedAt: next.phase === "ENDED" ? now : null,
    },
  });
  if (changed.count === 0) throw new StaleState();
  const round = next.round;
  if (round && before.snapshot.round?.index !== round.index) {
    await tx.liveRound.create({
      data: { gameId: before.settings.id, index: round.index, questionId: before.settings.questionIds[round.index]!, openedAt: new Date(round.openedAt), durationMs: round.durationMs },
    });
  } else if (round) {
    await tx.liveRound.update({
      where: { gameId_index: { gameId: before.settings.id, index: round.index } },
      data: {
        durationMs: round.durationMs,
        pausedAt: round.pausedAt === null ? null : new Date(round.pausedAt),
        pausedMs: round.pausedMs,
        closedAt: round.closedAt === null ? null : new Date(round.closedAt),
      },
    });
  }
  return before.version + 1;
}

export type CommandResult = { status: "ok"; version: number; ended: boolean } | { status: "not-found" } | { status: "refused"; reason: string };

/** A host's command, applied to the stored state in one transaction; a game that ends is totalled. */
export async function commitHostCommand(gameId: string, hostId: string, command: HostCommand, now = new Date()): Promise<CommandResult> {
  for (let tries = 0; tries < 3; tries++) {
    try {
      const result = await getDb().$transaction(async (tx): Promise<CommandResult> => {
        const loaded = await loadGame(gameId, tx);
        if (!loaded || loaded.settings.hostId !== hostId) return { status: "not-found" };
        const t = applyCommand(loaded.snapshot, command, now.getTime());
        if (!t.ok) return { status: "refused", reason: t.reason };
        const version = await persistTransition(tx, loaded, t.game, now);
        return { status: "ok", version, ended: t.game.phase === "ENDED" };
      });
      // The caller announces the new state first, then finishes the game (finishGame), so
      // screens do not wait on the grading of every attempt.
      return result;
    } catch (err) {
      if (!(err instanceof StaleState)) throw err;
    }
  }
  return { status: "refused", reason: "The game changed meanwhile; try again." };
}

export type AutoCloseResult = { status: "closed"; version: number } | { status: "wait"; until: number | null } | { status: "gone" };

/**
 * Close question `index` if its time is up for everyone still answering (or
 * everyone has answered). Every instance may call this; one closes it.
 */
export async function closeRoundIfDue(gameId: string, index: number, now = new Date()): Promise<AutoCloseResult> {
  try {
    return await getDb().$transaction(async (tx): Promise<AutoCloseResult> => {
      const loaded = await loadGame(gameId, tx);
      if (!loaded || loaded.snapshot.phase !== "OPEN" || loaded.snapshot.index !== index || !loaded.roundId) return { status: "gone" };
      const [active, round, accommodated] = await Promise.all([
        tx.livePlayer.count({ where: { gameId, removedAt: null } }),
        tx.liveRound.findUniqueOrThrow({ where: { id: loaded.roundId }, select: { answerCount: true } }),
        tx.livePlayer.findMany({
          where: { gameId, removedAt: null, OR: [{ extraTimePercent: { gt: 0 } }, { untimed: true }], answers: { none: { roundId: loaded.roundId } } },
          select: { extraTimePercent: true, untimed: true },
        }),
      ]);
      // The counter leaves out removed players' answers (removeLivePlayer); recounted here only when it says
      // everyone answered, since an answer and a removal on two instances may cross.
      const answered = round.answerCount >= active ? await tx.liveAnswer.count({ where: { roundId: loaded.roundId, player: { removedAt: null } } }) : round.answerCount;
      const waiting: Accommodation[] = answered >= active ? [] : [NO_ACCOMMODATION, ...accommodated];
      const at = autoCloseAt(loaded.snapshot, waiting, now.getTime());
      if (at === null || now.getTime() < at) return { status: "wait", until: at };
      const t = applyCommand(loaded.snapshot, { type: "skip" }, now.getTime());
      if (!t.ok) return { status: "gone" };
      return { status: "closed", version: await persistTransition(tx, loaded, t.game, now) };
    });
  } catch (err) {
    if (err instanceof StaleState) return { status: "gone" };
    throw err;
  }
}

/** Remove a player from the host's game; their device is refused from then on. */
export async function removeLivePlayer(gameId: string, hostId: string, playerId: string, now = new Date()): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const removed = await tx.livePlayer.updateMany({ where: { id: playerId, gameId, removedAt: null, game: { hostId } }, data: { removedAt: now } });
    if (removed.count === 0) return false;
    // The open round counts answers of players still in: one the removed player gave there no longer counts.
    await tx.liveRound.updateMany({ where: { gameId, closedAt: null, answers: { some: { playerId } } }, data: { answerCount: { decrement: 1 } } });
    return true;
  });
}

/** A game nobody ended this long after it was created is over (a host who closed the tab). */
export const ABANDONED_GAME_MS = 6 * 60 * 60 * 1000;

/**
 * Repair work, safe to run any time and on any instance: end games left running
 * past ABANDONED_GAME_MS, and finish ended games whose students' attempts were
 * never handed in (a finish that failed half-way). Bounded per call.
 */
export async function settleLiveGames(now = new Date(), scope: { quizId?: string } = {}): Promise<number> {
  const db = getDb();
  const abandoned = await db.liveGame.findMany({
    where: { ...scope, state: { not: "ENDED" }, createdAt: { lt: new Date(now.getTime() - ABANDONED_GAME_MS) } },
    select: { id: true, hostId: true },
    take: 50,
  });
  for (const g of abandoned) await commitHostCommand(g.id, g.hostId, { type: "end" }, now);
  const unfinished = await db.liveGame.findMany({
    where: { ...scope, state: "ENDED", attempts: { some: { submittedAt: null } } },
    select: { id: true },
    take: 50,
  });
  for (const g of unfinished) await finishGame(g.id, now);
  return unfinished.length;
}

/** The game is over: keep each player's totals, and submit each student's attempt (score, mastery). Safe to repeat. */
export async function finishGame(gameId: string, now = new Date()): Promise<void> {
  const db = getDb();
  const totals = await playerTotals(gameId);
  const players = await db.livePlayer.findMany({ where: { gameId }, select: { id: true, studentId: true, attemptId: true } });
  await db.$transaction(
    players.map((p) => {
      const t = totals.get(p.id) ?? { accuracy: 0, speed: 0 };
      return db.livePlayer.update({ where: { id: p.id }, data: { accuracyPoints: t.accuracy, speedPoints: t.speed, score: t.accuracy + t.speed } });
    }),
  );
  for (const p of players) if (p.attemptId && p.studentId) await submitAttempt(p.attemptId, p.studentId, now, "server");
}

export interface PendingAnswer {
  roundId: string;
  playerId: string;
  attemptId: string | null;
  questionId: string;
  /** "" for a typed answer. */
  optionId: string;
  /** What the player typed (cleaned); null for a choice. */
  text: string | null;
  correct: boolean;
  questionPoints: number;
  accuracy: number;
  speed: number;
  elapsedMs: number;
  at: Date;
}

export type StoredAnswer = { status: "recorded" } | { status: "already-answered"; optionId: string; text: string | null } | { status: "closed" };

/** The round closed before this batch committed: nothing of it is stored. */
class RoundClosed extends Error {
  constructor(readonly results: StoredAnswer[]) {
    super("round closed");
  }
}

/**
 * Store a batch of answers to one round in one transaction (group commit: a
 * class answering at once costs a few writes, not one each). The round's
 * counter moves only while it is open, so nothing is stored after close.
 * Returns one result per answer, in order, and the round's answer count.
 */
export async function recordLiveAnswers(
  roundId: string,
  batch: PendingAnswer[],
  /**
   * false: skip looking for answers already stored, and let the unique key refuse the batch
   * if one is (the caller then retries with the look). An instance already refuses its own
   * repeats in memory, so the look only ever finds another instance's: rare, and worth one
   * statement less in every batch.
   */
  checkExisting = true,
): Promise<{ results: StoredAnswer[]; answered: number }> {
  const db = getDb();
  try {
    return await db.$transaction(async (tx) => {
      const existing = checkExisting
        ? await tx.liveAnswer.findMany({ where: { roundId, playerId: { in: batch.map((a) => a.playerId) } }, select: { playerId: true, optionId: true, text: true } })
        : [];
      const taken = new Map(existing.map((e) => [e.playerId, { optionId: e.optionId, text: e.text }]));
      const fresh: PendingAnswer[] = [];
      const results: StoredAnswer[] = batch.map((a) => {
        const prior = taken.get(a.playerId);
        if (prior !== undefined) return { status: "already-answered", optionId: prior.optionId, text: prior.text };
        taken.set(a.playerId, { optionId: a.optionId, text: a.text });
        fresh.push(a);
        return { status: "recorded" };
      });
      if (fresh.length > 0) {
        await tx.liveAnswer.createMany({
          data: fresh.map((a) => ({ roundId, playerId: a.playerId, optionId: a.optionId, text: a.text, correct: a.correct, accuracyPoints: a.accuracy, speedPoints: a.speed, elapsedMs: a.elapsedMs, createdAt: a.at })),
        });
        const forStudents = fresh.filter((a) => a.attemptId);
        if (forStudents.length > 0) {
          await tx.response.createMany({
            data: forStudents.map((a) => ({
              attemptId: a.attemptId!,
              questionId: a.questionId,
              // Stored as self-paced play stores it, so results, review and regrade read it the same way.
              answer: a.text === null ? { kind: "choice", optionId: a.optionId } : { kind: "text", value: a.text },
              correct: a.correct,
              points: a.correct ? a.questionPoints : 0,
              timeMs: a.elapsedMs,
              createdAt: a.at,
            })),
          });
        }
        // The round's row last: on PostgreSQL this update locks it until the commit just
        // after, and every instance's batch and the close wait on that lock, so it is held
        // for as short a time as possible. A closed round rolls the whole batch back.
        const [open] = await tx.liveRound.updateManyAndReturn({ where: { id: roundId, closedAt: null }, data: { answerCount: { increment: fresh.length } }, select: { answerCount: true } });
        if (!open) throw new RoundClosed(results.map((r) => (r.status === "recorded" ? { status: "closed" as const } : r)));
        return { results, answered: open.answerCount };
      }
      const round = await tx.liveRound.findUniqueOrThrow({ where: { id: roundId }, select: { answerCount: true } });
      return { results, answered: round.answerCount };
    });
  } catch (err) {
    if (!(err instanceof RoundClosed)) throw err;
    const counted = await db.liveRound.findUnique({ where: { id: roundId }, select: { answerCount: true } });
    return { results: err.results, answered: counted?.answerCount ?? 0 };
  }
}
