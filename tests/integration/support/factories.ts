import { randomUUID } from "node:crypto";
import { createArticle } from "../../../lib/article/mutations";
import { hashPassword } from "../../../lib/auth/password";
import { createClassroomForTeacher, enrollStudent } from "../../../lib/classroom/mutations";
import { getDb } from "../../../lib/db/client";
import { readBuiltInArticle } from "../../../lib/demo/demo-data";
import { generateQuestions } from "../../../lib/generation/generate-questions";
import type { GeneratedQuestionType } from "../../../lib/generation/types";
import type { ArticleAccess, LateAnswerRule } from "../../../lib/quiz/settings";
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
    lateAnswers?: LateAnswerRule;
    articleDuringAttempt?: ArticleAccess;
    dueAt?: Date | null;
    opensAt?: Date | null;
    attemptsAllowed?: number;
    /** Choice questions by default, so tests can answer by option id. */
    types?: GeneratedQuestionType[];
    /** Ask the generator for each type on its own (it may not mix them all in one quiz). */
    eachTypeOnce?: boolean;
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
  const types = options.types ?? ["MULTIPLE_CHOICE", "TRUE_FALSE"];
  const generated = generateQuestions(body, { count: options.questions ?? 8, seed: 7, types });
  if (options.eachTypeOnce) {
    generated.questions = types.flatMap((type) => generateQuestions(body, { count: 1, seed: 7, types: [type] }).questions.slice(0, 1));
  }
  const article = await createArticle({ ownerId: teacher.id, title: generated.article.title, body, parsed: generated.article });
  const quiz = await createQuiz({
    articleId: article.id,
    ownerId: teacher.id,
    title: "Test quiz",
    seed: 7,
    questions: generated.questions,
    publish: true,
  });
  const assignment = await assignQuiz(quiz.id, classroom.id, {
    dueAt: options.dueAt,
    opensAt: options.opensAt,
    attemptsAllowed: options.attemptsAllowed,
    settings: {
      shuffleQuestions: options.shuffle ?? false,
      feedback: options.feedback ? "after-each" : "after-submit",
      lateAnswers: options.lateAnswers,
      articleDuringAttempt: options.articleDuringAttempt,
      timeLimitSeconds: options.timeLimitSeconds,
    },
  });
  const questions = await getDb().question.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } });
  return { teacher, classroom, students, quiz, assignment, questions, generated };
}
