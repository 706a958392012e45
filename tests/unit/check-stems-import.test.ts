import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Node's own loader, in a fresh process: vitest's loader hands a module caught in an import cycle an unfilled export
// (undefined) where Node throws, so only a plain load shows a cycle that reads a word list before it is set up.
//
// Every module of the generator loaded first, in one fresh process: the generator's own modules are dropped from Node's
// cache before each, so each load runs its import cycle from the start, as an entry point would (review 16 #11: a word
// list read at load time before the module that sets it ran, "Cannot access 'PLACE_NAME' before initialization").
function modulesFailingAlone(): string[] {
  const script = `
    const fs = require("node:fs"), path = require("node:path");
    const dir = path.resolve("lib/generation");
    const failed = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key];
      try { require(path.join(dir, file)); } catch (error) { failed.push(file + ": " + String(error).split("\\n")[0]); }
    }
    console.log(JSON.stringify(failed));`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8", stdio: "pipe" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as string[];
}

describe("loading the stem checks first", () => {
  it("loads every module of the generator first, before any other, without an uninitialised value", () => {
    expect(modulesFailingAlone()).toEqual([]);
  }, 120_000);
});
