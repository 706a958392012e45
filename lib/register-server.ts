/**
 * The Node.js half of instrumentation.ts: checks the environment (a bad DATABASE_URL or a missing production secret
 * stops the start with a clear message instead of failing the first request), stamps every request with its client
 * address (TRUST_PROXY decides which one, see lib/net), and registers the live answer handler for scripts/serve.ts
 * (decision 016). In a module of its own, imported only on Node, so the Edge build never meets `process.exit`.
 */
import { env } from "./env";
import { registerRawAnswerHandler } from "./live/answer-request";
import { installForwardedPolicy } from "./net/forwarded-headers";

export function registerServer(): void {
  try {
    env();
    installForwardedPolicy();
  } catch (err) {
    console.error(`\nFactbound cannot start: ${err instanceof Error ? err.message : err}\n`);
    process.exit(1);
  }
  registerRawAnswerHandler();
}
