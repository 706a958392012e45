import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

// The question generator (lib/generation, and the NLP library "compromise" it loads, about a megabyte) runs on the server
// only: a client component that imported it, even through a helper, would ship it to every student's browser. esbuild
// bundles every client module ("use client") under app/ and components/ as Next would: type-only imports drop out, a
// server action module ("use server") is a boundary (the client gets a reference to call, never its code), other packages
// stay outside, and compromise is bundled so that its tree-shaking ("sideEffects": false) shows what would really ship.

const ROOT = path.resolve(__dirname, "../..");
const DIRECTIVE = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*["']use (client|server)["']/;

// The few leaf modules of lib/generation that client code shares today, none of which loads the tagger when it is
// loaded: the month names and title words the typed-answer grader reads, the shuffle, the article length limit (with
// the sentence splitter beside it), and the common-word test (its word list is read from compromise only on first use).
const SHARED_LEAVES = ["article-memo", "common-word", "months", "parse-article", "random", "split-sentences", "titles"].map((m) => `lib/generation/${m}.ts`);

function directiveOf(file: string): string | undefined {
  return DIRECTIVE.exec(readFileSync(file, "utf8"))?.[1];
}

function clientModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return clientModules(full);
    return /\.tsx?$/.test(name) && directiveOf(full) === "client" ? [full] : [];
  });
}

function sourceFile(base: string): string | undefined {
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((f) => existsSync(f) && statSync(f).isFile());
}

const boundaries: Plugin = {
  name: "client-boundaries",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point" || args.importer.includes(`${path.sep}node_modules${path.sep}`) || args.path === "compromise") return undefined;
      const local = args.path.startsWith("@/") ? path.join(ROOT, args.path.slice(2)) : /^\.\.?\//.test(args.path) ? path.resolve(args.resolveDir, args.path) : undefined;
      if (!local) return { path: args.path, external: true };
      const file = sourceFile(local);
      if (!file) return { path: local, external: true };
      return directiveOf(file) === "server" ? { path: file, external: true } : { path: file };
    });
  },
};

async function clientBundle(): Promise<{ entries: string[]; metafile: Metafile }> {
  const entries = [...clientModules(path.join(ROOT, "app")), ...clientModules(path.join(ROOT, "components"))];
  const { metafile } = await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    outdir: "out",
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    logLevel: "silent",
    absWorkingDir: ROOT,
    loader: { ".css": "empty" },
    plugins: [boundaries],
  });
  return { entries: entries.map((e) => path.relative(ROOT, e).split(path.sep).join("/")), metafile };
}

describe("the client bundles stay clear of the question generator", () => {
  it("reaches no module of lib/generation but the shared leaves, and ships no byte of compromise", async () => {
    const { entries, metafile } = await clientBundle();
    // (The quiz player and the live player are among the entry points: the walk covers what a student's browser loads.)
    expect(entries).toEqual(expect.arrayContaining(["components/player/quiz-player.tsx", "components/live/player-screen.tsx"]));
    const reached = Object.keys(metafile.inputs).map((f) => f.split(path.sep).join("/"));
    expect(reached.length).toBeGreaterThan(entries.length);
    expect(reached.filter((f) => f.startsWith("lib/generation/") && !SHARED_LEAVES.includes(f))).toEqual([]);
    const shipped = Object.values(metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f));
    expect([...new Set(shipped.filter((f) => f.includes("node_modules/compromise/")))]).toEqual([]);
  }, 60_000);
});
