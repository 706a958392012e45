import { readFileSync } from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
const text = readFileSync(process.argv[2]!, "utf8");
const re = new RegExp(process.argv[3]!, "i");
generateQuestions(text, { count: 10, seed: Number(process.argv[4] ?? 1), trace: (q, verdict) => { if (re.test(q.prompt) || re.test(q.answerText)) console.log(verdict, q.type.slice(0, 2), q.keyKind, q.confidence, q.score.toFixed(2), q.prompt.slice(0, 120), "=>", q.answerText); } });
