/**
 * Pure rules for counting attempts with growing delays (no database here).
 * A counter lets `free` attempts through at once, then asks for a wait that
 * doubles with each further attempt, up to `maxDelayMs`; after `quietMs`
 * without an attempt it starts again from zero. A refused attempt changes
 * nothing, so hammering does not lengthen anyone's wait.
 */
export interface LimitPolicy {
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
  quietMs: number;
}

export interface CounterState {
  count: number;
  nextAt: Date;
  lastAt: Date;
}

export type Decision = { allowed: true; next: CounterState } | { allowed: false; retryAt: Date };

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export const POLICIES = {
  /** Sign-in failures for one account from one address: the owner's own device keeps its own count. */
  signInPair: { free: 5, baseDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE, quietMs: 60 * MINUTE },
  /** Sign-in failures for one account from anywhere: capped short, so nobody can lock the owner out. */
  signInAccount: { free: 10, baseDelayMs: SECOND, maxDelayMs: 30 * SECOND, quietMs: 15 * MINUTE },
  /** Sign-in failures from one address across accounts: generous, since a school shares one address. */
  signInAddress: { free: 30, baseDelayMs: SECOND, maxDelayMs: MINUTE, quietMs: 15 * MINUTE },
  /** Class-code tries (joining as a new student or adding a class), right or wrong, per address. */
  codeJoin: { free: 40, baseDelayMs: SECOND, maxDelayMs: MINUTE, quietMs: 10 * MINUTE },
  /** Live-game PINs that match no open game, per address: a room's joins are free, guessing is slowed. */
  pinMiss: { free: 30, baseDelayMs: SECOND, maxDelayMs: MINUTE, quietMs: 10 * MINUTE },
  /** Teacher sign-ups per address (a staff training room shares one address). */
  signUp: { free: 20, baseDelayMs: 5 * SECOND, maxDelayMs: 10 * MINUTE, quietMs: 60 * MINUTE },
} as const satisfies Record<string, LimitPolicy>;

/** How long to wait after the `count`-th attempt before the next one is let through. */
export function delayAfter(count: number, policy: LimitPolicy): number {
  if (count < policy.free) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (count - policy.free));
}

/** Whether an attempt at `now` may go ahead, and the counter after it if so. */
export function decideAttempt(state: CounterState | null, policy: LimitPolicy, now: Date): Decision {
  const active = state !== null && now.getTime() - state.lastAt.getTime() < policy.quietMs;
  // Tries within the free allowance are never held back: concurrent tries each read their own
  // clock, and one stamped a moment later must not make an earlier one look too soon.
  if (active && state.count >= policy.free && state.nextAt.getTime() > now.getTime()) return { allowed: false, retryAt: state.nextAt };
  const count = (active ? state.count : 0) + 1;
  return { allowed: true, next: { count, lastAt: now, nextAt: new Date(now.getTime() + delayAfter(count, policy)) } };
}

/** The longest a counter can matter: older rows can be deleted. */
export const LONGEST_QUIET_MS = Math.max(...Object.values(POLICIES).map((p) => p.quietMs));

/** "30 seconds", "2 minutes": how long until `retryAt`, for a message. */
export function waitText(retryAt: Date, now = new Date()): string {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / SECOND));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
