import type { IncomingHttpHeaders } from "node:http";

/**
 * The header the server writes with the address it decided a request came from.
 * Whatever a client sends under this name is overwritten before the app sees it.
 */
export const CLIENT_ADDRESS_HEADER = "x-factbound-client-address";

/** Headers a client could forge to pose as a proxy; dropped unless proxies are trusted. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/** TRUST_PROXY: how many proxies in front of the app add to X-Forwarded-For (default 0: none). */
export function trustedProxyCount(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUST_PROXY must be a whole number of proxies from 0 to 10; got "${raw}".`);
  return n;
}

function plainAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * Decide the client's address and make the forwarded headers say only what can
 * be trusted, in place. With no trusted proxy the socket's address counts and
 * every forwarded header a client sent is dropped (so X-Forwarded-Host cannot
 * change the addresses sign-in advertises). With N trusted proxies, the N-th
 * address from the right of X-Forwarded-For (after the socket's) counts.
 */
export function applyForwardedPolicy(headers: IncomingHttpHeaders, socketAddress: string | undefined, trustedProxies: number): string {
  const socket = socketAddress ? plainAddress(socketAddress) : "unknown";
  let client = socket;
  if (trustedProxies > 0) {
    const raw = headers["x-forwarded-for"];
    const chain = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
      .split(",")
      .map(plainAddress)
      .filter(Boolean);
    chain.push(socket);
    client = chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
    headers["x-forwarded-for"] = chain.join(", ");
  } else {
    for (const name of FORWARDED_HEADERS) delete headers[name];
    headers["x-forwarded-for"] = socket;
  }
  headers[CLIENT_ADDRESS_HEADER] = client;
  return client;
}
