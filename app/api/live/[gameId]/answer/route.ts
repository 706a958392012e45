import { currentPlayer, notFound } from "@/lib/live/http";
import { liveRuntime } from "@/lib/live/hub";
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
  const { gameId } = await params;
  const parsed = AnswerSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "That answer could not be read." }, { status: 400 });
  const player = await currentPlayer(gameId);
  if (!player) return notFound();
  const outcome = await liveRuntime().hub(gameId).answer(player, parsed.data.index, parsed.data.optionId);
  if (outcome.status === "recorded") return Response.json({ status: "locked", optionId: parsed.data.optionId });
  if (outcome.status === "already-answered") return Response.json({ status: "locked", optionId: outcome.optionId });
  return Response.json({ status: outcome.status, error: REFUSED[outcome.status] }, { status: outcome.status === "removed" ? 403 : 409 });
}
