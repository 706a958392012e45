/**
 * Runs once when the server starts: the environment is checked here, so a bad
 * DATABASE_URL or a missing secret in production stops the start with a clear
 * message instead of failing the first request. Then every request is stamped
 * with its client address (TRUST_PROXY decides which one), see lib/net, and the
 * live answer handler is registered for scripts/serve.ts (decision 016).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { installForwardedPolicy } = await import("./lib/net/forwarded-headers");
  try {
    env();
    installForwardedPolicy();
  } catch (err) {
    console.error(`\nFactbound cannot start: ${err instanceof Error ? err.message : err}\n`);
    process.exit(1);
  }
  const { registerRawAnswerHandler } = await import("./lib/live/answer-request");
  registerRawAnswerHandler();
}
