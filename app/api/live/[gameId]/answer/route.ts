import { currentPlayer, notFound } from "@/lib/live/http";
import { liveRuntime } from "@/lib/live/hub";
import { readSmallJson, TOO_LARGE, tooLarge } from "@/lib/live/read-json";
import { AnswerSchema } from "@/lib/live/schema";

export const dynamic = "force-dynamic";

const REFUSED = {
  removed: "The host removed you from this game.",
  "not-open": "This question is closed.",
  paused: "The game is paused. Answer when it resumes.",
  "time-up": "Time is up for this question.",
  "wrong-question": "That question is no longer open.",
  "invalid-option": "That is not one of the options.",
  closed: "This question closed before your answer arrived.",
} as const;

/**
 * One answer, by plain POST: checked against the server's clock, stored, then
 * acknowledged. The reply says only that the answer is locked in: right or
 * wrong arrives with everyone else's, when the question closes.
 */
export async function POST(request: Request, { params }: { params: Promise<{ gameId: string }> }) {
  const started = performance.now();
  const { gameId } = await params;
  const body = await readSmallJson(request);
  if (body === TOO_LARGE) return tooLarge();
  const parsed = AnswerSchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: "That answer could not be read." }, { status: 400 });
  const player = await currentPlayer(gameId, request);
  if (!player) return notFound();
  const outcome = await liveRuntime().hub(gameId).answer(player, parsed.data.index, parsed.data.optionId);
  // How long the handler took, stored write included (the bench sets it against what the client saw).
  const headers = { "Server-Timing": `answer;dur=${(performance.now() - started).toFixed(1)}` };
  if (outcome.status === "recorded") return Response.json({ status: "locked", optionId: parsed.data.optionId }, { headers });
  if (outcome.status === "already-answered") return Response.json({ status: "locked", optionId: outcome.optionId }, { headers });
  return Response.json({ status: outcome.status, error: REFUSED[outcome.status] }, { status: outcome.status === "removed" ? 403 : 409, headers });
}
