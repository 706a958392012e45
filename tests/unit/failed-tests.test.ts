import { describe, expect, it } from "vitest";
import { playwrightFailures, vitestFailures } from "@/scripts/lib/failed-tests";

describe("the failed tests named in npm test's summary", () => {
  it("names each failed Vitest test by file and full name, with the first line of its reason", () => {
    const names = vitestFailures({
      testResults: [
        {
          name: "/ci/clone/tests/integration/results.test.ts",
          status: "failed",
          assertionResults: [
            { title: "keeps order", fullName: "results › keeps order", status: "failed", failureMessages: ["\u001b[31mAssertionError: expected 2 to be 3\u001b[39m\n    at results.test.ts:40:5\n    at more"] },
            { title: "counts", fullName: "results › counts", status: "passed" },
          ],
        },
        { name: "/ci/clone/tests/integration/seed.test.ts", status: "passed", assertionResults: [{ title: "seeds", status: "passed" }] },
      ],
    });
    expect(names).toEqual(["tests/integration/results.test.ts › results › keeps order: AssertionError: expected 2 to be 3 at results.test.ts:40:5"]);
  });

  it("names a Vitest file that failed outside any test (it crashed while loading)", () => {
    expect(vitestFailures({ testResults: [{ name: "/x/tests/unit/a.test.ts", status: "failed", message: "Cannot find module './gone'", assertionResults: [] }] })).toEqual([
      "tests/unit/a.test.ts: Cannot find module './gone'",
    ]);
  });

  it("names Playwright tests that failed and ones that passed only on a retry, in nested describe blocks too", () => {
    const names = playwrightFailures({
      suites: [
        {
          title: "live-game.spec.ts",
          file: "live-game.spec.ts",
          specs: [{ title: "plays a game", line: 12, tests: [{ status: "expected" }] }],
          suites: [
            {
              title: "reconnects",
              specs: [
                { title: "a dropped student", line: 40, tests: [{ status: "unexpected", results: [{ errors: [{ message: "Timeout 5000ms exceeded." }] }] }] },
                { title: "the host", line: 60, tests: [{ status: "flaky", results: [{ errors: [{ message: "locator not visible" }] }, { errors: [] }] }] },
              ],
            },
          ],
        },
      ],
    });
    expect(names).toEqual(["live-game.spec.ts:40 › a dropped student: Timeout 5000ms exceeded.", "live-game.spec.ts:60 › the host (passed only on a retry): locator not visible"]);
  });

  it("names nothing when everything passed", () => {
    expect(vitestFailures({ testResults: [{ name: "/x/tests/unit/a.test.ts", status: "passed", assertionResults: [{ title: "t", status: "passed" }] }] })).toEqual([]);
    expect(playwrightFailures({ suites: [{ title: "a.spec.ts", specs: [{ title: "t", tests: [{ status: "expected" }] }] }] })).toEqual([]);
  });
});
