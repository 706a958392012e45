import "server-only";
import { closeExpiredAttempts } from "../attempt/submit-attempt";
import { getDb } from "../db/client";
import { countedRuleOf } from "../quiz/counted-attempt";
import { summarizeStudents, type AttemptFacts } from "./summarize-results";
import { QuestionIdsSchema } from "../attempt/schema";

/** Per attempt: answered, right and late answers (dropped questions left out), in one grouped read. */
async function responseCounts(attemptIds: string[]) {
  const groups = attemptIds.length
    ? await getDb().response.groupBy({
        by: ["attemptId", "correct", "late"],
        where: { attemptId: { in: attemptIds }, question: { droppedAt: null } },
        _count: { _all: true },
      })
    : [];
  const counts = new Map<string, { answered: number; correct: number; lateAnswers: number }>();
  for (const g of groups) {
    const c = counts.get(g.attemptId) ?? { answered: 0, correct: 0, lateAnswers: 0 };
    c.answered += g._count._all;
    if (g.correct) c.correct += g._count._all;
    if (g.late) c.lateAnswers += g._count._all;
    counts.set(g.attemptId, c);
  }
  return counts;
}

/** The questions an attempt showed (its own order, so an older version counts its own), less dropped ones. */
function shownQuestionCount(questionOrder: unknown, dropped: Set<string>): number {
  const ids = QuestionIdsSchema.safeParse(questionOrder);
  return ids.success ? ids.data.filter((id) => !dropped.has(id)).length : 0;
}

/**
 * A quiz's results for its owner: per assigned class, one row per enrolled
 * student with the counted attempt. A page reads one assignment at a time
 * (`assignmentId`; the first when it names none of the quiz's); an export reads
 * them all ("all"). `list` names every assignment. Null when the quiz is not this teacher's.
 */
export async function getQuizResultsForTeacher(quizId: string, teacherId: string, options: { assignmentId?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  // Attempts whose time ran out are handed in first, so none reads as still running.
  await closeExpiredAttempts({ quizId }, now);
  const header = await getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: { id: true, assignments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, classroom: { select: { name: true } } } } },
  });
  if (!header) return null;
  const wanted = options.assignmentId ?? "all";
  const selected = wanted === "all" ? null : (header.assignments.find((a) => a.id === wanted) ?? header.assignments[0])?.id;
  const quiz = await getDb().quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: {
      id: true,
      title: true,
      article: { select: { id: true, title: true } },
      // The current version's questions, dropped ones left out: accuracy is out of these.
      questions: { where: { droppedAt: null, retiredInVersion: null }, select: { id: true } },
      assignments: {
        where: selected ? { id: selected } : {},
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          dueAt: true,
          settings: true,
          classroom: {
            select: {
              id: true,
              name: true,
              enrollments: { select: { student: { select: { id: true, displayName: true, username: true } } } },
            },
          },
          attempts: {
            where: { kind: "ASSIGNMENT" },
            select: { id: true, studentId: true, number: true, quizVersion: true, startedAt: true, submittedAt: true, score: true, maxScore: true, questionOrder: true },
          },
        },
      },
    },
  });
  if (!quiz) return null;
  const [counts, droppedRows] = await Promise.all([
    responseCounts(quiz.assignments.flatMap((a) => a.attempts.map((t) => t.id))),
    // Dropped questions of any version, left out of each attempt's own count.
    getDb().question.findMany({ where: { quizId, droppedAt: { not: null } }, select: { id: true } }),
  ]);
  const questionCount = quiz.questions.length;
  const dropped = new Set(droppedRows.map((q) => q.id));
  return {
    id: quiz.id,
    title: quiz.title,
    article: quiz.article,
    questionCount,
    list: header.assignments.map((a) => ({ id: a.id, className: a.classroom.name, selected: a.id === selected })),
    assignments: quiz.assignments.map((a) => {
      const attempts: AttemptFacts[] = a.attempts.map(({ questionOrder, ...t }) => ({
        ...t,
        ...(counts.get(t.id) ?? { answered: 0, correct: 0, lateAnswers: 0 }),
        questionCount: shownQuestionCount(questionOrder, dropped),
      }));
      const students = a.classroom.enrollments.map((e) => e.student);
      return {
        id: a.id,
        dueAt: a.dueAt,
        classroom: { id: a.classroom.id, name: a.classroom.name },
        rule: countedRuleOf(a),
        rows: summarizeStudents(students, attempts, { questionCount, dueAt: a.dueAt, now, rule: countedRuleOf(a) }),
      };
    }),
  };
}

/** One attempt at one of the teacher's quizzes, with every answer, key, source and grading history. */
export function getAttemptForTeacher(quizId: string, attemptId: string, teacherId: string) {
  return getDb().attempt.findFirst({
    where: { id: attemptId, quizId, quiz: { ownerId: teacherId } },
    select: {
      id: true,
      kind: true,
      number: true,
      questionOrder: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      studentId: true,
      assignmentId: true,
      student: { select: { id: true, displayName: true, username: true } },
      assignment: { select: { classroom: { select: { id: true, name: true } } } },
      quiz: {
        select: {
          id: true,
          title: true,
          article: { select: { title: true } },
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, type: true, prompt: true, options: true, answerKey: true, explanation: true, answerStart: true, answerEnd: true, points: true, droppedAt: true, fact: { select: { start: true } } },
          },
        },
      },
      responses: {
        select: {
          id: true,
          questionId: true,
          answer: true,
          correct: true,
          points: true,
          late: true,
          timeMs: true,
          gradings: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, createdAt: true, oldPoints: true, newPoints: true, oldCorrect: true, newCorrect: true, reason: true, gradedBy: { select: { displayName: true } } },
          },
        },
      },
    },
  });
}

/** The other attempts of the same student at the same assignment, for moving between them. */
export function listSiblingAttempts(assignmentId: string, studentId: string) {
  return getDb().attempt.findMany({
    where: { assignmentId, studentId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, score: true, maxScore: true, submittedAt: true },
  });
}

/** The quiz's title if it is this teacher's; null otherwise (pages answer "not found"). */
export function findQuizForTeacher(quizId: string, teacherId: string) {
  return getDb().quiz.findFirst({ where: { id: quizId, ownerId: teacherId }, select: { id: true, title: true } });
}
