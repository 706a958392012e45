import "server-only";
import { parseOptions } from "../attempt/public-question";
import { getDb } from "../db/client";
import { pickCountedAttempt, countedRuleOf } from "../quiz/counted-attempt";
import { AnswerSchema, parseAnswerKey } from "../quiz/grade-answer";
import { analyzeItems, scoreDistribution, type ItemAttempt } from "../quiz/item-statistics";
import { parseQuestionIds } from "../attempt/schema";
import { LIVE_GAMES_SHOWN } from "../live/data";

/** Whose answers the analysis reads: the assignments' counted attempts, or one live game the teacher hosted. */
export type AnalysisSource = { kind: "assignments" } | { kind: "live"; gameId: string };

/** `?game=<id>` picks one live game; anything else (missing, repeated, malformed) reads the assignments. */
export function analysisSourceOf(game: string | string[] | undefined): AnalysisSource {
  return typeof game === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(game) ? { kind: "live", gameId: game } : { kind: "assignments" };
}

interface CountedAttempt {
  id: string;
  score: number | null;
  maxScore: number | null;
  questionIds: string[];
}

/**
 * Item analysis of one of the teacher's quizzes, over each student's counted
 * attempt per assignment, or over the students' attempts in one live game the
 * teacher hosted with it (guests have no attempt and are not counted). Reads
 * the attempts (a few columns) and the responses of the counted ones only.
 * Null when the quiz, or the game, is not theirs.
 */
export async function getItemAnalysis(quizId: string, teacherId: string, source: AnalysisSource = { kind: "assignments" }) {
  const db = getDb();
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: {
      id: true,
      title: true,
      article: { select: { id: true, title: true } },
      // The current version's questions; answers to retired ones stay in the exports.
      questions: {
        where: { retiredInVersion: null },
        orderBy: { position: "asc" },
        select: { id: true, type: true, prompt: true, options: true, answerKey: true, explanation: true, answerStart: true, answerEnd: true, points: true, droppedAt: true, fact: { select: { start: true } } },
      },
      // The ended games with a student's handed-in attempt, newest first, to choose between.
      liveGames: {
        where: { hostId: teacherId, state: "ENDED", attempts: { some: { submittedAt: { not: null } } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: LIVE_GAMES_SHOWN,
        select: { id: true, createdAt: true, classroom: { select: { name: true } }, _count: { select: { attempts: { where: { submittedAt: { not: null } } } } } },
      },
      assignments: {
        // Only read when the analysis is of the assignments.
        where: source.kind === "assignments" ? {} : { id: { in: [] } },
        select: {
          id: true,
          settings: true,
          attempts: {
            where: { kind: "ASSIGNMENT", submittedAt: { not: null } },
            select: { id: true, studentId: true, number: true, score: true, maxScore: true, submittedAt: true, questionOrder: true },
          },
        },
      },
    },
  });
  if (!quiz) return null;
  const games = quiz.liveGames.map((g) => ({ id: g.id, playedAt: g.createdAt, className: g.classroom?.name ?? null, students: g._count.attempts }));
  let counted: CountedAttempt[];
  if (source.kind === "live") {
    // A game older than the newest few listed is still the teacher's to read, by its link.
    const own = games.some((g) => g.id === source.gameId) || (await db.liveGame.count({ where: { id: source.gameId, quizId: quiz.id, hostId: teacherId, state: "ENDED" } })) > 0;
    if (!own) return null;
    counted = await liveAttempts(source.gameId);
  } else {
    counted = quiz.assignments.flatMap((a) => {
      const byStudent = new Map<string, typeof a.attempts>();
      for (const t of a.attempts) byStudent.set(t.studentId, [...(byStudent.get(t.studentId) ?? []), t]);
      return [...byStudent.values()].map((list) => pickCountedAttempt(list, countedRuleOf(a))!).map((c) => ({ ...c, questionIds: parseQuestionIds(c.questionOrder) }));
    });
  }
  const responses = counted.length
    ? await db.response.findMany({
        where: { attemptId: { in: counted.map((c) => c.id) } },
        select: { attemptId: true, questionId: true, correct: true, answer: true, timeMs: true, points: true },
      })
    : [];
  const byAttempt = new Map<string, ItemAttempt["responses"]>();
  for (const r of responses) {
    const answer = AnswerSchema.safeParse(r.answer);
    const list = byAttempt.get(r.attemptId) ?? [];
    list.push({ questionId: r.questionId, correct: r.correct, timeMs: r.timeMs, answer: answer.success ? answer.data : null });
    byAttempt.set(r.attemptId, list);
  }
  // A live game plays some of the quiz's questions (its kinds, as far as the host went): the analysis shows those.
  const shown = new Set(counted.flatMap((c) => c.questionIds));
  const questions = quiz.questions
    .filter((q) => source.kind === "assignments" || shown.has(q.id))
    .map((q) => ({ ...q, options: parseOptions(q.options), answerKey: parseAnswerKey(q.answerKey), dropped: q.droppedAt !== null }));
  const attempts: ItemAttempt[] = counted.map((c) => ({ questionIds: c.questionIds, responses: byAttempt.get(c.id) ?? [] }));
  const stats = analyzeItems(questions, attempts);
  const shares = source.kind === "live" ? playedShares(counted, responses, questions) : null;
  return {
    id: quiz.id,
    title: quiz.title,
    article: quiz.article,
    source,
    liveGames: games,
    /** How many of the quiz's questions the analysis covers (a live game plays only some). */
    questionCount: quiz.questions.length,
    students: counted.length,
    distribution: scoreDistribution(counted.map((c) => (shares ? shares.get(c.id)! : c.maxScore ? ((c.score ?? 0) / c.maxScore) * 100 : 0))),
    items: questions.map((q, i) => ({ question: q, stats: stats[i]! })),
  };
}

/**
 * The handed-in attempts of the students who played one live game. Each attempt lists every question the game
 * meant to play; only those the host actually opened count (a game ended early did not ask the rest).
 */
async function liveAttempts(gameId: string): Promise<CountedAttempt[]> {
  const db = getDb();
  const [attempts, rounds] = await Promise.all([
    db.attempt.findMany({ where: { kind: "LIVE", liveGameId: gameId, submittedAt: { not: null } }, select: { id: true, score: true, maxScore: true, questionOrder: true } }),
    db.liveRound.findMany({ where: { gameId }, select: { questionId: true } }),
  ]);
  const played = new Set(rounds.map((r) => r.questionId));
  return attempts.map((a) => ({ id: a.id, score: a.score, maxScore: a.maxScore, questionIds: parseQuestionIds(a.questionOrder).filter((id) => played.has(id)) }));
}

/** Each live player's score as a share of the questions the game played (an attempt's own score counts every question it meant to ask). */
function playedShares(attempts: CountedAttempt[], responses: { attemptId: string; questionId: string; points: number }[], questions: { id: string; points: number; dropped: boolean }[]): Map<string, number> {
  const counts = new Map(questions.filter((q) => !q.dropped).map((q) => [q.id, q.points]));
  const earned = new Map<string, number>();
  for (const r of responses) if (counts.has(r.questionId)) earned.set(`${r.attemptId}\u0000${r.questionId}`, r.points);
  return new Map(
    attempts.map((a) => {
      const played = a.questionIds.filter((id) => counts.has(id));
      const possible = played.reduce((sum, id) => sum + counts.get(id)!, 0);
      const got = played.reduce((sum, id) => sum + (earned.get(`${a.id}\u0000${id}`) ?? 0), 0);
      return [a.id, possible ? (got / possible) * 100 : 0];
    }),
  );
}
