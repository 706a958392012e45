import type { LateAnswerRule } from "./settings";

export type AssignmentStatus = "in-progress" | "to-do" | "due-soon" | "done" | "missed" | "overdue" | "not-open";

export const DUE_SOON_MS = 48 * 60 * 60 * 1000;

/**
 * Where a student stands on one assignment. Past its due date it is missed,
 * unless the teacher accepts late answers: then it is overdue and can still be taken.
 */
export function assignmentStatus(
  a: { opensAt: Date | null; dueAt: Date | null; attempts: { submittedAt: Date | null }[]; settings?: { lateAnswers: LateAnswerRule } },
  now: Date,
): AssignmentStatus {
  if (a.attempts.some((t) => !t.submittedAt)) return "in-progress";
  if (a.attempts.some((t) => t.submittedAt)) return "done";
  if (a.opensAt && a.opensAt > now) return "not-open";
  if (a.dueAt && a.dueAt < now) return (a.settings?.lateAnswers ?? "refuse") === "refuse" ? "missed" : "overdue";
  if (a.dueAt && a.dueAt.getTime() - now.getTime() <= DUE_SOON_MS) return "due-soon";
  return "to-do";
}

export const STATUS_LABEL: Record<AssignmentStatus, string> = {
  "in-progress": "In progress",
  "to-do": "To do",
  "due-soon": "Due soon",
  done: "Done",
  missed: "Missed",
  overdue: "Overdue: late answers accepted",
  "not-open": "Not open yet",
};
