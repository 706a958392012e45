import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import {
  mockMigrationAwareAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { providerOf, sqliteFilePath, type Provider } from "./config";
import { withSchemaEngine, type SchemaEngine } from "./schema-engine";
import { deriveSchema, derivedSchemaPath, migrationsDir, projectRoot, readSourceSchema, PROVIDERS } from "./schemas";

const LOCKFILE = "migration_lock.toml";
const NO_FILTER = { externalTables: [], externalEnums: [] };

/** The schema as of the last committed migration; new migrations are the diff from it. */
export const snapshotPath = path.join(projectRoot, "prisma", "migrations", "schema.snapshot.prisma");

/** Read a provider's migration history from disk in the shape the engine expects. */
export function readMigrationsList(provider: Provider, dir = migrationsDir(provider)): MigrationList {
  const lockPath = path.join(dir, LOCKFILE);
  const entries = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: entries.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

function schemaFor(provider: Provider, source = readSourceSchema()) {
  const file = derivedSchemaPath(provider);
  return { path: file, content: deriveSchema(source, provider, file) };
}

async function withEngine<T>(
  url: string,
  source: string | undefined,
  fn: (engine: SchemaEngine, provider: Provider) => Promise<T>,
): Promise<T> {
  const provider = providerOf(url);
  if (provider === "sqlite") prepareSqliteFile(url);
  return runEngine(url, provider, source, fn);
}

async function runEngine<T>(
  target: string | SqlMigrationAwareDriverAdapterFactory,
  provider: Provider,
  source: string | undefined,
  fn: (engine: SchemaEngine, provider: Provider) => Promise<T>,
): Promise<T> {
  return withSchemaEngine(target, schemaFor(provider, source), (engine) => fn(engine, provider));
}

/** Create the SQLite file's folder and switch the file to WAL (the mode persists in the file). */
export function prepareSqliteFile(url: string): void {
  const file = sqliteFilePath(url);
  if (file === ":memory:") return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/**
 * Names of committed migrations a SQLite file has not applied yet, read
 * directly (read-only): null when the file has no history table yet.
 */
export function pendingSqliteMigrations(url: string): string[] | null {
  const file = sqliteFilePath(url);
  if (file === ":memory:" || !fs.existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return null;
    const rows = db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as {
      migration_name: string;
    }[];
    const applied = new Set(rows.map((r) => r.migration_name));
    return readMigrationsList("sqlite").migrationDirectories.map((d) => d.path).filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

/** Apply every pending migration of the URL's provider; returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  // An up-to-date SQLite file needs no engine (and so no write lock a running app might hold up).
  if (providerOf(url) === "sqlite" && pendingSqliteMigrations(url)?.length === 0) return [];
  try {
    return await withEngine(url, undefined, async (engine, provider) => {
      const out = await engine.applyMigrations({ migrationsList: readMigrationsList(provider), filters: NO_FILTER });
      return out.appliedMigrationNames;
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/SocketTimeout|SQLITE_BUSY|database is locked/i.test(message)) {
      throw new Error("The database is busy: another program (another Factbound, perhaps) is using it. Stop it, then try again.");
    }
    throw err;
  }
}

/**
 * The SQL that would bring the live database to the current schema: empty when
 * the database matches it exactly.
 */
export async function diffDatabaseFromSchema(url: string, source?: string): Promise<string> {
  return withEngine(url, source, async (engine, provider) => {
    const schema = schemaFor(provider, source);
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: projectRoot },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return stripEmptyMigration(result.stdout ?? "");
  });
}

function stripEmptyMigration(sql: string): string {
  const meaningful = sql
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("--"))
    .join("\n");
  return meaningful.trim();
}

/**
 * SQL for moving from one schema text to another. The diff reads no tables, but
 * the PostgreSQL engine asks its server for a version when it starts, so that
 * provider needs a reachable server (`pgUrl`); SQLite needs none.
 */
export async function diffSchemas(
  provider: Provider,
  fromSource: string | null,
  toSource: string,
  pgUrl?: string,
): Promise<string> {
  let target: string | SqlMigrationAwareDriverAdapterFactory = mockMigrationAwareAdapterFactory("sqlite");
  if (provider === "postgresql") {
    if (!pgUrl) throw new Error("A PostgreSQL URL is needed to write PostgreSQL migrations.");
    target = pgUrl;
  }
  return runEngine(target, provider, toSource, async (engine) => {
    const to = schemaFor(provider, toSource);
    const result = await engine.diff({
      from: fromSource === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [schemaFor(provider, fromSource)] },
      to: { tag: "schemaDatamodel", files: [to] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
}

export function migrationTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export { PROVIDERS };
