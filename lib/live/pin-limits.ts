import "server-only";
import { pinMissKey } from "../auth/rate-limit-keys";
import { POLICIES } from "../rate-limit/policy";
import { peekAttempt, takeAttempt, type AttemptResult } from "../rate-limit/mutations";

/**
 * Live-game PINs are six digits, so guessing them must be slow. Only PINs that
 * match no open game are counted, per address: a whole room joining from one
 * school network never waits, while a guesser is held back after a few dozen misses.
 */
export function pinTryAllowed(address: string, now = new Date()): Promise<AttemptResult> {
  return peekAttempt(pinMissKey(address), POLICIES.pinMiss, now);
}

export async function countPinMiss(address: string, now = new Date()): Promise<void> {
  await takeAttempt(pinMissKey(address), POLICIES.pinMiss, now);
}
