import { readFileSync } from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
const file = process.argv[2]!;
const text = readFileSync(file, "utf8");
for (const seed of (process.argv[3] ?? "1").split(",").map(Number)) { console.log("seed", seed);
for (const q of generateQuestions(text, { count: 10, seed }).questions) console.log(" ", q.type.slice(0, 2), q.keyKind, q.confidence, q.prompt.slice(0, 110), "=>", q.answerText.slice(0, 30)); }
