import fs from "node:fs";
import { generateQuestions } from "../lib/generation/generate-questions";
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, "utf8");
  const by = new Map<number, string[]>();
  const r = generateQuestions(text, { count: 10, seed: 1, trace: (q: any, v: string) => { const k = q.source.start; by.set(k, [...(by.get(k) ?? []), v]); } });
  for (const s of r.article.sentences) {
    const c = by.get(s.start) ?? [];
    if (c.length) continue;
    if (s.text.split(/\s+/).length < 6) continue;
    console.log(`${file.split("/").pop()!.slice(0, 6)} ${(s as any).listItem ? "LI " : ""}${s.text.slice(0, 150)}`);
  }
}
