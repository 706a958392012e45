import { gradeAnswer } from "../quiz/grade-answer";
import type { LiveQuestion, Tally } from "./views";

/**
 * Live-game points. Accuracy and speed are kept apart: the quiz's own score
 * (results, mastery) counts only right and wrong; speed points are the game's.
 *
 *   accuracy = 500 for a right answer, 0 otherwise
 *   speed    = 500 x (1 - time taken / the player's window), right answers only,
 *              when the host turned speed points on; rounded, never below 0
 *
 * A player with extra time has a longer window, so the same share of it earns
 * the same speed points; an untimed player gets the full 500.
 */
export const ACCURACY_POINTS = 500;
export const SPEED_POINTS = 500;

export interface LivePoints {
  accuracy: number;
  speed: number;
}

export function scoreLiveAnswer(input: { correct: boolean; elapsedMs: number; windowMs: number | null; speedPoints: boolean }): LivePoints {
  if (!input.correct) return { accuracy: 0, speed: 0 };
  if (!input.speedPoints) return { accuracy: ACCURACY_POINTS, speed: 0 };
  if (input.windowMs === null) return { accuracy: ACCURACY_POINTS, speed: SPEED_POINTS };
  const share = Math.min(1, Math.max(0, input.elapsedMs / Math.max(1, input.windowMs)));
  return { accuracy: ACCURACY_POINTS, speed: Math.round(SPEED_POINTS * (1 - share)) };
}

/** The formula in words, shown where the host turns speed points on. */
export const SCORING_EXPLAINED =
  `A right answer earns ${ACCURACY_POINTS} points. With speed points on, it also earns up to ${SPEED_POINTS} more: ` +
  `all of them for an instant answer, none at the last moment, in proportion to the time left. ` +
  `Students with extra time are measured against their own longer window. Wrong answers earn nothing.`;

export interface RankedPlayer<T> {
  player: T;
  rank: number;
}

/** Highest score first; equal scores share a rank (1, 2, 2, 4); ties listed by name. */
export function rankPlayers<T extends { score: number; name: string }>(players: T[]): RankedPlayer<T>[] {
  const sorted = [...players].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const ranked: RankedPlayer<T>[] = [];
  sorted.forEach((player, i) => {
    const rank = i > 0 && sorted[i - 1]!.score === player.score ? ranked[i - 1]!.rank : i + 1;
    ranked.push({ player, rank });
  });
  return ranked;
}

/** How many chose each option, in the options' order (options nobody chose count 0). */
export function countDistribution(optionIds: string[], chosen: Iterable<string>): { optionId: string; count: number }[] {
  const counts = new Map(optionIds.map((id) => [id, 0]));
  for (const id of chosen) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
  return optionIds.map((optionId) => ({ optionId, count: counts.get(optionId)! }));
}

/** How many of the room answered right, wrong, or not at all (answers of players still in the game). */
export function tallyAnswers(playerCount: number, answers: { correct: boolean }[]): Tally {
  const right = answers.filter((a) => a.correct).length;
  const wrong = answers.length - right;
  return { right, wrong, unanswered: Math.max(0, playerCount - right - wrong) };
}

export type LiveGrade = { status: "graded"; optionId: string; text: string | null; correct: boolean } | { status: "invalid-option" | "wrong-kind" };

/**
 * Right or wrong, by the rules of self-paced play (`gradeAnswer`: for a typed
 * answer, every accepted answer and alias, case and spacing aside). An answer
 * of the other kind, or an option the question does not offer, is refused.
 */
export function gradeLiveAnswer(question: LiveQuestion, given: { optionId: string } | { text: string }): LiveGrade {
  if (question.kind === "text") {
    if (!("text" in given)) return { status: "wrong-kind" };
    const grade = gradeAnswer({ id: question.id, type: "FILL_BLANK", options: [], answerKey: { kind: "text", accepted: question.accepted }, points: question.points }, { kind: "text", value: given.text });
    return { status: "graded", optionId: "", text: given.text, correct: grade.correct };
  }
  if (!("optionId" in given)) return { status: "wrong-kind" };
  if (!question.options.some((o) => o.id === given.optionId)) return { status: "invalid-option" };
  return { status: "graded", optionId: given.optionId, text: null, correct: given.optionId === question.keyOptionId };
}
