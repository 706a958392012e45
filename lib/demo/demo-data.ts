import fs from "node:fs";
import path from "node:path";

/** The demo accounts `npm start` creates on first run; printed at startup and in the README. */
export const DEMO_TEACHER = { username: "teacher", email: "teacher@factbound.example", displayName: "Ms. Rivera", password: "factbound-teacher" };
export const DEMO_STUDENTS = [
  { username: "ana", displayName: "Ana Lopez" },
  { username: "ben", displayName: "Ben Okafor" },
  { username: "chloe", displayName: "Chloe Park" },
];
export const DEMO_STUDENT_PASSWORD = "factbound-student";
export const DEMO_CLASS = { name: "History 8B", joinCode: "HX7K4M" };
/** How many questions the demo quiz asks the generator for (it keeps only those that pass every check). */
export const DEMO_QUIZ_SIZE = 10;
export const DEMO_QUIZ_SEED = 1956;

export const BUILT_IN_ARTICLE_FILE = "soviet-japan-joint-declaration-1956.txt";

export function readBuiltInArticle(root = process.cwd()): string {
  return fs.readFileSync(path.join(root, "content", "articles", BUILT_IN_ARTICLE_FILE), "utf8");
}
