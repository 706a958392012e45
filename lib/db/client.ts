import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { createAdapter } from "./adapters";
import { databaseUrl, providerOf } from "./config";

/**
 * Both generated clients have the same API (the schema is one source); the
 * SQLite client's types stand for both.
 */
export type Db = PrismaClient;
export { Prisma } from "./generated/sqlite/client";
export type * from "./generated/sqlite/models";
export { Role, QuizStatus, QuestionType } from "./generated/sqlite/enums";

/** A new client for a database URL; callers own it and must $disconnect it. */
export function createDb(url: string): Db {
  const { factory } = createAdapter(url);
  if (providerOf(url) === "postgresql") {
    return new PostgresPrismaClient({ adapter: factory }) as unknown as Db;
  }
  return new PrismaClient({ adapter: factory });
}

const globalForDb = globalThis as typeof globalThis & { __factboundDb?: Db };

/** The app's shared client for DATABASE_URL, created on first use (not at build time). */
export function getDb(): Db {
  globalForDb.__factboundDb ??= createDb(databaseUrl());
  return globalForDb.__factboundDb;
}

/** Tests point the shared client at their own database. */
export function setDbForTests(db: Db | undefined): void {
  globalForDb.__factboundDb = db;
}
