/**
 * A live route's JSON body, read with a cap: the proxy's body limit does not
 * cover /api, and a join or an answer is a few dozen bytes. Too big: "too-large"
 * (answer 413); not JSON: null (answer 400).
 */
export const LIVE_BODY_LIMIT = 4096;

/** Where instrumentation.ts leaves the live answer handler for scripts/serve.ts (here: this module is not server-only). */
export const RAW_ANSWER_HANDLER = Symbol.for("factbound.liveAnswerHandler");
export const TOO_LARGE = Symbol("too-large");

export async function readSmallJson(request: Request, limit = LIVE_BODY_LIMIT): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return TOO_LARGE;
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

export const TOO_LARGE_MESSAGE = "That request is too large.";
export const tooLarge = () => Response.json({ error: TOO_LARGE_MESSAGE }, { status: 413 });
