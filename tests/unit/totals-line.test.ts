import { describe, expect, it } from "vitest";
import { totalsLine } from "@/scripts/lib/totals-line";

describe("the totals line of npm test", () => {
  it("adds the passed and failed counts of every step", () => {
    expect(totalsLine([{ name: "Unit", passed: 10, failed: 1 }, { name: "E2E", passed: 5, failed: 0 }])).toBe("Tests: 15 passed, 1 failed");
  });

  it("names a skipped step after the counts, so a skip never reads as all green", () => {
    const line = totalsLine([
      { name: "Unit", passed: 10, failed: 0 },
      { name: "Integration tests (PostgreSQL)", passed: 0, failed: 0, skipped: "nothing answers on 127.0.0.1:5432" },
    ]);
    expect(line).toBe("Tests: 10 passed, 0 failed, 1 skipped (Integration tests (PostgreSQL))");
    expect(line).toMatch(/^Tests: \d+ passed, \d+ failed/);
  });
});
