import "server-only";
import { parseOptions } from "../attempt/public-question";
import { getDb } from "../db/client";
import { AnswerSchema, describeAnswer, parseAnswerKey } from "../quiz/grade-answer";
import { getGradebook } from "./class-data";
import { toCsv } from "./csv";
import { getQuizResultsForTeacher } from "./data";
import { parseQuestionIds } from "../attempt/schema";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : "");
const percent = (share: number | null) => (share === null ? "" : Math.round(share * 1000) / 10);

export interface CsvFile {
  filename: string;
  body: string;
}

/** One row per enrolled student and class: the counted attempt's figures. Null when the quiz is not the teacher's. */
export async function exportQuizResults(quizId: string, teacherId: string): Promise<CsvFile | null> {
  const quiz = await getQuizResultsForTeacher(quizId, teacherId);
  if (!quiz) return null;
  const header = ["class", "student", "username", "status", "score", "max score", "score %", "accuracy %", "time (s)", "attempts", "counted attempt", "late", "submitted at (UTC)"];
  const rows = quiz.assignments.flatMap((a) =>
    a.rows.map((r) => [
      a.classroom.name,
      r.name,
      r.username,
      r.status,
      r.counted?.score ?? null,
      r.counted?.maxScore ?? null,
      percent(r.scoreShare),
      percent(r.accuracy),
      r.timeSpentMs === null ? null : Math.round(r.timeSpentMs / 1000),
      r.attempts,
      r.counted?.number ?? null,
      r.late ? "yes" : "no",
      iso(r.counted?.submittedAt),
    ]),
  );
  return { filename: `${quiz.title} - results.csv`, body: toCsv(header, rows) };
}

/** Every answer of every assignment attempt at the quiz, with the key. Null when the quiz is not the teacher's. */
export async function exportQuizResponses(quizId: string, teacherId: string): Promise<CsvFile | null> {
  const quiz = await getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: {
      title: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, prompt: true, options: true, answerKey: true, points: true, droppedAt: true } },
      attempts: {
        where: { kind: "ASSIGNMENT" },
        orderBy: [{ student: { displayName: "asc" } }, { number: "asc" }],
        select: {
          number: true,
          questionOrder: true,
          submittedAt: true,
          student: { select: { displayName: true, username: true } },
          assignment: { select: { classroom: { select: { name: true } } } },
          responses: { select: { questionId: true, answer: true, correct: true, points: true, timeMs: true, late: true, createdAt: true } },
        },
      },
    },
  });
  if (!quiz) return null;
  const questions = new Map(quiz.questions.map((q, i) => [q.id, { ...q, number: i + 1, options: parseOptions(q.options), key: parseAnswerKey(q.answerKey) }]));
  const header = ["class", "student", "username", "attempt", "submitted", "question", "prompt", "answer", "key", "correct", "points", "max points", "time (ms)", "late", "answered at (UTC)"];
  const rows: (string | number | null)[][] = [];
  for (const a of quiz.attempts) {
    const given = new Map(a.responses.map((r) => [r.questionId, r]));
    for (const id of parseQuestionIds(a.questionOrder)) {
      const q = questions.get(id);
      if (!q) continue;
      const r = given.get(id);
      const answer = r ? AnswerSchema.safeParse(r.answer) : null;
      rows.push([
        a.assignment?.classroom.name ?? "",
        a.student.displayName,
        a.student.username,
        a.number,
        a.submittedAt ? "yes" : "no",
        q.number,
        q.prompt,
        answer?.success ? describeAnswer(q.options, answer.data) : "",
        describeAnswer(q.options, q.key),
        r ? (r.correct ? "yes" : "no") : "not answered",
        r?.points ?? 0,
        q.droppedAt ? 0 : q.points,
        r?.timeMs ?? null,
        r?.late ? "yes" : "no",
        iso(r?.createdAt),
      ]);
    }
  }
  return { filename: `${quiz.title} - answers.csv`, body: toCsv(header, rows) };
}

/** The class gradebook: a column per quiz (counted score %), the student's average. Null when the class is not the teacher's. */
export async function exportGradebook(classId: string, teacherId: string): Promise<CsvFile | null> {
  const book = await getGradebook(classId, teacherId);
  if (!book) return null;
  const header = ["student", "username", ...book.columns.map((c) => `${c.title} (%)`), "average (%)"];
  const rows = book.rows.map((r) => [r.name, r.username, ...r.cells.map((c) => (c.share !== null ? percent(c.share) : c.missing ? "missing" : "")), percent(r.average)]);
  rows.push(["Class average", "", ...book.columns.map((c) => percent(c.average)), percent(book.classAverage)]);
  return { filename: `${book.name} - gradebook.csv`, body: toCsv(header, rows) };
}
