import { z } from "zod";
import { ARTICLE_ACCESS, COUNTED_ATTEMPTS, FEEDBACK_MODES, LATE_ANSWER_RULES, MAX_TIME_LIMIT_SECONDS } from "../quiz/settings";

const Id = z.string().min(1).max(64);
export const MAX_ATTEMPTS_ALLOWED = 10;

/** A moment sent by the form as an ISO string (the browser converts its local time); empty = none. */
const Moment = z
  .union([z.literal(""), z.iso.datetime({ offset: true, error: "Enter a date and time." })])
  .transform((v) => (v === "" ? null : new Date(v)));

/** The assignment's fields, shared by the assign form, the edit form and their actions. */
export const AssignmentFieldsSchema = z.object({
  opensAt: Moment,
  dueAt: Moment,
  attemptsAllowed: z
    .number({ error: "Enter how many attempts each student gets." })
    .int("Use a whole number.")
    .min(1, "At least one attempt.")
    .max(MAX_ATTEMPTS_ALLOWED, `At most ${MAX_ATTEMPTS_ALLOWED} attempts.`),
  countedAttempt: z.enum(COUNTED_ATTEMPTS),
  feedback: z.enum(FEEDBACK_MODES),
  /** Whole minutes; 0 = untimed. */
  timeLimitMinutes: z
    .number({ error: "Enter the time limit in minutes, or leave it empty." })
    .int("Use whole minutes.")
    .min(0, "The time limit cannot be negative.")
    .max(MAX_TIME_LIMIT_SECONDS / 60, `At most ${MAX_TIME_LIMIT_SECONDS / 60} minutes.`),
  lateAnswers: z.enum(LATE_ANSWER_RULES),
  articleDuringAttempt: z.enum(ARTICLE_ACCESS),
  shuffleQuestions: z.boolean(),
});

function datesInOrder(v: { opensAt: Date | null; dueAt: Date | null }) {
  return !v.opensAt || !v.dueAt || v.dueAt > v.opensAt;
}
const DATES_MESSAGE = { message: "The due date must come after the opening date.", path: ["dueAt"] };

export const AssignQuizSchema = AssignmentFieldsSchema.extend({ quizId: Id, classId: z.string({ error: "Choose a class." }).min(1, "Choose a class.").max(64) }).refine(
  datesInOrder,
  DATES_MESSAGE,
);
export const UpdateAssignmentSchema = AssignmentFieldsSchema.extend({ assignmentId: Id }).refine(datesInOrder, DATES_MESSAGE);
export const AssignmentIdSchema = z.object({ assignmentId: Id });

export type AssignmentFields = z.output<typeof AssignmentFieldsSchema>;
