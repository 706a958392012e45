import "server-only";
import type { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { getSessionUser } from "../auth/guard";
import { hashToken } from "./mutations";
import { liveRuntime } from "./hub";

/** The cookie that carries a device's secret for one game. */
export const playerCookieName = (gameId: string) => `fb_live_${gameId.replace(/[^a-z0-9]/gi, "")}`;
const TWELVE_HOURS = 12 * 60 * 60;

export function setPlayerCookie(response: NextResponse, gameId: string, token: string, secure: boolean) {
  response.cookies.set(playerCookieName(gameId), token, { httpOnly: true, sameSite: "lax", path: "/", maxAge: TWELVE_HOURS, secure });
}

/** The hash of this device's secret for the game, if it holds one. */
export async function playerTokenHash(gameId: string): Promise<string | null> {
  const token = (await cookies()).get(playerCookieName(gameId))?.value;
  return token && token.length <= 64 ? hashToken(token) : null;
}

/** The player this device is in the game, or null (no secret, another game's, or unknown). */
export async function currentPlayer(gameId: string) {
  const tokenHash = await playerTokenHash(gameId);
  if (!tokenHash) return null;
  return liveRuntime().hub(gameId).playerByToken(tokenHash);
}

/** The signed-in teacher when they host this game; null otherwise (which callers answer as not found). */
export async function currentHost(gameId: string) {
  const user = await getSessionUser();
  if (!user || user.role !== "TEACHER") return null;
  const loaded = await liveRuntime().hub(gameId).ready();
  return loaded && loaded.settings.hostId === user.id ? user : null;
}

export const notFound = () => Response.json({ error: "Not found." }, { status: 404 });
