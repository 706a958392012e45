import { randomUUID } from "node:crypto";
import { createArticle } from "../../../lib/article/mutations";
import { hashPassword } from "../../../lib/auth/password";
import { createClassroomForTeacher, enrollStudent } from "../../../lib/classroom/mutations";
import { getDb } from "../../../lib/db/client";
import { readBuiltInArticle } from "../../../lib/demo/demo-data";
import { generateQuestions } from "../../../lib/generation/generate-questions";
import type { GeneratedQuestionType } from "../../../lib/generation/types";
import { assignQuiz, createQuiz } from "../../../lib/quizzes/mutations";

let passwordHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = "correct horse battery";

function unique(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function makeUser(role: "TEACHER" | "STUDENT", overrides: { username?: string; email?: string } = {}) {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  return getDb().user.create({
    data: {
      role,
      username: overrides.username ?? unique(role.toLowerCase()),
      email: overrides.email,
      displayName: unique("Name"),
      passwordHash: await passwordHash,
    },
  });
}

/** A teacher with a class of `students` students and the built-in article's quiz assigned to it. */
export async function makeAssignedQuiz(
  options: {
    students?: number;
    questions?: number;
    shuffle?: boolean;
    feedback?: boolean;
    timeLimitSeconds?: number;
    lateRule?: "count" | "zero";
    /** Choice questions by default, so tests can answer by option id. */
    types?: GeneratedQuestionType[];
    article?: string;
  } = {},
) {
  const teacher = await makeUser("TEACHER");
  const classroom = await createClassroomForTeacher(teacher.id, unique("Class"));
  const students = [];
  for (let i = 0; i < (options.students ?? 2); i++) {
    const s = await makeUser("STUDENT");
    await enrollStudent(classroom.id, s.id);
    students.push(s);
  }
  const body = options.article ?? readBuiltInArticle();
  const generated = generateQuestions(body, { count: options.questions ?? 8, seed: 7, types: options.types ?? ["MULTIPLE_CHOICE", "TRUE_FALSE"] });
  const article = await createArticle({ ownerId: teacher.id, title: generated.article.title, body, parsed: generated.article });
  const quiz = await createQuiz({
    articleId: article.id,
    ownerId: teacher.id,
    title: "Test quiz",
    seed: 7,
    settings: { shuffleQuestions: options.shuffle ?? false, feedbackAfterEach: options.feedback ?? false, lateRule: options.lateRule ?? "count", timeLimitSeconds: options.timeLimitSeconds },
    questions: generated.questions,
    publish: true,
  });
  const assignment = await assignQuiz(quiz.id, classroom.id);
  const questions = await getDb().question.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } });
  return { teacher, classroom, students, quiz, assignment, questions, generated };
}
