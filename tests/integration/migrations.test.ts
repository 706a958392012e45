import { describe, expect, it } from "vitest";
import { providerOf } from "@/lib/db/config";
import { applyMigrations, diffDatabaseFromSchema, readMigrationsList } from "@/lib/db/migrations";
import { readSourceSchema } from "@/lib/db/schemas";
import { TEST_PROVIDER } from "./support/databases";
import { setupTestDatabase } from "./support/test-database";

const database = setupTestDatabase("migrations");

describe(`migrations on ${TEST_PROVIDER}`, () => {
  it("leave a freshly migrated database exactly matching the schema", async () => {
    expect(providerOf(database.url())).toBe(TEST_PROVIDER);
    expect(await diffDatabaseFromSchema(database.url())).toBe("");
  });

  it("see a difference when the schema moves ahead of the database", async () => {
    // Appended, so the probe does not depend on any model's name.
    const ahead = `${readSourceSchema()}\nmodel Probe {\n  id String @id\n}\n`;
    expect(await diffDatabaseFromSchema(database.url(), ahead)).toMatch(/CREATE TABLE "Probe"/);
  });

  it("apply nothing the second time, and record what was applied as prisma migrate deploy does", async () => {
    expect(await applyMigrations(database.url())).toEqual([]);
    const rows = await database.db().$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
      'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const onDisk = readMigrationsList(TEST_PROVIDER).migrationDirectories.map((d) => d.path);
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
    for (const row of rows) expect(row.finished_at).not.toBeNull();
  });
});

describe.runIf(TEST_PROVIDER === "sqlite")("the SQLite shortcut", () => {
  it("reads pending migrations without the engine, so an up-to-date file is never locked for writing", async () => {
    const { pendingSqliteMigrations } = await import("@/lib/db/migrations");
    expect(pendingSqliteMigrations(database.url())).toEqual([]);
    const last = readMigrationsList("sqlite").migrationDirectories.at(-1)!.path;
    await database.db().$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = '${last}'`);
    expect(pendingSqliteMigrations(database.url())).toEqual([last]);
    expect(pendingSqliteMigrations("file:./data/does-not-exist.db")).toBeNull();
  });
});
