/**
 * npm run bench:live -- --players N [--instances 2] [--nice 10] [--profile DIR] [--server serve|next]
 * Serves the production build (SQLite; or 2 instances on one PostgreSQL
 * database), simulates N guest players and one host over loopback, plays a
 * 5-question game, and prints joins, answer acknowledgement, question delivery,
 * answers sent vs stored, drops, server memory and CPU, and a bare route
 * measured during the same run, with the answer route's own time (Server-Timing)
 * and the load average during play. --nice lowers this process's (the simulated
 * room's) priority; --profile writes each server's V8 CPU profile to DIR.
 * --server: `serve` (default) runs scripts/serve.ts as `npm start` does (live
 * answers before Next's pipeline); `next` runs plain `next start`, to compare.
 * Every loop is bounded; the run stops by itself.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, setDbForTests } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { DEMO_TEACHER } from "../lib/demo/demo-data";
import { createLiveGame } from "../lib/live/mutations";
import { parseAnswerKey } from "../lib/quiz/grade-answer";
import { buildIsCurrent, markBuilt } from "./lib/build-hash";
import { percentiles, watchTree } from "./lib/process-stats";
import { openStream, pool, request, signIn } from "./lib/live-bench-client";
import { pgUrlFor, withPgAdmin } from "../tests/integration/support/databases";

const root = path.resolve(__dirname, "..");
const { values } = parseArgs({ options: { players: { type: "string", default: "100" }, instances: { type: "string", default: "1" }, port: { type: "string", default: "3227" }, questions: { type: "string", default: "5" }, profile: { type: "string" }, nice: { type: "string", default: "0" }, server: { type: "string", default: "serve" } } });
const N = Number(values.players);
const INSTANCES = Number(values.instances);
const BASE_PORT = Number(values.port);
const QUESTIONS = Number(values.questions);
const SECONDS = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function prepareDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const stamp = `${Date.now().toString(36)}${process.pid}`;
  if (INSTANCES > 1) {
    const name = `factbound_bench_${stamp}`;
    await withPgAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
    return { url: pgUrlFor(name), drop: () => withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined) };
  }
  const file = path.join(root, "data", "bench", `live-${stamp}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return { url: `file:${file}`, drop: async () => ["", "-wal", "-shm"].forEach((s) => fs.rmSync(file + s, { force: true })) };
}

async function startServer(port: number, env: NodeJS.ProcessEnv, nodeFlags: string[]): Promise<ChildProcess> {
  const entry =
    values.server === "next" ? [require.resolve("next/dist/bin/next"), "start", "-p", String(port)] : ["--import", "tsx", path.join(root, "scripts", "serve.ts"), "--port", String(port)];
  const child = spawn(process.execPath, [...nodeFlags, ...entry], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  for (let i = 0; i < 120; i++) {
    const up = await request(port, "GET", "/api/health").catch(() => null);
    if (up?.status === 200) return child;
    await sleep(500);
  }
  throw new Error(`The server on port ${port} did not start.`);
}

interface Player {
  cookie: string;
  port: number;
  seen: Set<number>;
  ended: boolean;
  dropped: boolean;
  opened: boolean;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

async function main() {
  const loadAtStart = os.loadavg()[0]!;
  if (!(N > 0 && N <= 20_000) || !(INSTANCES === 1 || INSTANCES === 2)) throw new Error("Use --players 1..20000 and --instances 1 or 2.");
  if (values.server !== "serve" && values.server !== "next") throw new Error("Use --server serve or --server next.");
  const db = await prepareDatabase();
  const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production" as const, NEXTAUTH_SECRET: "bench-only-secret-bench-only-secret-bench", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
  const servers: ChildProcess[] = [];
  const stopAll = () => servers.forEach((s) => s.pid && process.kill(-s.pid, "SIGTERM"));
  process.on("SIGINT", () => (stopAll(), process.exit(130)));
  try {
    await applyMigrations(db.url);
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "prisma", "seed.ts")], { cwd: root, env, stdio: "ignore" });
    if (!buildIsCurrent(root)) {
      console.log("Building the app…");
      execFileSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { cwd: root, env, stdio: "ignore" });
      markBuilt(root);
    }
    const ports = Array.from({ length: INSTANCES }, (_, i) => BASE_PORT + i);
    // --profile DIR: each server writes a V8 CPU profile there when it stops.
    const nodeFlags = values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values.profile)}`, "--require", path.join(__dirname, "lib", "exit-on-sigterm.cjs")] : [];
    for (const port of ports) servers.push(await startServer(port, env, nodeFlags));
    const watchers = servers.map((s) => watchTree(s.pid!));
    // The simulated room shares the machine's cores with the server: the servers keep
    // the normal priority they started with, and this process (the players) steps back,
    // so what is measured is the server, not the simulator's turn on the CPU.
    const simulatorNice = Number(values.nice);
    os.setPriority(0, simulatorNice);
    const simulatorCpu = process.cpuUsage();

    // The game: the demo quiz, open to guests, no leaderboard pauses, speed points on.
    process.env.DATABASE_URL = db.url;
    const prisma = createDb(db.url);
    setDbForTests(prisma);
    const teacher = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_TEACHER.username } });
    const quiz = await prisma.quiz.findFirstOrThrow({ where: { ownerId: teacher.id }, orderBy: { createdAt: "asc" } });
    const game = await createLiveGame({ quizId: quiz.id, hostId: teacher.id, classroomId: null, allowGuests: true, speedPoints: true, showLeaderboard: false, secondsPerQuestion: SECONDS });
    if (game.status !== "created") throw new Error(game.status);
    const questionIds = ((await prisma.liveGame.findUniqueOrThrow({ where: { id: game.gameId } })).questionIds as string[]).slice(0, QUESTIONS);
    await prisma.liveGame.update({ where: { id: game.gameId }, data: { questionIds } });
    // Typed questions' main answers, so simulated players can type the right one (or a wrong one) as a class would.
    const typedKeys = new Map<number, string>();
    for (const [index, id] of questionIds.entries()) {
      const key = parseAnswerKey((await prisma.question.findUniqueOrThrow({ where: { id }, select: { answerKey: true } })).answerKey);
      if (key.kind === "text") typedKeys.set(index, key.accepted[0]!);
    }
    const hostCookie = await signIn(ports[0]!, DEMO_TEACHER.username, DEMO_TEACHER.password);

    // Joins: N guests, spread over the instances.
    const players: Player[] = [];
    const joinMs: number[] = [];
    let joinFailures = 0;
    const joinRefusals = new Map<string, number>();
    const t0 = Date.now();
    await pool(
      Array.from({ length: N }, (_, i) => i),
      64,
      async (i) => {
        const port = ports[i % ports.length]!;
        const start = performance.now();
        const res = await request(port, "POST", "/api/live/join", { body: JSON.stringify({ pin: game.pin, nickname: `Player-${String(i).padStart(5, "0")}` }) }).catch((e: Error) => ({ status: 0, body: e.message, cookies: [], serverMs: null }));
        joinMs.push(performance.now() - start);
        if (res.status !== 200) {
          const why = `${res.status} ${res.body.slice(0, 80)}`;
          joinRefusals.set(why, (joinRefusals.get(why) ?? 0) + 1);
          return void joinFailures++;
        }
        players.push({ cookie: res.cookies.join("; "), port, seen: new Set(), ended: false, dropped: false, opened: false });
      },
    );
    const joinSeconds = (Date.now() - t0) / 1000;

    const ackMs: number[] = [];
    const handlerMs: number[] = [];
    const deliverMs: number[] = [];
    const refused = new Map<string, number>();
    let sent = 0;
    let acked = 0;
    let typedSent = 0;
    let typedRight = 0;
    const pending = new Set<Promise<void>>();
    const answer = (p: Player, index: number, given: { optionId: string } | { text: string }) => {
      sent++;
      const start = performance.now();
      const task = request(p.port, "POST", `/api/live/${game.gameId}/answer`, { body: JSON.stringify({ index, ...given }), cookie: p.cookie })
        .then((res) => {
          ackMs.push(performance.now() - start);
          if (res.serverMs !== null) handlerMs.push(res.serverMs);
          if (res.status === 200) acked++;
          else {
            const why = `${res.status} ${res.body.slice(0, 80)}`;
            refused.set(why, (refused.get(why) ?? 0) + 1);
          }
        })
        .catch((e: Error) => void refused.set(e.message, (refused.get(e.message) ?? 0) + 1));
      pending.add(task);
      void task.finally(() => pending.delete(task));
    };
    const streams = players.map((p) =>
      openStream(
        p.port,
        `/api/live/${game.gameId}/events`,
        p.cookie,
        (m) => {
          p.opened = true;
          if (m.kind !== "player") return;
          const index = Number(m.index);
          if (m.phase === "OPEN" && !p.seen.has(index) && m.question) {
            p.seen.add(index);
            deliverMs.push(Date.now() - (Number(m.deadline) - SECONDS * 1000));
            const options = (m.question as { options: { id: string }[] }).options;
            const typedKey = typedKeys.get(index);
            let given: { optionId: string } | { text: string };
            if (typedKey !== undefined) {
              // Half type the answer (in capitals, so grading's case folding is exercised too), half a wrong one.
              const right = Math.random() < 0.5;
              typedSent++;
              if (right) typedRight++;
              given = { text: right ? typedKey.toUpperCase() : `Not ${typedKey}` };
            } else given = { optionId: options[Math.floor(Math.random() * options.length)]!.id };
            setTimeout(() => answer(p, index, given), 500 + Math.random() * 2500);
          }
          if (m.phase === "ENDED") p.ended = true;
        },
        () => {
          if (!p.ended) p.dropped = true;
        },
      ),
    );
    for (let i = 0; i < 240 && players.some((p) => !p.opened && !p.dropped); i++) await sleep(250);

    // The host: start, then next after each question closes, until the podium.
    let hostView: Record<string, unknown> = {};
    const host = openStream(ports[0]!, `/api/live/${game.gameId}/events?as=host`, hostCookie, (m) => void (m.kind === "host" && (hostView = m)), () => undefined);
    const command = async (type: string) => {
      for (let tries = 0; tries < 3; tries++) {
        const res = await request(ports[0]!, "POST", `/api/live/${game.gameId}/host`, { body: JSON.stringify({ type }), cookie: hostCookie }).catch(() => null);
        if (res) return res;
      }
      throw new Error(`The host's "${type}" did not get through.`);
    };
    const bareMs: number[] = [];
    const loadDuringPlay: number[] = [];
    const loadTimer = setInterval(() => loadDuringPlay.push(os.loadavg()[0]!), 1000);
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const start = performance.now();
        await request(ports[ports.length - 1]!, "GET", "/api/health").catch(() => null);
        bareMs.push(performance.now() - start);
        await sleep(50);
      }
    })();
    const cpuStart = watchers.map((w) => w.mark());
    const playStart = Date.now();
    await command("start");
    for (let step = 0; step < QUESTIONS * 2 + 4 && hostView.phase !== "ENDED"; step++) {
      for (let i = 0; i < (SECONDS + 10) * 10 && hostView.phase === "OPEN"; i++) await sleep(100);
      if (hostView.phase === "OPEN") await command("skip");
      await sleep(hostView.phase === "LOBBY" ? 500 : 1000);
      if (hostView.phase === "CLOSED" || hostView.phase === "LEADERBOARD") await command("next");
      for (let i = 0; i < 50 && (hostView.phase === "CLOSED" || hostView.phase === "LEADERBOARD"); i++) await sleep(100);
    }
    const playSeconds = (Date.now() - playStart) / 1000;
    for (let i = 0; i < 100 && pending.size > 0; i++) await sleep(100);
    for (let i = 0; i < 50 && players.some((p) => !p.ended && !p.dropped); i++) await sleep(100);
    sampling = false;
    await sampler;
    clearInterval(loadTimer);
    const cpuPlay = watchers.map((w, i) => w.mark() - cpuStart[i]!);
    host.close();
    streams.forEach((s) => s.close());
    const stats = watchers.map((w) => w.stop());
    const simulatorCpuSeconds = ((c) => (c.user + c.system) / 1e6)(process.cpuUsage(simulatorCpu));

    const stored = await prisma.liveAnswer.count({ where: { round: { gameId: game.gameId } } });
    const storedTyped = await prisma.liveAnswer.count({ where: { round: { gameId: game.gameId }, text: { not: null } } });
    const storedTypedRight = await prisma.liveAnswer.count({ where: { round: { gameId: game.gameId }, text: { not: null }, correct: true } });
    const missed = players.filter((p) => p.seen.size < QUESTIONS).length;
    const fmt = (p: ReturnType<typeof percentiles>) => `p50 ${p.p50.toFixed(1)} ms · p95 ${p.p95.toFixed(1)} ms · p99 ${p.p99.toFixed(1)} ms · max ${p.max.toFixed(1)} ms (n=${p.n})`;
    console.log(
      [
        `Live bench: ${N} players, ${INSTANCES} instance${INSTANCES > 1 ? "s" : ""} on ${INSTANCES > 1 ? "PostgreSQL" : "SQLite"} (${values.server === "next" ? "next start" : "scripts/serve.ts"}), ${QUESTIONS} questions, host ${hostView.phase === "ENDED" ? "reached the podium" : `stuck in ${String(hostView.phase)}`}`,
        `joins succeeded      ${players.length} / ${N} in ${joinSeconds.toFixed(1)} s (${fmt(percentiles(joinMs))})`,
        `answer ack           ${fmt(percentiles(ackMs))}`,
        `  of which handler   ${fmt(percentiles(handlerMs))} (the server's own time in the answer route, stored write included)`,
        `question open→recv   ${fmt(percentiles(deliverMs))}`,
        `answers              sent ${sent}, acknowledged ${acked}, stored ${stored}, lost ${Math.max(0, acked - stored)}${refused.size ? `, refused ${JSON.stringify(Object.fromEntries(refused))}` : ""}`,
        `typed answers        ${typedKeys.size} of ${questionIds.length} questions typed; sent ${typedSent} (${typedRight} right), stored ${storedTyped} (${storedTypedRight} graded right)`,
        `players dropped      ${players.filter((p) => p.dropped).length} (missed a question: ${missed}; join failures: ${joinFailures}${joinRefusals.size ? ` ${JSON.stringify(Object.fromEntries(joinRefusals))}` : ""})`,
        `bare route /api/health during play: ${fmt(percentiles(bareMs))}`,
        `machine load average: 1-min ${loadAtStart.toFixed(1)} at the start, ${mean(loadDuringPlay).toFixed(1)} mean / ${Math.max(...loadDuringPlay, 0).toFixed(1)} max during play, on ${os.cpus().length} cores (other work shares them: above ~2 the server waits for a core)`,
        `simulator: one process at nice ${simulatorNice} (servers at ${os.getPriority(servers[0]!.pid!)}), keep-alive http.Agent for POSTs, one socket per event stream; CPU ${simulatorCpuSeconds.toFixed(1)} s`,
        ...stats.map((s, i) => `server ${i + 1}: peak RSS ${s.peakRssMb.toFixed(0)} MB, CPU ${s.cpuSeconds.toFixed(1)} s in all, ${cpuPlay[i]!.toFixed(1)} s over ${playSeconds.toFixed(1)} s of play (${((cpuPlay[i]! / playSeconds) * 100).toFixed(0)}% of one core)`),
      ].join("\n"),
    );
    await prisma.$disconnect();
  } finally {
    stopAll();
    await sleep(500);
    await db.drop().catch(() => undefined);
  }
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(`bench:live failed: ${err instanceof Error ? err.stack : err}`);
    process.exit(1);
  });
