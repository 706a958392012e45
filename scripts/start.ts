/**
 * npm start: set up and serve Factbound in one command.
 * Generates the Prisma client, migrates, seeds demo data on first start (on the
 * embedded default database, or when asked with --demo), builds when the
 * sources changed, then serves the production app on PORT (3000).
 */
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { databaseUrl, providerOf, redactUrl } from "../lib/db/config";
import { applyMigrations } from "../lib/db/migrations";
import { DEMO_STUDENT_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from "../lib/demo/demo-data";
import { generateClients } from "./db/generate";
import { buildIsCurrent, markBuilt } from "./lib/build-hash";
import { demoDataWanted } from "./lib/demo-choice";
import { ensureAuthSecret, loadDotEnv } from "./lib/env-file";

const root = path.resolve(__dirname, "..");
const nextBin = require.resolve("next/dist/bin/next");

function step(label: string) {
  console.log(`\n▸ ${label}`);
}

async function main() {
  loadDotEnv(root);
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number; got "${process.env.PORT}".`);
  const url = databaseUrl();
  const provider = providerOf(url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: ensureAuthSecret(root),
    // Without a fixed NEXTAUTH_URL, sign-in links follow the address the browser used
    // (a classroom reaches the app by the laptop's name or IP, not "localhost").
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };

  step("Preparing the database client");
  generateClients();

  step(`Migrating the ${provider} database (${redactUrl(url)})`);
  const applied = await applyMigrations(url);
  console.log(applied.length ? `  applied: ${applied.join(", ")}` : "  up to date");

  const demo = demoDataWanted({ url, root, argv: process.argv.slice(2), env: { FACTBOUND_DEMO: process.env.FACTBOUND_DEMO } });
  if (demo.seed) {
    step(`Demo data (${demo.why})`);
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "prisma", "seed.ts")], {
      cwd: root,
      env,
      stdio: "inherit",
    });
  } else {
    step(`Demo data: not added (${demo.why})`);
  }

  step("Data upkeep");
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "db", "upkeep.ts")], {
    cwd: root,
    env,
    stdio: "inherit",
  });

  if (buildIsCurrent(root)) {
    step("The production build is up to date");
  } else {
    step("Building the app (first start or changed sources; this takes a minute or two)");
    execFileSync(process.execPath, [nextBin, "build"], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
    markBuilt(root);
  }

  step("Starting Factbound");
  // scripts/serve.ts: Next's request handler behind a plain Node server that takes live answers itself (decision 016).
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts"), "--port", String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
      announced = true;
      console.log(
        [
          "",
          `Factbound is running at http://localhost:${port}`,
          "",
          ...(demo.seed
            ? [
                "Demo logins (change these passwords before real use):",
                `  teacher   ${DEMO_TEACHER.username} / ${DEMO_TEACHER.password}`,
                ...DEMO_STUDENTS.map((s) => `  student   ${s.username.padEnd(8)} / ${DEMO_STUDENT_PASSWORD}   (${s.displayName})`),
                "",
              ]
            : []),
          "Press Ctrl+C to stop.",
        ].join("\n"),
      );
    }
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(`\nFactbound could not start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
