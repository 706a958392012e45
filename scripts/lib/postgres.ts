import { execFileSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

export const DEFAULT_PG_URL = "postgresql://factbound:factbound@127.0.0.1:5432/postgres";

export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Make the test PostgreSQL reachable: if a local Debian cluster is installed but
 * stopped, start it, and create the test role. Returns why not, when it cannot.
 */
export async function ensureLocalPostgres(url = DEFAULT_PG_URL): Promise<{ ok: true } | { ok: false; why: string }> {
  if (await canConnect(url)) return { ok: true };
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !fs.existsSync("/usr/bin/pg_ctlcluster")) {
    return { ok: false, why: `no PostgreSQL answers at ${url.replace(/:[^:@/]+@/, ":***@")}` };
  }
  try {
    const clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
    const [version, name] = (clusters[0] ?? "").split(/\s+/);
    if (!version || !name) return { ok: false, why: "PostgreSQL is installed but has no cluster" };
    execFileSync("pg_ctlcluster", [version, name, "start"], { stdio: "ignore" });
  } catch {
    // Already running, or it failed to start; the connection check below tells which.
  }
  const target = new URL(url);
  const role = decodeURIComponent(target.username);
  const password = decodeURIComponent(target.password).replace(/'/g, "''");
  const sql = `DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE "${role}" LOGIN SUPERUSER PASSWORD '${password}'; END IF; END$$;`;
  for (let i = 0; i < 20; i++) {
    try {
      execFileSync("su", ["postgres", "-c", `psql -qc "${sql.replace(/"/g, '\\"').replace(/\$/g, "\\$")}"`], { stdio: "ignore" });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return (await canConnect(url)) ? { ok: true } : { ok: false, why: "PostgreSQL did not come up" };
}
