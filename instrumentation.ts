/**
 * Runs once when the server starts: the environment is checked here, so a bad
 * DATABASE_URL or a missing secret in production stops the start with a clear
 * message instead of failing the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  try {
    env();
  } catch (err) {
    console.error(`\nFactbound cannot start: ${err instanceof Error ? err.message : err}\n`);
    process.exit(1);
  }
}
