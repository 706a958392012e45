/**
 * For the end-to-end run only: a second quiz for the demo class, from a fixture
 * article with enough dates for ordering and matching questions.
 */
import fs from "node:fs";
import path from "node:path";
import { createArticle } from "../../../lib/article/mutations";
import { getDb } from "../../../lib/db/client";
import { DEMO_TEACHER } from "../../../lib/demo/demo-data";
import { generateQuestions } from "../../../lib/generation/generate-questions";
import { assignQuiz, createQuiz } from "../../../lib/quizzes/mutations";

export const EXTRA_QUIZ_TITLE = "Timeline practice: the United Nations";

async function main() {
  const db = getDb();
  const teacher = await db.user.findUniqueOrThrow({ where: { username: DEMO_TEACHER.username } });
  if (await db.quiz.findFirst({ where: { title: EXTRA_QUIZ_TITLE } })) return;
  const classroom = await db.classroom.findFirstOrThrow({ where: { teacherId: teacher.id } });
  const body = fs.readFileSync(path.resolve(__dirname, "../../fixtures/articles/united-nations.txt"), "utf8");
  const ordering = generateQuestions(body, { count: 1, seed: 7, types: ["ORDERING"] }).questions;
  const matching = generateQuestions(body, { count: 1, seed: 7, types: ["MATCHING"] }).questions;
  if (ordering.length !== 1 || matching.length !== 1) throw new Error("The fixture article should yield an ordering and a matching question.");
  const parsed = generateQuestions(body).article;
  const article = await createArticle({ ownerId: teacher.id, title: parsed.title, body, parsed });
  const quiz = await createQuiz({
    articleId: article.id,
    ownerId: teacher.id,
    title: EXTRA_QUIZ_TITLE,
    seed: 7,
    settings: { shuffleQuestions: false, feedback: "after-each" },
    questions: [...ordering, ...matching],
    publish: true,
  });
  await assignQuiz(quiz.id, classroom.id);
}

main()
  .catch((err) => {
    console.error(err);
    process.exit(1);
  })
  .finally(() => getDb().$disconnect());
