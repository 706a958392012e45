import fs from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
const file = process.argv[2]!;
const text = fs.readFileSync(file, "utf8");
const by = new Map<number, string[]>();
const r = generateQuestions(text, { count: 10, seed: 1, trace: (q: any, v: string) => { const k = q.source.start; by.set(k, [...(by.get(k) ?? []), `${v}:${q.type[0]}:${q.keyKind ?? ""}`]); } });
for (const s of r.article.sentences) {
  const c = by.get(s.start) ?? [];
  const sel = c.filter((x) => x.startsWith("selected")).length;
  console.log(`${c.length ? (sel ? "SEL" : "   ") : "---"} [${c.length}] ${s.text.slice(0, 110)}${c.length ? "  <" + [...new Set(c.map((x) => x.split(":")[0]))].join(",") + ">" : ""}`);
}
