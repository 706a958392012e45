import { DEFAULT_DATABASE_URL, providerOf, sqliteFilePath } from "../../lib/db/config";

/**
 * Whether `npm start` creates the demo accounts (published passwords): on the
 * embedded SQLite default, so one command shows the app working; elsewhere
 * only when asked (`--demo` or FACTBOUND_DEMO=1), never silently into a
 * school's PostgreSQL. FACTBOUND_DEMO=0 turns it off on the default too.
 */
export function demoDataWanted(input: { url: string; root: string; argv: string[]; env: { FACTBOUND_DEMO?: string } }): { seed: boolean; why: string } {
  const flag = input.env.FACTBOUND_DEMO?.trim();
  if (input.argv.includes("--demo") || flag === "1") return { seed: true, why: "asked for with --demo or FACTBOUND_DEMO=1" };
  if (flag === "0") return { seed: false, why: "FACTBOUND_DEMO=0" };
  const embedded = providerOf(input.url) === "sqlite" && sqliteFilePath(input.url, input.root) === sqliteFilePath(DEFAULT_DATABASE_URL, input.root);
  return embedded
    ? { seed: true, why: "the embedded default database" }
    : { seed: false, why: "not the embedded default database; start with --demo (or FACTBOUND_DEMO=1) to add it" };
}
