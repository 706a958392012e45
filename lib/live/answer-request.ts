import "server-only";
import { currentPlayerByCookie } from "./http";
import { liveRuntime } from "./hub";
import { RAW_ANSWER_HANDLER } from "./read-json";
import { AnswerSchema, answerProblem, type LiveAnswerInput } from "./schema";

const REFUSED = {
  removed: "The host removed you from this game.",
  "not-open": "This question is closed.",
  paused: "The game is paused. Answer when it resumes.",
  "time-up": "Time is up for this question.",
  "wrong-question": "That question is no longer open.",
  "invalid-option": "That is not one of the options.",
  "wrong-kind": "This question takes another kind of answer: reload the page.",
  closed: "This question closed before your answer arrived.",
} as const;

export interface AnswerReply {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * One answer, whoever received the request (the Next route, or the plain Node
 * server in scripts/serve.ts): checked against the server's clock, stored, then
 * acknowledged. The reply says only that the answer is locked in: right or
 * wrong arrives with everyone else's, when the question closes. `body` is the
 * request's parsed JSON (null when it was not JSON); the caller caps its size.
 */
export async function answerLiveQuestion(gameId: string, cookieHeader: string | null, body: unknown, started: number): Promise<AnswerReply> {
  const parsed = AnswerSchema.safeParse(body);
  if (!parsed.success) return { status: 400, body: { error: answerProblem(body) }, headers: {} };
  const player = await currentPlayerByCookie(gameId, cookieHeader);
  if (!player) return { status: 404, body: { error: "Not found." }, headers: {} };
  const outcome = await liveRuntime().hub(gameId).answer(player, parsed.data);
  // How long the handler took, stored write included (the bench sets it against what the client saw).
  const headers = { "Server-Timing": `answer;dur=${(performance.now() - started).toFixed(1)}` };
  // A typed answer comes back as stored (cleaned); a replay or second answer gets the first one back.
  if (outcome.status === "recorded") return { status: 200, body: { status: "locked", ...lockedOf(parsed.data) }, headers };
  if (outcome.status === "already-answered") return { status: 200, body: { status: "locked", ...(outcome.text === null ? { optionId: outcome.optionId } : { text: outcome.text }) }, headers };
  return { status: outcome.status === "removed" ? 403 : 409, body: { status: outcome.status, error: REFUSED[outcome.status] }, headers };
}

const lockedOf = (answer: LiveAnswerInput) => ("text" in answer ? { text: answer.text } : { optionId: answer.optionId });

/** What the plain Node server calls; registered once per process by instrumentation.ts. */
export type RawAnswerHandler = typeof answerLiveQuestion;

/**
 * Puts the answer handler where scripts/serve.ts finds it: the same function,
 * live runtime and database client as Next's routes, so one process holds one
 * game state whichever door an answer came in by.
 */
export function registerRawAnswerHandler() {
  (globalThis as Record<symbol, unknown>)[RAW_ANSWER_HANDLER] = answerLiveQuestion;
}
