import "server-only";
import { POLICIES } from "../rate-limit/policy";
import { clearAttempts, clearAttemptsStartingWith, peekAttempt, pruneOldCounters, refundAttempt, takeAttempt, type AttemptResult } from "../rate-limit/mutations";
import { pairPrefixOf, signInKeys } from "./rate-limit-keys";

type Keys = ReturnType<typeof signInKeys>;

const CHECKS = (keys: Keys) =>
  [
    [keys.pair, POLICIES.signInPair],
    [keys.account, POLICIES.signInAccount],
    [keys.address, POLICIES.signInAddress],
  ] as const;

/**
 * Count a sign-in try before the password is checked, so tries sent at once
 * are all counted and none gets past the limit. A success clears the account's
 * counts afterwards. Nothing is counted when a try is refused: first every
 * counter is read, and only if all would let it through is each one taken.
 */
export async function takeSignInTry(keys: Keys, now = new Date()): Promise<AttemptResult> {
  const peeks = await Promise.all(CHECKS(keys).map(([key, policy]) => peekAttempt(key, policy, now)));
  const refused = latestRefusal(peeks);
  if (refused) return refused;
  void pruneOldCounters(now).catch((err) => console.error("Pruning rate-limit counters failed", err));
  for (const [key, policy] of CHECKS(keys)) {
    const taken = await takeAttempt(key, policy, now);
    if (!taken.allowed) return taken;
  }
  return { allowed: true };
}

function latestRefusal(results: AttemptResult[]): AttemptResult | null {
  const refusals = results.filter((r): r is Extract<AttemptResult, { allowed: false }> => !r.allowed);
  if (refusals.length === 0) return null;
  return refusals.reduce((a, b) => (a.retryAt > b.retryAt ? a : b));
}

/**
 * The owner proved the password: their account's count and this device's count
 * start over, and the address gets this try back (it counts failures, and a
 * class signing in at once from one school address must not be slowed down).
 */
export async function clearSignInFailures(keys: Keys) {
  await clearAttempts([keys.account, keys.pair]);
  await refundAttempt(keys.address);
}

/** A teacher reset the password: every count on the account starts over. */
export async function clearAccountSignInFailures(userId: string) {
  const keys = signInKeys({ userId }, "");
  await clearAttempts([keys.account]);
  await clearAttemptsStartingWith(pairPrefixOf(userId));
}
