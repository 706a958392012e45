/**
 * npm run bench:generation
 * Warm medians of the question generator on the built-in article and on
 * articles of growing length (built from the fixture corpus), with the time per
 * 1,000 words at each size so growth can be read as a ratio in one run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateQuestions } from "../lib/generation/generate-questions";

const root = path.resolve(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

// Median CPU time of the last runs measured, per label: other processes on a shared machine lengthen the wall time, far less this.
const cpuMedians = new Map<string, number>();

function median(fn: () => void, runs = RUNS, label = ""): number {
  fn();
  fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    fn();
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  if (label) cpuMedians.set(label, cpu[Math.floor(cpu.length / 2)]!);
  return times[Math.floor(times.length / 2)]!;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Paragraphs from the corpus, repeated and renumbered, until the article reaches `target` words.
 * `variant` starts the paragraphs at another place and shifts every year, so each variant is a
 * text the generator has never seen (its per-article memos start empty, as for a newly pasted article).
 */
function articleOf(target: number, paragraphs: string[], variant = 0): string {
  const out = ["A long article for benchmarking", ""];
  for (let i = 0; words(out.join("\n")) < target; i++) {
    const shift = Math.floor(i / paragraphs.length) + variant;
    out.push(paragraphs[(i + variant * 5) % paragraphs.length]!.replace(/\b(1[0-9]{3})\b/g, (y) => String(Number(y) + shift)), "");
  }
  return out.join("\n");
}

/** Median wall time over `runs` texts the process has not seen before (after two warm-up calls on other texts). */
function medianOnNewTexts(textOf: (variant: number) => string, runs: number, label: string): number {
  const texts = Array.from({ length: runs + 2 }, (_, k) => textOf(k + 1));
  let next = 0;
  return median(() => generateQuestions(texts[next++]!, { count: 10, seed: 1 }), runs, label);
}

const builtIn = fs.readFileSync(path.join(root, "content", "articles", "soviet-japan-joint-declaration-1956.txt"), "utf8");
const corpusDir = path.join(root, "tests", "fixtures", "articles");
const paragraphs = fs
  .readdirSync(corpusDir)
  .flatMap((f) => fs.readFileSync(path.join(corpusDir, f), "utf8").split(/\n\s*\n|\n(?=[A-Z])/))
  .map((p) => p.replace(/^#+\s.*$/gm, "").trim())
  .filter((p) => words(p) >= 25);

// The headline figures time texts never seen before: a teacher pastes a new article each time, and
// the per-article memos would make a repeat of the same text look faster than any real first run.
const builtInVariant = (k: number) => builtIn.replace(/\b(1[0-9]{3})\b/g, (y) => String(Number(y) + k));
const base = medianOnNewTexts(builtInVariant, RUNS, "built-in article");
const baseAgain = median(() => generateQuestions(builtIn, { count: 10, seed: 1 }), RUNS);
console.log(`Built-in article (${words(builtIn)} words): median ${base.toFixed(1)} ms over ${RUNS} new texts (years shifted; target < 50 ms); the same text again: ${baseAgain.toFixed(1)} ms`);
console.log("\nwords     median ms   ms per 1,000 words   vs 1,000 words   same text again (ms)");
let perThousandAt1k = 0;
for (const size of [1000, 2000, 5000, 10000]) {
  const runs = Math.max(3, Math.round(RUNS / 2));
  const sample = articleOf(size, paragraphs, 1);
  const ms = medianOnNewTexts((k) => articleOf(size, paragraphs, k), runs, `${words(sample)} words`);
  const again = median(() => generateQuestions(sample, { count: 10, seed: 1 }), runs);
  const perThousand = (ms / words(sample)) * 1000;
  if (size === 1000) perThousandAt1k = perThousand;
  console.log(`${String(words(sample)).padEnd(10)}${ms.toFixed(1).padEnd(12)}${perThousand.toFixed(1).padEnd(21)}${`${(perThousand / perThousandAt1k).toFixed(2)}×`.padEnd(17)}${again.toFixed(1)}`);
}
console.log("\nA ratio near 1.00× at every size means time grows linearly with length (target: 10,000 words < 1 s).");
// Includes the engine's own threads (garbage collection), so it can exceed the wall time on an idle machine.
console.log(`CPU time, median per run (this process, load average ${os.loadavg()[0]!.toFixed(2)}): ${[...cpuMedians].map(([label, ms]) => `${label} ${ms.toFixed(1)} ms`).join(", ")}`);

// Run-on "sentences" with no full stops (a pasted table or list): the name and list patterns skip
// sentences over LONGEST_READ_SENTENCE, which took 12-24 s each here before that guard.
console.log("\nPathological input (just under the 200,000-character limit, no full stops): ms, one run each");
const pathological: [string, string][] = [
  ["comma run", "The layer, ".repeat(18_000)],
  ["capitalised run", "Great Big Name ".repeat(13_000)],
  ["one word repeated", "the ".repeat(49_000)],
];
for (const [name, body] of pathological) {
  const t = performance.now();
  generateQuestions(`Run-on\n\n${body}end.`.slice(0, 199_000), { count: 10, seed: 1 });
  console.log(`${name.padEnd(20)}${(performance.now() - t).toFixed(0)}`);
}
