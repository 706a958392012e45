import { z } from "zod";

export const MAX_TIME_LIMIT_SECONDS = 3 * 60 * 60;

export const FEEDBACK_MODES = ["after-submit", "after-each"] as const;
/** What an answer given after the attempt's deadline gets. */
export const LATE_ANSWER_RULES = ["refuse", "no-points", "count"] as const;
/** Whether the student may open the quiz's article while an attempt is running. */
export const ARTICLE_ACCESS = ["not-when-timed", "allowed", "not-allowed"] as const;
export const COUNTED_ATTEMPTS = ["BEST", "LAST"] as const;

export type FeedbackMode = (typeof FEEDBACK_MODES)[number];
export type LateAnswerRule = (typeof LATE_ANSWER_RULES)[number];
export type ArticleAccess = (typeof ARTICLE_ACCESS)[number];
export type CountedAttempt = (typeof COUNTED_ATTEMPTS)[number];

/**
 * How an assignment is played, as stored in Assignment.settings and copied to
 * Attempt.settings when an attempt starts. Every field has a default, so an
 * empty object is a valid (and safe) setting: feedback after submitting,
 * untimed, late answers refused, article closed while a timed attempt runs.
 */
export const AssignmentSettingsSchema = z.object({
  shuffleQuestions: z.boolean().default(false),
  /** "after-each": right/wrong and the source sentence once each answer is locked. */
  feedback: z.enum(FEEDBACK_MODES).default("after-submit"),
  /** Time for the whole quiz, in seconds; absent = untimed. */
  timeLimitSeconds: z.number().int().min(30).max(MAX_TIME_LIMIT_SECONDS).optional(),
  /** Accepting late answers is a teacher's choice, never the default. */
  lateAnswers: z.enum(LATE_ANSWER_RULES).default("refuse"),
  articleDuringAttempt: z.enum(ARTICLE_ACCESS).default("not-when-timed"),
  /** Which attempt is the student's result when several are allowed. */
  countedAttempt: z.enum(COUNTED_ATTEMPTS).default("BEST"),
});
export type AssignmentSettings = z.infer<typeof AssignmentSettingsSchema>;
/** What a caller may pass: any field left out takes its default. */
export type AssignmentSettingsInput = z.input<typeof AssignmentSettingsSchema>;

/** Stored settings predate the assignment: they named feedback as a boolean. */
function upgradeLegacy(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const value = { ...(raw as Record<string, unknown>) };
  if (value.feedback === undefined && typeof value.feedbackAfterEach === "boolean") {
    value.feedback = value.feedbackAfterEach ? "after-each" : "after-submit";
  }
  // A legacy lateRule ("count" was the old default) is dropped on purpose: late answers are
  // accepted only where a teacher has chosen so on an assignment.
  return value;
}

/** Parse stored settings once; anything unreadable falls back to the safe defaults field by field. */
export function parseAssignmentSettings(raw: unknown): AssignmentSettings {
  const upgraded = upgradeLegacy(raw);
  const parsed = AssignmentSettingsSchema.safeParse(upgraded);
  if (parsed.success) return parsed.data;
  const fields = upgraded as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(AssignmentSettingsSchema.shape) as (keyof AssignmentSettings)[]) {
    const one = AssignmentSettingsSchema.shape[key].safeParse(fields[key]);
    if (one.success) kept[key] = one.data;
  }
  return AssignmentSettingsSchema.parse(kept);
}

