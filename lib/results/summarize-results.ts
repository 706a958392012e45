/**
 * One row per enrolled student for an assignment's results table: the counted
 * attempt, accuracy, time, late or missing. Pure; the page sorts and filters it.
 */
import { pickCountedAttempt, type CountedAttemptRule } from "../quiz/counted-attempt";

export interface AttemptFacts {
  id: string;
  studentId: string;
  number: number;
  quizVersion: number;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number;
  answered: number;
  correct: number;
  lateAnswers: number;
}

export type ResultStatus = "submitted" | "in-progress" | "not-started" | "missing";

export interface StudentResult {
  studentId: string;
  name: string;
  username: string;
  status: ResultStatus;
  attempts: number;
  counted: AttemptFacts | null;
  /** Score as a share of the counted attempt's maximum, 0..1. */
  scoreShare: number | null;
  /** Questions right out of the questions shown, 0..1. */
  accuracy: number | null;
  timeSpentMs: number | null;
  late: boolean;
  inProgress: AttemptFacts | null;
}

export const RESULT_SORTS = ["name", "score", "accuracy", "time", "status"] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];
export const RESULT_FILTERS = ["all", "submitted", "not-submitted", "missing", "late"] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];

export function summarizeStudents(
  students: { id: string; displayName: string; username: string }[],
  attempts: AttemptFacts[],
  context: { questionCount: number; dueAt: Date | null; now: Date; rule: CountedAttemptRule },
): StudentResult[] {
  const byStudent = new Map<string, AttemptFacts[]>();
  for (const a of attempts) byStudent.set(a.studentId, [...(byStudent.get(a.studentId) ?? []), a]);
  return students.map((s) => {
    const mine = byStudent.get(s.id) ?? [];
    const counted = pickCountedAttempt(mine, context.rule) ?? null;
    const inProgress = mine.find((a) => !a.submittedAt) ?? null;
    const pastDue = context.dueAt !== null && context.dueAt < context.now;
    const status: ResultStatus = counted ? "submitted" : pastDue ? "missing" : inProgress ? "in-progress" : "not-started";
    const late = counted !== null && (counted.lateAnswers > 0 || (context.dueAt !== null && counted.submittedAt! > context.dueAt));
    return {
      studentId: s.id,
      name: s.displayName,
      username: s.username,
      status,
      attempts: mine.length,
      counted,
      scoreShare: counted && counted.maxScore ? (counted.score ?? 0) / counted.maxScore : counted ? 0 : null,
      accuracy: counted && context.questionCount ? counted.correct / context.questionCount : null,
      timeSpentMs: counted ? counted.submittedAt!.getTime() - counted.startedAt.getTime() : null,
      late,
      inProgress,
    };
  });
}

const STATUS_ORDER: Record<ResultStatus, number> = { missing: 0, "not-started": 1, "in-progress": 2, submitted: 3 };

export function filterAndSortResults(rows: StudentResult[], filter: ResultFilter, sort: ResultSort, descending: boolean): StudentResult[] {
  const kept = rows.filter((r) => {
    switch (filter) {
      case "all":
        return true;
      case "submitted":
        return r.status === "submitted";
      case "not-submitted":
        return r.status !== "submitted";
      case "missing":
        return r.status === "missing";
      case "late":
        return r.late;
    }
  });
  const value = (r: StudentResult): number | string => {
    switch (sort) {
      case "name":
        return r.name.toLocaleLowerCase();
      case "score":
        return r.scoreShare ?? -1;
      case "accuracy":
        return r.accuracy ?? -1;
      case "time":
        return r.timeSpentMs ?? Number.MAX_SAFE_INTEGER;
      case "status":
        return STATUS_ORDER[r.status];
    }
  };
  const sorted = [...kept].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const cmp = typeof x === "string" && typeof y === "string" ? x.localeCompare(y) : (x as number) - (y as number);
    return cmp !== 0 ? cmp : a.name.localeCompare(b.name);
  });
  return descending ? sorted.reverse() : sorted;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
