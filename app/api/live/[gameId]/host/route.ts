import { currentHost, notFound } from "@/lib/live/http";
import { liveRuntime } from "@/lib/live/hub";
import { HostCommandSchema } from "@/lib/live/schema";

export const dynamic = "force-dynamic";

/** The host's controls: start, next, skip, pause, resume, add time, end, remove a player. */
export async function POST(request: Request, { params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  const host = await currentHost(gameId);
  if (!host) return notFound();
  const parsed = HostCommandSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "That command could not be read." }, { status: 400 });
  const runtime = liveRuntime();
  if (parsed.data.type === "remove") {
    const removed = await runtime.removePlayer(gameId, host.id, parsed.data.playerId);
    return removed ? Response.json({ ok: true }) : notFound();
  }
  const result = await runtime.hostCommand(gameId, host.id, parsed.data);
  if (result.status === "not-found") return notFound();
  if (result.status === "refused") return Response.json({ error: result.reason }, { status: 409 });
  return Response.json({ ok: true, version: result.version });
}
