/**
 * Demo data, created once: the built-in article, a teacher, a class with a join
 * code, three students, and a published quiz generated from the article and
 * assigned to the class. Running it again changes nothing.
 */
import { createArticle } from "../lib/article/mutations";
import { hashPassword } from "../lib/auth/password";
import { createClassroom, enrollStudent } from "../lib/classroom/mutations";
import { getDb } from "../lib/db/client";
import {
  DEMO_CLASS,
  DEMO_QUIZ_SEED,
  DEMO_QUIZ_SIZE,
  DEMO_STUDENT_PASSWORD,
  DEMO_STUDENTS,
  DEMO_TEACHER,
  readBuiltInArticle,
} from "../lib/demo/demo-data";
import { generateQuestions } from "../lib/generation/generate-questions";
import { assignQuiz, createQuiz } from "../lib/quizzes/mutations";

export async function seedDemoData(root = process.cwd()): Promise<{ created: boolean }> {
  const db = getDb();
  if (await db.user.findUnique({ where: { username: DEMO_TEACHER.username }, select: { id: true } })) {
    return { created: false };
  }
  const body = readBuiltInArticle(root);
  const generated = generateQuestions(body, { count: DEMO_QUIZ_SIZE, seed: DEMO_QUIZ_SEED });
  // Six, not more: the generator asks each fact once and never shows one key in another stem, and this short article repeats its few facts.
  if (generated.questions.length < 6) throw new Error(`The demo quiz needs 6 questions; the generator made ${generated.questions.length}.`);
  const teacherHash = await hashPassword(DEMO_TEACHER.password);
  const studentHash = await hashPassword(DEMO_STUDENT_PASSWORD);

  await db.$transaction(async (tx) => {
    const teacher = await tx.user.create({
      data: { role: "TEACHER", username: DEMO_TEACHER.username, email: DEMO_TEACHER.email, displayName: DEMO_TEACHER.displayName, passwordHash: teacherHash },
    });
    const classroom = await createClassroom({ teacherId: teacher.id, name: DEMO_CLASS.name, joinCode: DEMO_CLASS.joinCode }, tx);
    for (const s of DEMO_STUDENTS) {
      const student = await tx.user.create({
        data: { role: "STUDENT", username: s.username, displayName: s.displayName, passwordHash: studentHash },
      });
      await enrollStudent(classroom.id, student.id, tx);
    }
    const article = await createArticle(
      { ownerId: teacher.id, title: generated.article.title, body, parsed: generated.article, builtIn: true },
      tx,
    );
    const quiz = await createQuiz(
      {
        articleId: article.id,
        ownerId: teacher.id,
        title: generated.article.title,
        seed: DEMO_QUIZ_SEED,
        settings: { shuffleQuestions: false, feedback: "after-submit" },
        questions: generated.questions,
        publish: true,
      },
      tx,
    );
    // Open now, no due date or time limit: the demo can be played whenever it is tried.
    // Feedback after submitting, one attempt, late answers refused (the safe defaults).
    await assignQuiz(quiz.id, classroom.id, { attemptsAllowed: 1, settings: { feedback: "after-submit", countedAttempt: "BEST" } }, tx);
  });
  return { created: true };
}

if (require.main === module) {
  seedDemoData()
    .then(({ created }) => console.log(created ? "Demo data created." : "Demo data already present; nothing changed."))
    .catch((err) => {
      console.error(`Seeding failed: ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    })
    .finally(() => getDb().$disconnect());
}
