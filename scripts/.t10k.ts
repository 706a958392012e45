import fs from "node:fs";
import path from "node:path";
import { generateQuestions } from "../lib/generation/generate-questions";
const dir = "tests/fixtures/articles";
const paras = fs.readdirSync(dir).flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split(/\n\s*\n/).filter((p) => p.split(/\s+/).length > 30));
function article(variant: number) { const out = ["A long article", ""]; let w = 0; for (let i = 0; w < 10000; i++) { const p = paras[(i + variant * 7) % paras.length]!.replace(/\b(1[0-9]{3})\b/g, (y) => String(Number(y) + variant + Math.floor(i / paras.length))); out.push(p, ""); w += p.split(/\s+/).length; } return out.join("\n"); }
const builtIn = fs.readFileSync("content/articles/soviet-japan-joint-declaration-1956.txt", "utf8");
const b: number[] = []; const l: number[] = [];
for (let v = 1; v <= 7; v++) { const t = builtIn.replace(/1956/g, String(1900 + v)); const s = performance.now(); generateQuestions(t, { count: 10, seed: 1 }); b.push(performance.now() - s); }
for (let v = 1; v <= 4; v++) { const t = article(v); const s = performance.now(); generateQuestions(t, { count: 10, seed: 1 }); l.push(performance.now() - s); }
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(0);
console.log("built-in new-text median ms", med(b.slice(1)), "10k new-text median ms", med(l.slice(1)));
