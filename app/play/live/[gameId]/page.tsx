import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PlayerScreen } from "@/components/live/player-screen";
import { currentPlayer } from "@/lib/live/http";

export const metadata: Metadata = { title: "Live game" };

export default async function LivePlayerPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  // Only a device that joined this game has its secret; anyone else joins first.
  const player = await currentPlayer(gameId);
  if (!player) redirect("/play/live");
  if (player.removed) {
    return (
      <Card className="mx-auto max-w-md">
        <h1 className="mb-2 text-2xl font-bold">You were removed from this game</h1>
        <p>The host removed you, so you cannot rejoin this game.</p>
      </Card>
    );
  }
  return <PlayerScreen gameId={gameId} />;
}
