/**
 * npm run bench:roster
 * Adds 200 students to a class (as the "Add students" action does: Argon2 hashes,
 * then one transaction) while a health endpoint in the same process, answering
 * from the same database client, is polled every 25 ms over HTTP. Prints how
 * long the roster took and the health latencies (target: worst under 200 ms).
 * Runs on a fresh SQLite database in a temporary folder; checks the roster too.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 200);
const POLL_MS = 25;
const QUIET_MS = 5000;

function summarize(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const worst = sorted.at(-1)!;
  return { worst, text: `${sorted.length} requests; median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, worst ${worst.toFixed(1)} ms` };
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factbound-bench-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;

async function main() {
  const { applyMigrations } = await import("../lib/db/migrations");
  const { getDb } = await import("../lib/db/client");
  const { databaseIsUp } = await import("../lib/health/data");
  const { createClassroomForTeacher } = await import("../lib/classroom/mutations");
  const { createStudentsInClass, createTeacher } = await import("../lib/users/mutations");
  await applyMigrations(process.env.DATABASE_URL!);
  const created = await createTeacher({ name: "Bench Teacher", email: "bench@school.example", password: "bench password" });
  if (created.status !== "created") throw new Error("could not create the bench teacher");
  const teacher = await getDb().user.findUniqueOrThrow({ where: { username: created.username } });
  const classroom = await createClassroomForTeacher(teacher.id, "Bench class");

  const server = http.createServer((_req, res) => {
    void databaseIsUp().then((up) => res.writeHead(up ? 200 : 503).end(up ? "ok" : "down"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const agent = new http.Agent({ keepAlive: false });
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now();
      http.get(url, { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve(performance.now() - t));
      }).on("error", reject);
    });

  let latencies: number[] = [];
  let running = true;
  const poller = (async () => {
    while (running) {
      latencies.push(await get());
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  })();
  // The same polling with nothing else to do: the machine's own noise, for comparison.
  await new Promise((r) => setTimeout(r, QUIET_MS));
  const quiet = summarize(latencies);
  latencies = [];

  const names = Array.from({ length: STUDENTS }, (_, i) => `Bench Student ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);
  const t = performance.now();
  const cards = await createStudentsInClass(teacher.id, classroom.id, names);
  const rosterMs = performance.now() - t;
  running = false;
  await poller;
  server.close();

  const enrolled = await getDb().enrollment.count({ where: { classroomId: classroom.id } });
  if (cards.length !== STUDENTS || new Set(cards.map((c) => c.username)).size !== STUDENTS || enrolled !== STUDENTS) {
    throw new Error(`roster wrong: ${cards.length} cards, ${enrolled} enrolled`);
  }
  const busy = summarize(latencies);
  console.log(
    [
      `Added ${STUDENTS} students in ${(rosterMs / 1000).toFixed(1)} s (${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}).`,
      `Health checks before, with nothing else running (${QUIET_MS / 1000} s): ${quiet.text}.`,
      `Health checks while adding the students: ${busy.text}.`,
      `Target (worst under 200 ms): ${busy.worst < 200 ? "met" : "missed"}.`,
    ].join("\n"),
  );
  await getDb().$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
