/**
 * The production server (npm start, the e2e server and bench:live run it instead
 * of `next start`). A plain node:http server takes the live answer POST itself,
 * with raw Node request and response, and hands every other request to Next's
 * request handler, so pages, proxy.ts (CSP nonces, action checks) and
 * instrumentation work exactly as under `next start`.
 *
 * Why: at 2 000 players an answer burst saturates the one main thread, and
 * Next's route pipeline and web streams were about 30 % of its CPU (decision
 * 016). The answer itself is handled by the function instrumentation.ts
 * registers from Next's bundle: the same live runtime, database client and
 * rules (player cookie, server clock, refusals, write before acknowledgement).
 *
 * Usage: NODE_ENV=production node --import tsx scripts/serve.ts [--port N]
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import type { AnswerReply, RawAnswerHandler } from "../lib/live/answer-request";
import { LIVE_BODY_LIMIT, RAW_ANSWER_HANDLER, TOO_LARGE, TOO_LARGE_MESSAGE } from "../lib/live/read-json";
import { routeHandlerHeaders, securityHeaders } from "../lib/security-headers";

const root = path.resolve(__dirname, "..");
const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" } } });
const port = Number(values.port);
const ANSWER_PATH = /^\/api\/live\/([A-Za-z0-9_-]{1,64})\/answer$/;
// Next's headers() config does not reach responses written here; these are the same ones.
const FIXED_HEADERS: Record<string, string> = Object.fromEntries(
  [...securityHeaders(), ...routeHandlerHeaders, { key: "Cache-Control", value: "no-store" }].map((h) => [h.key, h.value]),
);

/** The request's body as JSON, read with the live cap: TOO_LARGE, null (not JSON) or the value. */
function readCappedJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? "0") > LIVE_BODY_LIMIT) return resolve(TOO_LARGE);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > LIVE_BODY_LIMIT) {
        req.removeAllListeners("data");
        req.resume();
        return resolve(TOO_LARGE);
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        resolve(null);
      }
    });
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, reply: AnswerReply) {
  const json = JSON.stringify(reply.body);
  res.writeHead(reply.status, { ...FIXED_HEADERS, ...reply.headers, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse, gameId: string, handler: RawAnswerHandler) {
  const started = performance.now();
  const body = await readCappedJson(req);
  if (body === TOO_LARGE) return send(res, { status: 413, body: { error: TOO_LARGE_MESSAGE }, headers: { Connection: "close" } });
  send(res, await handler(gameId, req.headers.cookie ?? null, body, started));
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a port number; got "${values.port}".`);
  const app = next({ dev: false, dir: root, port, hostname: "0.0.0.0" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    const match = req.method === "POST" ? ANSWER_PATH.exec(req.url ?? "") : null;
    const handler = (globalThis as Record<symbol, RawAnswerHandler | undefined>)[RAW_ANSWER_HANDLER];
    if (match && handler) {
      answer(req, res, match[1]!, handler).catch((err) => {
        console.error("Live answer failed", err);
        if (!res.headersSent) send(res, { status: 500, body: { error: "The answer could not be stored. Try again." }, headers: {} });
        else res.destroy();
      });
      return;
    }
    void handle(req, res);
  });
  // Longer than a client's keep-alive, so a reused socket is not closed under a request.
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => console.log(`▲ Ready: Factbound on http://localhost:${port} (live answers served before Next's pipeline)`));
  // Event streams never end by themselves: give requests in flight two seconds, then go.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error(`Factbound could not start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
