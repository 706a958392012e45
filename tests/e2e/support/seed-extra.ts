/**
 * For the end-to-end run only: two more quizzes for the demo class, from a
 * fixture article with enough dates for ordering and matching questions: one
 * of those two types, and one with every question type (each from its own
 * sentence, so no question gives another's answer away).
 */
import fs from "node:fs";
import path from "node:path";
import { createArticle } from "../../../lib/article/mutations";
import { getDb } from "../../../lib/db/client";
import { DEMO_TEACHER } from "../../../lib/demo/demo-data";
import { generateQuestions } from "../../../lib/generation/generate-questions";
import type { GeneratedQuestion } from "../../../lib/generation/types";
import { EVERY_TYPE_QUIZ_TITLE, EXTRA_QUIZ_TITLE } from "./extra-quizzes";
import { assignQuiz, createQuiz } from "../../../lib/quizzes/mutations";

// Fill in the blank first: the article has fewest sentences for it.
const SENTENCE_TYPES = ["FILL_BLANK", "MULTIPLE_CHOICE", "TRUE_FALSE"] as const;

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
    questions: [...ordering, ...matching],
    publish: true,
  });
  await assignQuiz(quiz.id, classroom.id, { settings: { feedback: "after-each" } });

  // The timeline questions' sentences are kept from the others, and each other type gets a sentence of its own.
  const wallBody = fs.readFileSync(path.resolve(__dirname, "../../fixtures/articles/berlin-wall.txt"), "utf8");
  const wallParsed = generateQuestions(wallBody).article;
  const wall = await createArticle({ ownerId: teacher.id, title: wallParsed.title, body: wallBody, parsed: wallParsed });
  const timeline = (["ORDERING", "MATCHING"] as const).flatMap((type) => generateQuestions(wallBody, { count: 1, seed: 7, types: [type] }).questions);
  const sentencesOf = (q: GeneratedQuestion) => (q.sources ?? [q.source]).map((src) => src.start);
  const used = new Set(timeline.flatMap(sentencesOf));
  // Each type's candidates on sentences the timeline leaves free; one sentence per type, found by a small search
  // (taking each type's first free sentence in turn can leave a later type with none).
  const options = SENTENCE_TYPES.map((type) => generateQuestions(wallBody, { count: 8, seed: 7, types: [type] }).questions.filter((q) => !used.has(q.source.start)));
  const assign = (i: number, taken: Set<number>): GeneratedQuestion[] | null => {
    if (i === options.length) return [];
    for (const q of options[i]!) {
      if (taken.has(q.source.start)) continue;
      const rest = assign(i + 1, new Set([...taken, q.source.start]));
      if (rest) return [q, ...rest];
    }
    return null;
  };
  const bySentence = assign(0, new Set());
  if (!bySentence) throw new Error(`The fixture article should yield ${SENTENCE_TYPES.join(", ")} questions, each from a sentence of its own.`);
  if (timeline.length !== 2) throw new Error("The Berlin Wall article should yield an ordering and a matching question.");
  const everyType = [...bySentence, ...timeline];
  const all = await createQuiz({ articleId: wall.id, ownerId: teacher.id, title: EVERY_TYPE_QUIZ_TITLE, seed: 7, questions: everyType, publish: true });
  // Feedback after handing in (the default): nothing about the key reaches the browser before that.
  await assignQuiz(all.id, classroom.id, { settings: { feedback: "after-submit" } });

  // The authoring test's article (about 1,000 words, written for it), offered to every teacher
  // as the built-in one is, so a new teacher can make a quiz from it.
  const canalBody = fs.readFileSync(path.resolve(__dirname, "../../fixtures/authoring/panama-canal.txt"), "utf8");
  const canalParsed = generateQuestions(canalBody, { count: 1 }).article;
  await createArticle({ ownerId: teacher.id, title: canalParsed.title, body: canalBody, parsed: canalParsed, builtIn: true });
}

main()
  .catch((err) => {
    console.error(err);
    process.exit(1);
  })
  .finally(() => getDb().$disconnect());
