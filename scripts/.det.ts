import fs from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
const d = "tests/fixtures/articles/";
const files = fs.readdirSync(d);
const first = new Map<string, string>();
for (const f of files) first.set(f, JSON.stringify(generateQuestions(fs.readFileSync(d + f, "utf8"), { count: 10, seed: 1 }).questions));
let diff = 0;
for (const f of [...files].reverse()) if (JSON.stringify(generateQuestions(fs.readFileSync(d + f, "utf8"), { count: 10, seed: 1 }).questions) !== first.get(f)) { diff++; console.log("differs", f); }
console.log("articles differing on a second pass in reverse order:", diff, "of", files.length);
