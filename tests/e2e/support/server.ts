/**
 * The app as `npm start` serves it, on a fresh SQLite database of its own, so
 * every end-to-end run starts from the demo data and nothing else.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");
const dbFile = path.join(root, "data", "e2e", "factbound-e2e.db");
fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });

const child = spawn(process.execPath, [require.resolve("tsx/cli"), path.join(root, "scripts", "start.ts")], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: `file:${dbFile}`, PORT: process.env.E2E_PORT ?? "3100", NEXTAUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
