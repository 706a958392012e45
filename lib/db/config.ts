import path from "node:path";

/** The two database providers Factbound runs on. */
export type Provider = "sqlite" | "postgresql";

/** Embedded default: a SQLite file beside the app, so one laptop is enough. */
export const DEFAULT_DATABASE_URL = "file:./data/factbound.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgres://" / "postgresql://" (PostgreSQL); got "${redactUrl(url)}".`,
  );
}

/** Absolute path of a SQLite file URL, resolved against the working directory. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (file === ":memory:") return file;
  return path.resolve(cwd, file);
}

/** Hide a password in a connection string before it reaches a log or an error. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, "//$1:***@");
}
