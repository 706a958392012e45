/**
 * The app as `npm start` serves it, on a fresh SQLite database of its own, so
 * every end-to-end run starts from the demo data and nothing else.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");
const dbFile = path.join(root, "data", "e2e", "factbound-e2e.db");
fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  PORT: process.env.E2E_PORT ?? "3100",
  NEXTAUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only",
  // The article tests serve pages from 127.0.0.1; outside tests the server never reads loopback addresses.
  FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH: "1",
};
const tsx = (file: string, conditions: string[] = []) =>
  execFileSync(process.execPath, [...conditions, "--import", "tsx", path.join(root, file)], { cwd: root, env, stdio: "inherit" });
// The demo data, a second quiz with ordering and matching questions, and a class with known results; start.ts then finds them.
tsx("scripts/db/migrate.ts");
tsx("prisma/seed.ts", ["--conditions=react-server"]);
tsx("tests/e2e/support/seed-extra.ts", ["--conditions=react-server"]);
tsx("tests/e2e/support/seed-results.ts", ["--conditions=react-server"]);

const child = spawn(process.execPath, [require.resolve("tsx/cli"), path.join(root, "scripts", "start.ts")], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
