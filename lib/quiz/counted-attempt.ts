/**
 * Which of a student's attempts counts for an assignment. The rule belongs to
 * the assignment ("BEST" or "LAST"); every results page asks this one function.
 */
import { parseAssignmentSettings, type CountedAttempt } from "./settings";

export type CountedAttemptRule = CountedAttempt;

export interface CountableAttempt {
  number: number;
  score: number | null;
  maxScore: number;
  submittedAt: Date | null;
}

/** The counted attempt among submitted ones; best ties go to the earlier attempt. */
export function pickCountedAttempt<T extends CountableAttempt>(attempts: T[], rule: CountedAttemptRule = "BEST"): T | undefined {
  const submitted = attempts.filter((a) => a.submittedAt).sort((a, b) => a.number - b.number);
  if (rule === "LAST") return submitted.at(-1);
  const share = (a: T) => (a.maxScore ? (a.score ?? 0) / a.maxScore : 0);
  return submitted.reduce<T | undefined>((best, a) => (!best || share(a) > share(best) ? a : best), undefined);
}

/** The assignment's rule, from its settings (best attempt unless the teacher chose the last). */
export function countedRuleOf(assignment: { settings: unknown }): CountedAttemptRule {
  return parseAssignmentSettings(assignment.settings).countedAttempt;
}
