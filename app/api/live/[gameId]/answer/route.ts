import { answerLiveQuestion } from "@/lib/live/answer-request";
import { readSmallJson, TOO_LARGE, tooLarge } from "@/lib/live/read-json";

export const dynamic = "force-dynamic";

/**
 * One answer, by plain POST. `npm start` serves this path from scripts/serve.ts
 * before Next's pipeline (same handler, same runtime); this route answers when
 * the app runs under `next start` or `next dev`.
 */
export async function POST(request: Request, { params }: { params: Promise<{ gameId: string }> }) {
  const started = performance.now();
  const { gameId } = await params;
  const body = await readSmallJson(request);
  if (body === TOO_LARGE) return tooLarge();
  const reply = await answerLiveQuestion(gameId, request.headers.get("cookie"), body, started);
  return Response.json(reply.body, { status: reply.status, headers: reply.headers });
}
