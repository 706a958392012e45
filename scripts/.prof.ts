import fs from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
const t = fs.readFileSync("content/articles/soviet-japan-joint-declaration-1956.txt", "utf8");
for (let i = 0; i < 3; i++) generateQuestions(t.replace(/1956/g, String(1900 + i)), { count: 10, seed: 1 });
const s = performance.now();
for (let i = 0; i < 40; i++) generateQuestions(t.replace(/1956/g, String(1910 + i)), { count: 10, seed: 1 });
console.log("per article ms", (performance.now() - s) / 40);
