import fs from "node:fs";

/** A process and its descendants, read from /proc (Linux): what a server and its workers use. */
function tree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(parents.get(out[i]!) ?? []));
  return out;
}

const TICKS_PER_SECOND = 100;

export function sampleTree(root: number): { cpuSeconds: number; rssMb: number } {
  let ticks = 0;
  let rssKb = 0;
  for (const pid of tree(root)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
      const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      rssKb += Number(rss?.[1] ?? 0);
    } catch {
      // Gone meanwhile.
    }
  }
  return { cpuSeconds: ticks / TICKS_PER_SECOND, rssMb: rssKb / 1024 };
}

/** Peak memory and CPU time of a process tree, sampled twice a second until stopped. */
export function watchTree(root: number) {
  const first = sampleTree(root);
  let peakRss = first.rssMb;
  let last = first;
  const timer = setInterval(() => {
    last = sampleTree(root);
    peakRss = Math.max(peakRss, last.rssMb);
  }, 500);
  return {
    mark: () => sampleTree(root).cpuSeconds,
    stop() {
      clearInterval(timer);
      last = sampleTree(root);
      return { peakRssMb: Math.max(peakRss, last.rssMb), cpuSeconds: last.cpuSeconds - first.cpuSeconds };
    },
  };
}

export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN, n: sorted.length };
}
