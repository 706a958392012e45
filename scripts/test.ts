/**
 * npm test: the whole suite, in order: typecheck, lint, unit tests, integration
 * tests on SQLite and on PostgreSQL, and end-to-end tests in Chromium. Ends with
 * one line, "Tests: N passed, N failed", totalling every step, followed by
 * ", N skipped (…)" when a step did not run, so a skip never reads as a pass.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureChromium } from "../tests/support/chromium";
import { generateClients } from "./db/generate";
import { DEFAULT_PG_URL, ensureLocalPostgres } from "./lib/postgres";
import { playwrightFailures, vitestFailures } from "./lib/failed-tests";
import { totalsLine, type StepResult } from "./lib/totals-line";

const root = path.resolve(__dirname, "..");
const out = path.join(root, "test-results");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const results: StepResult[] = [];
/** Each step's failed tests by name, printed in the summary (CI shows only the end of the output). */
const failures = new Map<string, string[]>();

function run(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${name} ━━`);
  const res = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return res.status === 0;
}

/** A check that is not a test runner counts as one test: it passed or it failed. */
function check(name: string, command: string, args: string[]) {
  const ok = run(name, command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function vitest(name: string, project: string, report: string, env: Record<string, string> = {}) {
  const file = path.join(out, report);
  fs.rmSync(file, { force: true });
  const ok = run(name, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], env);
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTests: number } & Parameters<typeof vitestFailures>[0]>(file);
  if (!json) return results.push({ name, passed: 0, failed: 1 });
  failures.set(name, vitestFailures(json));
  // A run that failed outside any test (a crashed file, an unhandled error) still counts as a failure.
  const failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
  results.push({ name, passed: json.numPassedTests, failed });
}

function playwright() {
  const name = "End-to-end tests (Chromium)";
  const file = path.join(out, "e2e.json");
  try {
    process.env.CHROMIUM_PATH = ensureChromium();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return results.push({ name, passed: 0, failed: 1 });
  }
  fs.rmSync(file, { force: true });
  const ok = run(name, bin("playwright"), ["test"]);
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } } & Parameters<typeof playwrightFailures>[0]>(file);
  if (!json) return results.push({ name, passed: 0, failed: 1 });
  failures.set(name, playwrightFailures(json));
  const failed = json.stats.unexpected + json.stats.flaky + (ok || json.stats.unexpected > 0 ? 0 : 1);
  results.push({ name, passed: json.stats.expected, failed });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  generateClients();
  check("Typecheck", bin("tsc"), ["--noEmit"]);
  check("Lint", bin("eslint"), ["--max-warnings=0", "."]);
  vitest("Unit tests", "unit", "unit.json");
  vitest("Integration tests (SQLite)", "integration", "integration-sqlite.json", { FACTBOUND_TEST_PROVIDER: "sqlite" });

  const pgUrl = process.env.FACTBOUND_PG_URL ?? DEFAULT_PG_URL;
  const pgReady = await ensureLocalPostgres(pgUrl);
  if (pgReady.ok) {
    vitest("Integration tests (PostgreSQL)", "integration", "integration-postgresql.json", { FACTBOUND_TEST_PROVIDER: "postgresql", FACTBOUND_PG_URL: pgUrl });
  } else if (process.env.CI) {
    console.error(`\nPostgreSQL is required in CI: ${pgReady.why}.`);
    results.push({ name: "Integration tests (PostgreSQL)", passed: 0, failed: 1 });
  } else {
    results.push({ name: "Integration tests (PostgreSQL)", passed: 0, failed: 0, skipped: pgReady.why });
  }
  playwright();

  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log("\n━━ Summary ━━");
  for (const r of results) {
    const status = r.skipped ? `skipped (${r.skipped})` : `${r.passed} passed, ${r.failed} failed`;
    console.log(`${r.failed ? "✗" : "✓"} ${r.name.padEnd(32)} ${status}`);
    for (const failure of failures.get(r.name) ?? []) console.log(`    ✗ ${failure}`);
  }
  const line = totalsLine(results);
  fs.writeFileSync(path.join(out, "summary.txt"), line + "\n");
  console.log(`\n${line}`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
