/** A class's gradebook: students by assignments, each cell the counted attempt's share. Pure. */
import { pickCountedAttempt, type CountableAttempt, type CountedAttemptRule } from "../quiz/counted-attempt";

export interface GradebookColumn {
  assignmentId: string;
  quizId: string;
  title: string;
  dueAt: Date | null;
  /** Mean of the submitted cells, 0..1. */
  average: number | null;
  submitted: number;
}

export interface GradebookCell {
  share: number | null;
  score: number | null;
  maxScore: number | null;
  attemptId: string | null;
  missing: boolean;
}

export interface GradebookRow {
  studentId: string;
  name: string;
  username: string;
  cells: GradebookCell[];
  /** Mean over the quizzes the student submitted, 0..1. */
  average: number | null;
  submitted: number;
}

type Attempt = CountableAttempt & { id: string; studentId: string };

export function buildGradebook(
  students: { id: string; displayName: string; username: string }[],
  assignments: { id: string; dueAt: Date | null; quiz: { id: string; title: string }; rule: CountedAttemptRule; attempts: Attempt[] }[],
  now: Date,
): { columns: GradebookColumn[]; rows: GradebookRow[]; classAverage: number | null } {
  const cellsByAssignment = assignments.map((a) => {
    const byStudent = new Map<string, Attempt[]>();
    for (const t of a.attempts) byStudent.set(t.studentId, [...(byStudent.get(t.studentId) ?? []), t]);
    return new Map(
      students.map((s) => {
        const counted = pickCountedAttempt(byStudent.get(s.id) ?? [], a.rule);
        const cell: GradebookCell = counted
          ? { share: counted.maxScore ? (counted.score ?? 0) / counted.maxScore : 0, score: counted.score, maxScore: counted.maxScore, attemptId: counted.id, missing: false }
          : { share: null, score: null, maxScore: null, attemptId: null, missing: a.dueAt !== null && a.dueAt < now };
        return [s.id, cell];
      }),
    );
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
  const rows = students.map((s) => {
    const cells = cellsByAssignment.map((m) => m.get(s.id)!);
    const shares = cells.flatMap((c) => (c.share === null ? [] : [c.share]));
    return { studentId: s.id, name: s.displayName, username: s.username, cells, average: mean(shares), submitted: shares.length };
  });
  const columns = assignments.map((a, i) => {
    const shares = rows.flatMap((r) => (r.cells[i]!.share === null ? [] : [r.cells[i]!.share!]));
    return { assignmentId: a.id, quizId: a.quiz.id, title: a.quiz.title, dueAt: a.dueAt, average: mean(shares), submitted: shares.length };
  });
  const classAverage = mean(rows.flatMap((r) => (r.average === null ? [] : [r.average])));
  return { columns, rows, classAverage };
}
