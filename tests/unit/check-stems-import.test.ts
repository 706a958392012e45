import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Node's own loader, in a fresh process: vitest's loader hands a module caught in an import cycle an unfilled export
// (undefined) where Node throws, so only a plain load shows a cycle that reads the stem checks before they are set up.
function loadAlone(file: string): string {
  const script = `require(${JSON.stringify(path.resolve(file))}); console.log("loaded");`;
  try {
    return execFileSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8", stdio: "pipe" }).trim();
  } catch (error) {
    // Only the error's own line: the child's stack carries source maps the runner cannot read.
    return /\w*Error: .*/.exec(String((error as { stderr?: string }).stderr))?.[0] ?? "failed to load";
  }
}

describe("loading the stem checks first", () => {
  it("loads them before any other module of the generator without an uninitialised word list", () => {
    expect(loadAlone("lib/generation/check-stems.ts")).toBe("loaded");
  }, 20_000);
});
