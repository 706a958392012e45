import { describe, expect, it } from "vitest";
import { decideAttempt, delayAfter, waitText, type LimitPolicy } from "@/lib/rate-limit/policy";

const policy: LimitPolicy = { free: 3, baseDelayMs: 1000, maxDelayMs: 10_000, quietMs: 60_000 };
const at = (ms: number) => new Date(1_000_000 + ms);

describe("growing delays", () => {
  it("let the allowance through at once, then double the wait up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => delayAfter(n, policy))).toEqual([0, 0, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("refuse an attempt during the wait without changing the counter", () => {
    let state = null;
    for (let i = 0; i < 3; i++) {
      const d = decideAttempt(state, policy, at(0));
      if (!d.allowed) throw new Error("the allowance should pass");
      state = d.next;
    }
    expect(decideAttempt(state, policy, at(999))).toEqual({ allowed: false, retryAt: at(1000) });
    const after = decideAttempt(state, policy, at(1000));
    expect(after).toEqual({ allowed: true, next: { count: 4, lastAt: at(1000), nextAt: at(3000) } });
  });

  it("start over after a quiet spell", () => {
    const state = { count: 9, lastAt: at(0), nextAt: at(10_000) };
    expect(decideAttempt(state, policy, at(5000)).allowed).toBe(false);
    expect(decideAttempt(state, policy, at(60_000))).toEqual({ allowed: true, next: { count: 1, lastAt: at(60_000), nextAt: at(60_000) } });
  });

  it("say how long to wait in words", () => {
    expect(waitText(at(1000), at(0))).toBe("1 second");
    expect(waitText(at(30_000), at(0))).toBe("30 seconds");
    expect(waitText(at(15 * 60_000), at(0))).toBe("15 minutes");
  });
});
