import { readBuiltInArticle } from "../lib/demo/demo-data";
import { generateQuestions } from "../lib/generation/generate-questions";
const a = readBuiltInArticle();
const counts: Record<number, number> = {};
const bad: number[] = [];
for (let seed = 1; seed <= 60; seed++) { const n = generateQuestions(a, { count: 6, seed }).questions.length; counts[n] = (counts[n] ?? 0) + 1; if (n < 6) bad.push(seed); }
console.log(counts, bad.slice(0, 10));
