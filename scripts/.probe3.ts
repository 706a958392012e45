import { readFileSync } from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
import { isCutFrom } from "../lib/generation/trim-statement";
const text = readFileSync("tests/fixtures/articles/united-nations.txt", "utf8");
for (const seed of [1, 2, 3, 4, 5]) for (const q of generateQuestions(text, { count: 10, seed }).questions) {
  if (q.type === "TRUE_FALSE" && q.keyKind === "statement" && isCutFrom(q.prompt, q.source.sentence) !== (q.answerText === "True")) console.log(seed, q.prompt, "|", q.source.sentence);
}
