import { currentHost, currentPlayer, notFound } from "@/lib/live/http";
import { liveRuntime, type LiveConnection } from "@/lib/live/hub";

export const dynamic = "force-dynamic";

/**
 * The game's events as Server-Sent Events: the host's screen (?as=host) or
 * this device's player. The first message is the current state, so a reload
 * or a reconnect lands where the game is.
 */
export async function GET(request: Request, { params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  const asHost = new URL(request.url).searchParams.get("as") === "host";
  const runtime = liveRuntime();
  const hub = runtime.hub(gameId);
  const host = asHost ? await currentHost(gameId) : null;
  const player = asHost ? null : await currentPlayer(gameId);
  if (!host && !player) return notFound();
  if (player?.removed) return Response.json({ error: "The host removed you from this game." }, { status: 403 });

  const encoder = new TextEncoder();
  let disconnect: (() => void) | null = null;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const connection: LiveConnection = {
        role: host ? "host" : "player",
        playerId: player?.id ?? null,
        send(frame) {
          if (!open) return;
          try {
            controller.enqueue(encoder.encode(frame));
          } catch {
            open = false;
          }
        },
        close() {
          if (!open) return;
          open = false;
          disconnect?.();
          controller.close();
        },
      };
      controller.enqueue(encoder.encode("retry: 1000\n\n"));
      disconnect = hub.connect(connection, player ?? undefined);
      request.signal.addEventListener("abort", () => {
        open = false;
        disconnect?.();
      });
    },
    cancel() {
      disconnect?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps the server's compression from buffering the stream.
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
