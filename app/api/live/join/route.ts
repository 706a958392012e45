import { NextResponse } from "next/server";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/guard";
import { findOpenGameByPin } from "@/lib/live/data";
import { playerTokenHash, setPlayerCookie } from "@/lib/live/http";
import { liveRuntime } from "@/lib/live/hub";
import { joinLiveGame } from "@/lib/live/mutations";
import { JoinSchema } from "@/lib/live/schema";

export const dynamic = "force-dynamic";

const MESSAGES = {
  "not-found": "No open game has that PIN. Check the number on the screen.",
  removed: "The host removed you from this game.",
  "guests-not-allowed": "This game is for signed-in students. Sign in first, then join.",
  "nickname-taken": "Someone in this game already has that nickname. Choose another.",
  "host-cannot-play": "Teachers host games; sign in as a student to play.",
} as const;

/** Join a game by PIN: a signed-in student as themselves, anyone else as a guest with a nickname. */
export async function POST(request: Request) {
  const parsed = JoinSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return Response.json({ error: Object.values(fieldErrors).flat()[0] ?? "Check the PIN and nickname.", fieldErrors }, { status: 400 });
  }
  const user = await getSessionUser();
  const game = await findOpenGameByPin(parsed.data.pin);
  const previousTokenHash = game ? ((await playerTokenHash(game.id)) ?? undefined) : undefined;
  const result = await joinLiveGame(parsed.data.pin, {
    user: user ? { id: user.id, role: user.role, name: user.name } : null,
    nickname: user ? undefined : parsed.data.nickname,
    previousTokenHash,
  });
  if (result.status !== "joined") {
    const needsNickname = result.status === "guests-not-allowed" && !user && game?.allowGuests;
    return Response.json(
      { error: needsNickname ? "Choose a nickname to join." : MESSAGES[result.status], needsNickname: Boolean(needsNickname) },
      { status: result.status === "not-found" ? 404 : 409 },
    );
  }
  await liveRuntime().playerJoined(result.gameId);
  const response = NextResponse.json({ gameId: result.gameId });
  setPlayerCookie(response, result.gameId, result.token, new URL(request.url).protocol === "https:");
  return response;
}
