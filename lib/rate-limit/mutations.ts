import "server-only";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { decideAttempt, LONGEST_QUIET_MS, type CounterState, type LimitPolicy } from "./policy";

export type AttemptResult = { allowed: true } | { allowed: false; retryAt: Date };

// Under heavy contention a compare-and-set can lose many rounds; past this we refuse (safe side).
const MAX_ROUNDS = 25;

async function readCounter(key: string) {
  return getDb().rateLimit.findUnique({ where: { key } });
}

/** Whether an attempt would be let through now, without counting it. */
export async function peekAttempt(key: string, policy: LimitPolicy, now = new Date()): Promise<AttemptResult> {
  const decision = decideAttempt(await readCounter(key), policy, now);
  return decision.allowed ? { allowed: true } : decision;
}

/**
 * Count one attempt under `key`, atomically: read the counter, decide, and
 * write only if nobody changed it meanwhile (compare-and-set on `version`), or
 * start over. Concurrent attempts are therefore each counted exactly once and
 * none slips past the limit, on SQLite and on PostgreSQL alike.
 */
export async function takeAttempt(key: string, policy: LimitPolicy, now = new Date()): Promise<AttemptResult> {
  const db = getDb();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const row = await readCounter(key);
    const decision = decideAttempt(row, policy, now);
    if (!decision.allowed) return decision;
    const next: CounterState = decision.next;
    if (!row) {
      try {
        await db.rateLimit.create({ data: { key, ...next, version: 0 } });
        return { allowed: true };
      } catch (err) {
        if (isUniqueViolation(err)) continue;
        throw err;
      }
    }
    const { count } = await db.rateLimit.updateMany({ where: { key, version: row.version }, data: { ...next, version: row.version + 1 } });
    if (count === 1) return { allowed: true };
  }
  return { allowed: false, retryAt: new Date(now.getTime() + 1000) };
}

/** Take back one counted attempt (it turned out not to be a failure); the wait it set stays. */
export async function refundAttempt(key: string) {
  await getDb().rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 }, version: { increment: 1 } } });
}

export async function clearAttempts(keys: string[]) {
  await getDb().rateLimit.deleteMany({ where: { key: { in: keys } } });
}

/** Clear every counter whose key starts with `prefix` (rare: a password reset). */
export async function clearAttemptsStartingWith(prefix: string) {
  await getDb().rateLimit.deleteMany({ where: { key: { startsWith: prefix } } });
}

let lastPrune = 0;
/** Delete counters nobody has touched for longer than any policy remembers; at most once a minute. */
export async function pruneOldCounters(now = new Date()) {
  if (now.getTime() - lastPrune < 60_000) return;
  lastPrune = now.getTime();
  await getDb().rateLimit.deleteMany({ where: { lastAt: { lt: new Date(now.getTime() - LONGEST_QUIET_MS) } } });
}
