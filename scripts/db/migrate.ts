/** npm run db:migrate — apply pending migrations to DATABASE_URL (SQLite by default). */
import { databaseUrl, providerOf, redactUrl } from "../../lib/db/config";
import { applyMigrations } from "../../lib/db/migrations";

export async function migrate(url = databaseUrl()): Promise<string[]> {
  const applied = await applyMigrations(url);
  const where = `${providerOf(url)} database ${redactUrl(url)}`;
  console.log(applied.length ? `Applied ${applied.length} migration(s) to the ${where}: ${applied.join(", ")}` : `The ${where} is up to date.`);
  return applied;
}

if (require.main === module) {
  migrate().catch((err) => {
    console.error(`Migration failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
