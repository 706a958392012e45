import http from "node:http";

/** Loopback HTTP for the live bench: JSON requests and Server-Sent Event streams, nothing else. */
export const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export interface Reply {
  status: number;
  body: string;
  cookies: string[];
}

/**
 * One request. A keep-alive socket the server closes just as we reuse it fails
 * with ECONNRESET before anything was processed; like a browser, try once more.
 */
export function request(port: number, method: string, path: string, options: { body?: string; type?: string; cookie?: string } = {}): Promise<Reply> {
  return requestOnce(port, method, path, options).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ECONNRESET" || err.code === "EPIPE") return requestOnce(port, method, path, options);
    throw err;
  });
}

function requestOnce(port: number, method: string, path: string, options: { body?: string; type?: string; cookie?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) {
      headers["content-type"] = options.type ?? "application/json";
      headers["content-length"] = String(Buffer.byteLength(options.body));
    }
    if (options.cookie) headers.cookie = options.cookie;
    const req = http.request({ host: "127.0.0.1", port, method, path, headers, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!) }));
      res.on("error", reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** An event stream: calls onMessage per `data:` message; onEnd once, when it ends or fails. */
export function openStream(port: number, path: string, cookie: string, onMessage: (m: Record<string, unknown>) => void, onEnd: (why: string) => void) {
  let ended = false;
  const end = (why: string) => {
    if (!ended) {
      ended = true;
      onEnd(why);
    }
  };
  const req = http.get({ host: "127.0.0.1", port, path, headers: { cookie, accept: "text/event-stream" }, agent: false }, (res) => {
    if (res.statusCode !== 200) {
      res.resume();
      return end(`status ${res.statusCode}`);
    }
    res.setEncoding("utf8");
    let buffer = "";
    res.on("data", (chunk: string) => {
      buffer += chunk;
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        for (const line of block.split("\n")) if (line.startsWith("data: ")) onMessage(JSON.parse(line.slice(6)) as Record<string, unknown>);
      }
    });
    res.on("end", () => end("ended"));
    res.on("error", (e) => end(e.message));
  });
  req.on("error", (e) => end(e.message));
  return { close: () => ((ended = true), req.destroy()) };
}

/** Sign in through next-auth's credentials flow; returns the session cookie header. */
export async function signIn(port: number, identifier: string, password: string): Promise<string> {
  const csrf = await request(port, "GET", "/api/auth/csrf");
  const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const form = new URLSearchParams({ csrfToken: token, identifier, password, json: "true", callbackUrl: "/teacher" }).toString();
  const res = await request(port, "POST", "/api/auth/callback/credentials", { body: form, type: "application/x-www-form-urlencoded", cookie: csrf.cookies.join("; ") });
  const session = res.cookies.find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Sign-in failed (${res.status}).`);
  return [...csrf.cookies, session].join("; ");
}

/** Run tasks with at most `limit` at once. */
export async function pool<T>(items: T[], limit: number, task: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
}
