/**
 * npm run bench:results
 * Builds the results data set (scripts/bench/seed-results-bench.ts) in a fresh
 * database, serves the production build against it, and times warm, repeated
 * requests of the results pages next to a trivial signed-in page, on SQLite and
 * then on PostgreSQL (FACTBOUND_PG_URL, default the local test server).
 * BENCH_PROVIDERS=sqlite limits the run; BENCH_REQUESTS sets the repetitions.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { createDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { seedResultsBench, BENCH, type BenchWorld } from "./bench/seed-results-bench";
import { buildIsCurrent, markBuilt } from "./lib/build-hash";
import { DEFAULT_PG_URL, canConnect } from "./lib/postgres";

const root = path.resolve(__dirname, "..");
const nextBin = require.resolve("next/dist/bin/next");
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const SECRET = "bench-only-secret-bench-only-secret-bench";
const TARGET_MS = 300;
const TARGET_RATIO = 10;

function pages(w: BenchWorld): [string, string][] {
  return [
    ["trivial page (/teacher/profile)", "/teacher/profile"],
    ["quiz results", `/teacher/quizzes/${w.quizIds[0]}/results`],
    ["item analysis", `/teacher/quizzes/${w.quizIds[0]}/analysis`],
    ["gradebook", `/teacher/classes/${w.classIds[0]}/gradebook`],
    ["student progress", `/teacher/classes/${w.classIds[0]}/students/${w.studentIds[0]}`],
    ["class fact mastery", `/teacher/classes/${w.classIds[0]}/mastery`],
    ["answers CSV export", `/api/export/quizzes/${w.quizIds[0]}/responses`],
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function waitForServer(child: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error("The server stopped while starting.");
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start within a minute.");
}

async function measure(url: string, world: BenchWorld) {
  const db = createDb(url);
  await applyMigrations(url);
  const t0 = Date.now();
  Object.assign(world, await seedResultsBench(db));
  console.log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${await db.attempt.count()} attempts, ${await db.response.count()} responses, ${await db.mastery.count()} mastery rows`);
  await db.$disconnect();
  // A session token as a sign-in would mint it (sid: the sign-in's id, checked against revoked sessions).
  const token = await encode({ token: { uid: world.teacher.id, role: "TEACHER", username: world.teacher.username, name: world.teacher.displayName, sv: 0, sid: randomUUID() }, secret: SECRET });
  const headers = { cookie: `next-auth.session-token=${token}` };
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, NEXTAUTH_SECRET: SECRET },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(server);
    const rows = [];
    for (const [label, pathname] of pages(world)) {
      const times: number[] = [];
      for (let i = 0; i < REQUESTS + 5; i++) {
        const start = performance.now();
        const res = await fetch(`http://127.0.0.1:${PORT}${pathname}`, { headers, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${pathname} answered ${res.status}`);
        if (i >= 5) times.push(performance.now() - start); // the first five warm up
      }
      times.sort((a, b) => a - b);
      rows.push({ label, median: percentile(times, 50), p95: percentile(times, 95) });
    }
    return rows;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

function report(provider: string, rows: { label: string; median: number; p95: number }[]): boolean {
  const trivial = rows[0]!.median;
  let ok = true;
  console.log(`\n${provider}: ${REQUESTS} warm requests each (ms)`);
  console.log(`  ${"page".padEnd(34)} ${"median".padStart(8)} ${"p95".padStart(8)} ${"x trivial".padStart(10)}`);
  for (const r of rows) {
    const ratio = r.median / trivial;
    const pass = r === rows[0] || (r.p95 < TARGET_MS && ratio <= TARGET_RATIO);
    ok &&= pass;
    console.log(`  ${r.label.padEnd(34)} ${r.median.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${ratio.toFixed(1).padStart(10)}${pass ? "" : "  ✗ over target"}`);
  }
  return ok;
}

async function main() {
  const providers = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",");
  if (!buildIsCurrent(root)) {
    console.log("Building the app (sources changed since the last build)…");
    execFileSync(process.execPath, [nextBin, "build"], { cwd: root, env: { ...process.env, NODE_ENV: "production" }, stdio: "inherit" });
    markBuilt(root);
  }
  console.log(`Data set: ${BENCH.classes} classes × ${BENCH.studentsPerClass} students, ${BENCH.quizzes} quizzes × ${BENCH.questionsPerQuiz} questions, one attempt per student and quiz.`);
  let ok = true;
  for (const provider of providers) {
    const world = {} as BenchWorld;
    if (provider === "sqlite") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factbound-bench-"));
      console.log(`\nSQLite (${dir})`);
      try {
        ok = report("SQLite", await measure(`file:${path.join(dir, "bench.db")}`, world)) && ok;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const admin = process.env.FACTBOUND_PG_URL ?? DEFAULT_PG_URL;
      if (!(await canConnect(admin))) {
        console.log("\nPostgreSQL: skipped, no server answers at FACTBOUND_PG_URL.");
        continue;
      }
      const name = `factbound_bench_${process.pid}`;
      const url = new URL(admin);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE "${name}"`);
      console.log(`\nPostgreSQL (database ${name})`);
      try {
        ok = report("PostgreSQL", await measure(url.toString(), world)) && ok;
      } finally {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      }
    }
  }
  console.log(ok ? `\nAll pages within ${TARGET_MS} ms at p95 and ${TARGET_RATIO}x the trivial page.` : "\nSome pages are over target.");
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
