/**
 * Item analysis: how each question of a quiz behaved across the students who
 * took it. Pure functions over plain data; one counted attempt per student.
 *
 * Discrimination is the corrected point-biserial correlation: the Pearson
 * correlation between being right on this question (0/1) and the number of
 * other questions the student got right. It uses every student (the 27%
 * upper/lower method throws away the middle half, and a class of 25 leaves
 * groups of 6), and leaving the item out of the total stops a question from
 * correlating with itself.
 */
import { normalizeAnswer } from "./normalize-answer";
import type { Answer, AnswerKey, Option, QuestionType } from "./types";

export const LOW_FACILITY = 0.3;
/** A wrong typed answer is "common" when at least this many students, and this share of them, gave it. */
export const COMMON_WRONG_MIN_STUDENTS = 2;
export const COMMON_WRONG_MIN_SHARE = 0.2;

export interface ItemQuestion {
  id: string;
  type: QuestionType;
  options: Option[];
  answerKey: AnswerKey;
  /** Dropped questions are described but leave the other questions' totals. */
  dropped?: boolean;
}

export interface ItemAttempt {
  /** Every question the attempt showed; one not answered counts as wrong. */
  questionIds: string[];
  responses: { questionId: string; correct: boolean; answer: Answer | null; timeMs: number | null }[];
}

export type ItemFlag =
  | { kind: "low-facility"; facility: number }
  | { kind: "negative-discrimination"; discrimination: number }
  | { kind: "distractor-over-key"; optionId: string; optionText: string; chosen: number; keyChosen: number }
  | { kind: "common-wrong-answer"; answer: string; count: number };

export interface ItemStatistics {
  questionId: string;
  /** Students whose counted attempt showed this question. */
  students: number;
  answered: number;
  correct: number;
  /** Share right, 0..1 (unanswered counts as wrong); null with no students. */
  facility: number | null;
  /** Corrected point-biserial, -1..1; null when everyone (or no one) got it, or all totals tie. */
  discrimination: number | null;
  /** Choice questions: how many chose each option, in the question's order. */
  optionCounts: { optionId: string; text: string; isKey: boolean; count: number }[];
  /** Typed questions: the wrong answers given, most frequent first (normalised, first spelling kept). */
  wrongAnswers: { answer: string; count: number }[];
  medianTimeMs: number | null;
  flags: ItemFlag[];
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Pearson correlation; null when either side has no variance. */
export function correlation(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

export function analyzeItems(questions: ItemQuestion[], attempts: ItemAttempt[]): ItemStatistics[] {
  const counted = new Set(questions.filter((q) => !q.dropped).map((q) => q.id));
  const rows = attempts.map((a) => {
    const byQuestion = new Map(a.responses.map((r) => [r.questionId, r]));
    const total = a.questionIds.filter((id) => counted.has(id) && byQuestion.get(id)?.correct).length;
    return { shown: new Set(a.questionIds), byQuestion, total };
  });
  return questions.map((q) => {
    const taking = rows.filter((r) => r.shown.has(q.id));
    const xs: number[] = [];
    const ys: number[] = [];
    const times: number[] = [];
    const chosen = new Map<string, number>();
    const wrongTyped = new Map<string, { answer: string; count: number }>();
    let answered = 0;
    for (const row of taking) {
      const r = row.byQuestion.get(q.id);
      const right = r?.correct ? 1 : 0;
      xs.push(right);
      ys.push(row.total - (counted.has(q.id) ? right : 0));
      if (!r) continue;
      answered++;
      if (r.timeMs !== null) times.push(r.timeMs);
      if (r.answer?.kind === "choice") chosen.set(r.answer.optionId, (chosen.get(r.answer.optionId) ?? 0) + 1);
      if (r.answer?.kind === "text" && !r.correct) {
        const norm = normalizeAnswer(r.answer.value);
        const entry = wrongTyped.get(norm) ?? { answer: r.answer.value.trim(), count: 0 };
        entry.count++;
        wrongTyped.set(norm, entry);
      }
    }
    const correct = xs.reduce((s, v) => s + v, 0);
    const facility = taking.length ? correct / taking.length : null;
    const discrimination = correlation(xs, ys);
    const keyId = q.answerKey.kind === "choice" ? q.answerKey.optionId : null;
    const optionCounts =
      q.answerKey.kind === "choice"
        ? q.options.map((o) => ({ optionId: o.id, text: o.text, isKey: o.id === keyId, count: chosen.get(o.id) ?? 0 }))
        : [];
    const wrongAnswers = [...wrongTyped.values()].sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer));
    const stats: ItemStatistics = {
      questionId: q.id,
      students: taking.length,
      answered,
      correct,
      facility,
      discrimination,
      optionCounts,
      wrongAnswers,
      medianTimeMs: median(times),
      flags: [],
    };
    stats.flags = flagItem(stats, taking.length);
    return stats;
  });
}

/** Signs that a question may be broken (a wrong key, an unfair distractor, an answer worth accepting). */
export function flagItem(stats: Omit<ItemStatistics, "flags">, students: number): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (stats.facility !== null && stats.facility < LOW_FACILITY) flags.push({ kind: "low-facility", facility: stats.facility });
  if (stats.discrimination !== null && stats.discrimination < 0) flags.push({ kind: "negative-discrimination", discrimination: stats.discrimination });
  const key = stats.optionCounts.find((o) => o.isKey);
  if (key) {
    const top = stats.optionCounts.filter((o) => !o.isKey).sort((a, b) => b.count - a.count)[0];
    if (top && top.count > key.count) flags.push({ kind: "distractor-over-key", optionId: top.optionId, optionText: top.text, chosen: top.count, keyChosen: key.count });
  }
  const threshold = Math.max(COMMON_WRONG_MIN_STUDENTS, Math.ceil(students * COMMON_WRONG_MIN_SHARE));
  for (const w of stats.wrongAnswers) if (w.count >= threshold) flags.push({ kind: "common-wrong-answer", answer: w.answer, count: w.count });
  return flags;
}

/** Counts of scores (as percent) in ten-point bins: 0-9, 10-19, ..., 90-100. */
export function scoreDistribution(percents: number[]): { label: string; count: number }[] {
  const bins = Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? "90–100%" : `${i * 10}–${i * 10 + 9}%`, count: 0 }));
  for (const p of percents) bins[Math.min(9, Math.max(0, Math.floor(p / 10)))]!.count++;
  return bins;
}
