/**
 * Runs once when the server starts. Everything it does needs Node.js (lib/register-server.ts); the Edge runtime gets
 * nothing, and the import inside the runtime check keeps Node-only code out of the Edge build.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerServer } = await import("./lib/register-server");
    registerServer();
  }
}
