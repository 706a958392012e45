/**
 * Derive the per-provider schemas from prisma/schema.prisma and generate a Prisma
 * client for each, offline. Skips a client whose schema has not changed.
 * Runs on `npm install` (postinstall) and on `npm start`.
 */
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { clientDir, projectRoot, writeDerivedSchemas, PROVIDERS } from "../../lib/db/schemas";

const STAMP = ".schema-hash";

export function generateClients(force = false): void {
  const schemas = writeDerivedSchemas();
  for (const provider of PROVIDERS) {
    const text = fs.readFileSync(schemas[provider], "utf8");
    const hash = crypto.createHash("sha256").update(text).digest("hex");
    const stamp = path.join(clientDir(provider), STAMP);
    if (!force && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) continue;
    execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate", "--schema", schemas[provider]], {
      cwd: projectRoot,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        // `prisma generate` never runs the schema engine, but the CLI insists on
        // finding one and would download it; any executable satisfies the check.
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
    fs.writeFileSync(stamp, hash);
    console.log(`Generated the ${provider} Prisma client.`);
  }
}

if (require.main === module) generateClients(process.argv.includes("--force"));
