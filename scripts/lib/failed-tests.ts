/**
 * The names of the tests that failed, read from the runners' JSON reports, so
 * the summary at the end of `npm test` says which ones (CI shows only the tail
 * of the output: a count alone leaves a flaky failure impossible to find).
 */

interface VitestReport {
  testResults?: { name: string; status?: string; message?: string; assertionResults?: { title: string; fullName?: string; status: string; failureMessages?: string[] }[] }[];
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; line?: number; tests?: { status?: string; results?: { errors?: { message?: string }[] }[] }[] }[];
  suites?: PlaywrightSuite[];
}

const REASON_LENGTH = 300;

/** The first line or two of a failure, without colour codes: enough to say what went wrong. */
function reasonOf(message: string | undefined): string {
  const plain = (message ?? "").replace(/\u001b\[[0-9;]*m/g, "").trim();
  const firstLines = plain.split("\n").slice(0, 2).join(" ").replace(/\s+/g, " ");
  return firstLines.length > REASON_LENGTH ? `${firstLines.slice(0, REASON_LENGTH)}…` : firstLines;
}

function fileOf(name: string): string {
  const at = name.indexOf("/tests/");
  return at >= 0 ? name.slice(at + 1) : name;
}

/** Vitest: every failed test as "file › full name: reason", and a file that failed outside any test. */
export function vitestFailures(report: VitestReport): string[] {
  const out: string[] = [];
  for (const file of report.testResults ?? []) {
    const failed = (file.assertionResults ?? []).filter((a) => a.status === "failed");
    for (const a of failed) out.push(`${fileOf(file.name)} › ${a.fullName ?? a.title}: ${reasonOf(a.failureMessages?.[0])}`);
    if (!failed.length && file.status === "failed") out.push(`${fileOf(file.name)}: ${reasonOf(file.message)}`);
  }
  return out;
}

/** Playwright: every test that failed or only passed on a retry, as "file:line › title: reason". */
export function playwrightFailures(report: { suites?: PlaywrightSuite[] }): string[] {
  const out: string[] = [];
  const walk = (suite: PlaywrightSuite, file: string) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const error = test.results?.flatMap((r) => r.errors ?? [])[0];
        const flaky = test.status === "flaky" ? " (passed only on a retry)" : "";
        out.push(`${file}:${spec.line ?? 0} › ${spec.title}${flaky}: ${reasonOf(error?.message)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.file ?? file);
  };
  for (const suite of report.suites ?? []) walk(suite, suite.file ?? suite.title);
  return out;
}
