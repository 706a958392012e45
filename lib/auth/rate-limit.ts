import "server-only";
import { countRecentLoginFailures } from "../users/data";
import { rateLimitKeys } from "./rate-limit-keys";
import { deleteLoginFailures, deleteLoginFailuresBefore, recordLoginFailures } from "../users/mutations";

/** At most this many failed sign-ins per account and per address in the window. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

/** True when the account or the address has used up its failed sign-ins for now. */
export async function isSignInBlocked(identifier: string, address: string | null, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const keys = rateLimitKeys(identifier, address);
  const counts = await Promise.all(
    [keys.account, keys.address].filter((k): k is string => k !== null).map((k) => countRecentLoginFailures(k, since)),
  );
  return counts.some((c) => c >= MAX_FAILURES);
}

export async function noteFailedSignIn(identifier: string, address: string | null, now = new Date()) {
  const keys = rateLimitKeys(identifier, address);
  await recordLoginFailures([keys.account, keys.address].filter((k): k is string => k !== null));
  // Old rows say nothing any more; prune them as we go.
  await deleteLoginFailuresBefore(new Date(now.getTime() - WINDOW_MS));
}

export async function noteSuccessfulSignIn(identifier: string) {
  await deleteLoginFailures(rateLimitKeys(identifier, null).account);
}
