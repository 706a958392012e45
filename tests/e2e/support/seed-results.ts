/**
 * For the end-to-end run only: a small class of the demo teacher with known
 * answers to a four-question quiz, so the results test can fix a key. Every
 * student chose the same distractor on question 1 and the key elsewhere.
 * Names include a spreadsheet formula and accents, for the CSV check.
 */
import { createArticle } from "../../../lib/article/mutations";
import { recordResponse, startOrResumeAttempt, submitAttempt } from "../../../lib/attempt/mutations";
import { hashPassword } from "../../../lib/auth/password";
import { createClassroomForTeacher, enrollStudent } from "../../../lib/classroom/mutations";
import { getDb } from "../../../lib/db/client";
import { DEMO_TEACHER, readBuiltInArticle } from "../../../lib/demo/demo-data";
import { generateQuestions } from "../../../lib/generation/generate-questions";
import { choiceKeyOf, parseAnswerKey } from "../../../lib/quiz/grade-answer";
import { assignQuiz, createQuiz } from "../../../lib/quizzes/mutations";
import { RESULTS_CLASS, RESULTS_QUIZ_TITLE, RESULTS_STUDENTS } from "./results-world";


async function main() {
  const db = getDb();
  if (await db.quiz.findFirst({ where: { title: RESULTS_QUIZ_TITLE } })) return;
  const teacher = await db.user.findUniqueOrThrow({ where: { username: DEMO_TEACHER.username } });
  const classroom = await createClassroomForTeacher(teacher.id, RESULTS_CLASS);
  const passwordHash = await hashPassword("results student password");
  const students = [];
  for (const s of RESULTS_STUDENTS) {
    const user = await db.user.create({ data: { role: "STUDENT", username: s.username, displayName: s.displayName, passwordHash } });
    await enrollStudent(classroom.id, user.id);
    students.push(user);
  }
  const body = readBuiltInArticle();
  // Choices and true/false, both answered by choosing an option: the built-in article has three fair multiple-choice
  // questions (its names are asked typed, not among other names), and the results need four.
  const generated = generateQuestions(body, { count: 4, seed: 11, types: ["MULTIPLE_CHOICE", "TRUE_FALSE"] });
  const article = await createArticle({ ownerId: teacher.id, title: generated.article.title, body, parsed: generated.article });
  const quiz = await createQuiz({
    articleId: article.id,
    ownerId: teacher.id,
    title: RESULTS_QUIZ_TITLE,
    seed: 11,
    questions: generated.questions,
    publish: true,
  });
  const assignment = await assignQuiz(quiz.id, classroom.id);
  const questions = await db.question.findMany({ where: { quizId: quiz.id }, orderBy: { position: "asc" } });
  for (const student of students) {
    const started = await startOrResumeAttempt(assignment.id, student.id);
    if (!("attemptId" in started)) throw new Error("Could not start a seeded attempt.");
    for (const [i, q] of questions.entries()) {
      const key = choiceKeyOf(parseAnswerKey(q.answerKey));
      const firstOther = (q.options as { id: string }[]).find((o) => o.id !== key)!.id;
      await recordResponse({ attemptId: started.attemptId, questionId: q.id, answer: { kind: "choice", optionId: i === 0 ? firstOther : key }, timeMs: 4000 }, student.id);
    }
    await submitAttempt(started.attemptId, student.id);
  }
}

main()
  .catch((err) => {
    console.error(err);
    process.exit(1);
  })
  .finally(() => getDb().$disconnect());
