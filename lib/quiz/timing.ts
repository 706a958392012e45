/**
 * The moment an attempt's time runs out: the quiz's limit, stretched by the
 * student's extra-time accommodation. Null for an untimed quiz.
 */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | undefined, extraTimePercent = 0): Date | null {
  if (!timeLimitSeconds) return null;
  const seconds = timeLimitSeconds * (1 + Math.max(0, extraTimePercent) / 100);
  return new Date(startedAt.getTime() + Math.round(seconds * 1000));
}

/** Is an answer given at `at` late? A small grace covers the trip from the browser. */
export const LATE_GRACE_MS = 2000;
export function isLate(at: Date, dueBy: Date | null): boolean {
  return dueBy !== null && at.getTime() > dueBy.getTime() + LATE_GRACE_MS;
}

/** Points a late answer keeps under the quiz's rule. */
export function pointsUnderLateRule(points: number, late: boolean, rule: "count" | "zero"): number {
  return late && rule === "zero" ? 0 : points;
}
