import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Everything that changes what `next build` produces.
const INPUTS = ["app", "components", "lib", "public", "content", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules", ".next"]);

/** A hash of the app's sources, so `npm start` rebuilds only when they changed. */
export function sourceHash(root: string): string {
  const hash = crypto.createHash("sha256");
  const visit = (rel: string) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) if (!SKIP.has(name)) visit(path.join(rel, name));
    } else {
      hash.update(rel).update("\0").update(fs.readFileSync(abs)).update("\0");
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

const STAMP = path.join(".next", "factbound-source-hash");

export function buildIsCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP);
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === sourceHash(root);
}

export function markBuilt(root: string): void {
  fs.writeFileSync(path.join(root, STAMP), sourceHash(root));
}
