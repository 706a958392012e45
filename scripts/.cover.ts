import fs from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
let paras = 0, covered = 0, coverable = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, "utf8");
  const fates: { start: number; v: string; c: number }[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q: any, v: string) => fates.push({ start: q.source.start, v, c: q.confidence }) });
  // paragraphs: blocks separated by blank lines with 2+ sentences-ish (>= 25 words)
  let at = 0; const blocks: [number, number][] = [];
  for (const b of text.split(/\n\s*\n/)) { const s = text.indexOf(b, at); at = s + b.length; if (b.split(/\s+/).length >= 25) blocks.push([s, s + b.length]); }
  const out: string[] = [];
  for (const [s, e] of blocks) {
    const inP = fates.filter((f) => f.start >= s && f.start < e);
    const sel = inP.some((f) => f.v === "selected");
    const ok = inP.some((f) => f.v === "not-selected" && f.c >= 0.6);
    paras++; if (sel) covered++; else if (ok) coverable++;
    out.push(sel ? "S" : ok ? "c" : "-");
    if (!sel && !ok && process.env.SHOW) console.log("   NONE:", text.slice(s, e).replace(/\s+/g, " ").slice(0, 400));
  }
  console.log(file.split("/").pop()!.slice(0, 20).padEnd(20), out.join(""));
}
console.log(`paragraphs ${paras}, with a selected question ${covered}, without one but with a passing candidate >= 0.6: ${coverable}`);
