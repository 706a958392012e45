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

/**
 * The hash of this device's secret for the game, if it holds one. Given the
 * request, reads its Cookie header directly: the answer path runs for every
 * player at once, and Next's cookie store costs more than this one lookup.
 */
export async function playerTokenHash(gameId: string, request?: Request): Promise<string | null> {
  const name = playerCookieName(gameId);
  const token = request ? cookieFromHeader(request.headers.get("cookie"), name) : (await cookies()).get(name)?.value;
  return hashOfToken(token);
}

/** A secret longer than any we issue is not looked up (it cannot match, and hashing it costs). */
function hashOfToken(token: string | undefined): string | null {
  return token && token.length <= 64 ? hashToken(token) : null;
}

/** One cookie's value from a Cookie header (our tokens are base64url: nothing to decode). */
export function cookieFromHeader(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

/** The player this device is in the game, or null (no secret, another game's, or unknown). */
export async function currentPlayer(gameId: string, request?: Request) {
  const tokenHash = await playerTokenHash(gameId, request);
  if (!tokenHash) return null;
  return liveRuntime().hub(gameId).playerByToken(tokenHash);
}

/** The same, from a raw Cookie header (the answer path, which may not run inside Next). */
export async function currentPlayerByCookie(gameId: string, cookieHeader: string | null) {
  const tokenHash = hashOfToken(cookieFromHeader(cookieHeader, playerCookieName(gameId)));
  return tokenHash ? liveRuntime().hub(gameId).playerByToken(tokenHash) : null;
}

/** The signed-in teacher when they host this game; null otherwise (which callers answer as not found). */
export async function currentHost(gameId: string) {
  const user = await getSessionUser();
  if (!user || user.role !== "TEACHER") return null;
  const loaded = await liveRuntime().hub(gameId).ready();
  return loaded && loaded.settings.hostId === user.id ? user : null;
}

export const notFound = () => Response.json({ error: "Not found." }, { status: 404 });
