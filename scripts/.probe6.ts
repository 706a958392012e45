import { readFileSync } from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
import { checkNotes } from "../lib/generation/check-questions";
const text = readFileSync(process.argv[2]!, "utf8");
const re = new RegExp(process.argv[3]!, "i");
generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => { if (q.mainPoint && re.test(q.prompt)) console.log(verdict, q.confidence, checkNotes(q), q.prompt.slice(0, 100)); } });
