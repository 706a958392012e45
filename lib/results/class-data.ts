import "server-only";
import { getDb } from "../db/client";
import { countedRuleOf, pickCountedAttempt } from "../quiz/counted-attempt";
import { buildGradebook } from "./gradebook";

/** The class's gradebook for its teacher; null when the class is not theirs. Reads one row per attempt of this class. */
export async function getGradebook(classId: string, teacherId: string, now = new Date()) {
  const classroom = await getDb().classroom.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      enrollments: { orderBy: { student: { displayName: "asc" } }, select: { student: { select: { id: true, displayName: true, username: true } } } },
      assignments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          dueAt: true,
          settings: true,
          quiz: { select: { id: true, title: true } },
          attempts: { where: { kind: "ASSIGNMENT", submittedAt: { not: null } }, select: { id: true, studentId: true, number: true, score: true, maxScore: true, submittedAt: true } },
        },
      },
    },
  });
  if (!classroom) return null;
  const book = buildGradebook(
    classroom.enrollments.map((e) => e.student),
    classroom.assignments.map((a) => ({ ...a, rule: countedRuleOf(a) })),
    now,
  );
  return { id: classroom.id, name: classroom.name, ...book };
}

/**
 * One student of the teacher's class: counted scores over time in this class,
 * and mastery of the facts of the articles the class was quizzed on. Null when
 * the class is not the teacher's or the student is not in it.
 */
export async function getStudentReport(classId: string, studentId: string, teacherId: string) {
  const db = getDb();
  const enrollment = await db.enrollment.findFirst({
    where: { classroomId: classId, studentId, classroom: { teacherId } },
    select: { classroom: { select: { id: true, name: true } }, student: { select: { id: true, displayName: true, username: true } } },
  });
  if (!enrollment) return null;
  // The class's assignments first; then the student's mastery and practice on those quizzes' articles by id (simple, indexed reads).
  const assignments = await db.assignment.findMany({
    where: { classroomId: classId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      dueAt: true,
      settings: true,
      quiz: { select: { id: true, title: true, articleId: true } },
      attempts: { where: { studentId, kind: "ASSIGNMENT", submittedAt: { not: null } }, select: { id: true, number: true, score: true, maxScore: true, submittedAt: true } },
    },
  });
  // Live games of this class the student played (the latest 50), labelled apart from assignments.
  const liveAttempts = await db.attempt.findMany({
    where: { studentId, kind: "LIVE", liveGame: { classroomId: classId } },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: { id: true, score: true, maxScore: true, startedAt: true, submittedAt: true, quiz: { select: { id: true, title: true, articleId: true } } },
  });
  const live = liveAttempts.flatMap((l) => (l.quiz ? [{ ...l, quiz: l.quiz }] : []));
  const articleIds = [...new Set([...assignments.map((a) => a.quiz.articleId), ...live.map((l) => l.quiz.articleId)])];
  const quizIds = [...new Set(assignments.map((a) => a.quiz.id))];
  const [mastery, practice] = await Promise.all([
    db.mastery.findMany({
      where: { studentId, fact: { articleId: { in: articleIds } } },
      select: { seen: true, correct: true, lastSeen: true, fact: { select: { id: true, sentence: true, position: true, article: { select: { id: true, title: true } } } } },
    }),
    db.attempt.count({ where: { studentId, kind: "PRACTICE", submittedAt: { not: null }, quizId: { in: quizIds } } }),
  ]);
  const quizzes = assignments.map((a) => {
    const counted = pickCountedAttempt(a.attempts, countedRuleOf(a));
    return { assignmentId: a.id, quizId: a.quiz.id, title: a.quiz.title, dueAt: a.dueAt, attempts: a.attempts.length, counted: counted ?? null };
  });
  const liveGames = live.map((l) => ({ attemptId: l.id, quizId: l.quiz.id, title: l.quiz.title, playedAt: l.startedAt, score: l.score, maxScore: l.maxScore, finished: l.submittedAt !== null }));
  return { classroom: enrollment.classroom, student: enrollment.student, quizzes, liveGames, mastery, practiceCount: practice };
}

/** How the class stands on each fact of one article its quizzes drew on: per fact, students by mastery level. */
export async function getClassMastery(classId: string, teacherId: string, articleId?: string) {
  const db = getDb();
  const classroom = await db.classroom.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      _count: { select: { enrollments: true } },
      assignments: { select: { quiz: { select: { article: { select: { id: true, title: true } } } } } },
    },
  });
  if (!classroom) return null;
  const articles = [...new Map(classroom.assignments.map((a) => [a.quiz.article.id, a.quiz.article])).values()].sort((a, b) => a.title.localeCompare(b.title));
  const article = articles.find((a) => a.id === articleId) ?? articles[0];
  if (!article) return { classroom, articles, article: null, facts: [], rows: [] };
  const [facts, rows] = await Promise.all([
    db.fact.findMany({ where: { articleId: article.id, questions: { some: {} } }, orderBy: { position: "asc" }, select: { id: true, sentence: true, position: true } }),
    db.mastery.findMany({
      where: { fact: { articleId: article.id }, student: { enrollments: { some: { classroomId: classId } } } },
      select: { factId: true, seen: true, correct: true },
    }),
  ]);
  return { classroom, articles, article, facts, rows };
}
