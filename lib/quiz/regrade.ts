/**
 * Regrading, as pure functions: what a correction does to a question's key,
 * and what the new key does to each stored answer. The data layer applies it.
 */
import { z } from "zod";
import { gradeAnswer, AnswerSchema } from "./grade-answer";
import { normalizeAnswer } from "./normalize-answer";
import { pointsUnderLateRule } from "./timing";
import type { LateAnswerRule } from "./settings";
import type { AnswerKey, GradableQuestion } from "./types";

export const RegradeChangeSchema = z.discriminatedUnion("kind", [
  /** Choice questions: another option is the right one. */
  z.object({ kind: z.literal("FIX_KEY"), optionId: z.string().min(1).max(64) }),
  /** Typed questions: an answer students gave is right too. */
  z.object({ kind: z.literal("ACCEPT_ANSWER"), value: z.string().trim().min(1, "Say which answer to accept.").max(200) }),
  /** The question leaves the score of everyone who saw it. */
  z.object({ kind: z.literal("DROP") }),
]);
export type RegradeChange = z.infer<typeof RegradeChangeSchema>;

export type CorrectionResult = { ok: true; answerKey: AnswerKey; dropped: boolean } | { ok: false; error: string };

/** The key after the change, or why the change does not fit this question. */
export function correctKey(question: Pick<GradableQuestion, "type" | "options" | "answerKey">, change: RegradeChange): CorrectionResult {
  const key = question.answerKey;
  switch (change.kind) {
    case "DROP":
      return { ok: true, answerKey: key, dropped: true };
    case "FIX_KEY":
      if (key.kind !== "choice") return { ok: false, error: "Only a choice question has a key to switch; drop it or accept an answer instead." };
      if (!question.options.some((o) => o.id === change.optionId)) return { ok: false, error: "That option is not one of the question's." };
      if (key.optionId === change.optionId) return { ok: false, error: "That option is already the key." };
      return { ok: true, answerKey: { kind: "choice", optionId: change.optionId }, dropped: false };
    case "ACCEPT_ANSWER": {
      if (key.kind !== "text") return { ok: false, error: "Only a typed-answer question can accept another answer." };
      const norm = normalizeAnswer(change.value);
      if (!norm) return { ok: false, error: "That answer has no letters or digits to compare." };
      if (key.accepted.some((a) => normalizeAnswer(a) === norm)) return { ok: false, error: "That answer is already accepted." };
      return { ok: true, answerKey: { kind: "text", accepted: [...key.accepted, change.value.trim()] }, dropped: false };
    }
  }
}

export interface StoredGrade {
  answer: unknown;
  correct: boolean;
  points: number;
  late: boolean;
}

/** One stored answer graded again: a dropped question earns nothing; the late rule still applies. */
export function regradeResponse(question: GradableQuestion, dropped: boolean, stored: StoredGrade, lateRule: LateAnswerRule): { correct: boolean; points: number } {
  const answer = AnswerSchema.safeParse(stored.answer);
  const grade = answer.success ? gradeAnswer(question, answer.data) : { correct: false, points: 0 };
  return { correct: grade.correct, points: dropped ? 0 : pointsUnderLateRule(grade.points, stored.late, lateRule) };
}

export function describeChange(change: RegradeChange, optionText: (id: string) => string): string {
  switch (change.kind) {
    case "FIX_KEY":
      return `Key changed to “${optionText(change.optionId)}”`;
    case "ACCEPT_ANSWER":
      return `Also accepted: “${change.value}”`;
    case "DROP":
      return "Question dropped from the score";
  }
}
