import { readFileSync } from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
const t = readFileSync("tests/fixtures/articles/berlin-wall.txt", "utf8");
generateQuestions(t, { count: 1, seed: 7, types: ["MATCHING"], trace: (q, v) => { if (q.type === "MATCHING") console.log(v, q.confidence, q.options.map((o) => o.text).join(" | ")); } });
