import type { ArticleAccess, LateAnswerRule } from "./settings";

/** Is an answer given at `at` late? A small grace covers the trip from the browser. */
export const LATE_GRACE_MS = 2000;

/**
 * The moment an attempt's time runs out: the time limit, stretched by the
 * student's extra-time accommodation. Null for an untimed quiz.
 */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | undefined, extraTimePercent = 0): Date | null {
  if (!timeLimitSeconds) return null;
  const seconds = timeLimitSeconds * (1 + Math.max(0, extraTimePercent) / 100);
  return new Date(startedAt.getTime() + Math.round(seconds * 1000));
}

/**
 * When a new attempt must end: its time limit or the assignment's due date,
 * whichever comes first (null when neither applies). `closesAt` is when the
 * server hands it in by itself: only when late answers are refused; under an
 * accepting rule the attempt stays open and later answers are marked late.
 */
export function attemptClock(
  startedAt: Date,
  options: { timeLimitSeconds?: number; extraTimePercent?: number; dueAt: Date | null; lateAnswers: LateAnswerRule },
): { dueBy: Date | null; closesAt: Date | null } {
  const timed = attemptDeadline(startedAt, options.timeLimitSeconds, options.extraTimePercent);
  const candidates = [timed, options.dueAt].filter((d): d is Date => d !== null);
  const dueBy = candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;
  const closesAt = dueBy && options.lateAnswers === "refuse" ? new Date(dueBy.getTime() + LATE_GRACE_MS) : null;
  return { dueBy, closesAt };
}

export function isLate(at: Date, dueBy: Date | null): boolean {
  return dueBy !== null && at.getTime() > dueBy.getTime() + LATE_GRACE_MS;
}

/** Has the server's hand-in moment passed? */
export function isClosed(at: Date, closesAt: Date | null): boolean {
  return closesAt !== null && at.getTime() >= closesAt.getTime();
}

/** Points a late answer keeps under the rule ("refuse" never gets here: the answer is refused). */
export function pointsUnderLateRule(points: number, late: boolean, rule: LateAnswerRule): number {
  return late && rule !== "count" ? 0 : points;
}

/** May the article be opened while this attempt runs? */
export function articleReadableDuring(access: ArticleAccess, timed: boolean): boolean {
  if (access === "allowed") return true;
  if (access === "not-allowed") return false;
  return !timed;
}
