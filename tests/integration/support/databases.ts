import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Provider } from "../../../lib/db/config";

/**
 * Integration tests run against a real database of the provider named by
 * FACTBOUND_TEST_PROVIDER (sqlite by default). Global setup migrates one
 * template database per run; each test file gets its own copy of it.
 */
export const TEST_PROVIDER: Provider = process.env.FACTBOUND_TEST_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
export const PG_ADMIN_URL = process.env.FACTBOUND_PG_URL ?? "postgresql://factbound:factbound@127.0.0.1:5432/postgres";
export const TEST_ROOT = path.resolve(__dirname, "..", "..", "..", "data", "test");

export function pgUrlFor(database: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPgAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function templateName(runId: string): string {
  return `factbound_test_${runId}_template`;
}

export function sqliteTemplatePath(runId: string): string {
  return path.join(TEST_ROOT, runId, "template.db");
}

/** A fresh database for one test file, copied from the run's migrated template. */
export async function cloneTemplate(runId: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const safe = name.replace(/[^a-z0-9]+/gi, "_").toLowerCase().slice(0, 30);
  if (TEST_PROVIDER === "sqlite") {
    const file = path.join(TEST_ROOT, runId, `${safe}-${process.pid}.db`);
    fs.copyFileSync(sqliteTemplatePath(runId), file);
    return { url: `file:${file}`, drop: async () => fs.rmSync(file, { force: true }) };
  }
  const database = `factbound_test_${runId}_${safe}_${process.pid}`.slice(0, 63);
  await withPgAdmin((c) => c.query(`CREATE DATABASE "${database}" TEMPLATE "${templateName(runId)}"`));
  return {
    url: pgUrlFor(database),
    drop: () => withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(() => undefined),
  };
}
