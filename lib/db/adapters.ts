import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { providerOf, sqliteFilePath } from "./config";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Wait this long for a locked SQLite database before failing a write. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * A pg client that reports PostgreSQL's internal one-byte `"char"` type as text.
 * Prisma's schema engine reads catalog columns of that type, which the pg driver
 * adapter cannot deserialize; as text they read correctly. Application tables
 * never use `"char"`, so the app is unaffected.
 */
class CharAsTextClient extends pg.Client {
  // pg's query() has many overloads; we only post-process the result it yields.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: pg.QueryResult) => void;
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => callback(err, reportCharAsText(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(reportCharAsText) : out;
  }
}

function reportCharAsText(result: pg.QueryResult): pg.QueryResult {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

export function createPgPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, Client: CharAsTextClient });
  // An idle connection dropped by the server (restart, failover) must not crash the app;
  // the pool replaces it on the next query.
  pool.on("error", (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
  return pool;
}

export interface AdapterHandle {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Close the connections the factory opened (a pg pool would otherwise keep the process alive). */
  close(): Promise<void>;
}

/** The driver adapter factory for a DATABASE_URL: SQLite file or PostgreSQL. */
export function createAdapter(url: string): AdapterHandle {
  if (providerOf(url) === "postgresql") {
    const pool = createPgPool(url);
    return {
      factory: new PrismaPg(pool, { disposeExternalPool: true }),
      close: async () => {
        if (!pool.ended) await pool.end();
      },
    };
  }
  return trackConnections(new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS }));
}

/**
 * Wrap a factory so that every connection it opens can be closed. The schema
 * engine opens connections it never disposes; a SQLite file left open by a
 * finished migration would hold its lock against the next process.
 */
function trackConnections(inner: SqlMigrationAwareDriverAdapterFactory): AdapterHandle {
  const opened: SqlDriverAdapter[] = [];
  const remember = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection;
    opened.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => remember(inner.connect()),
    connectToShadowDb: () => remember(inner.connectToShadowDb()),
  };
  return { factory, close: async () => void (await Promise.all(opened.splice(0).map((a) => a.dispose()))) };
}
