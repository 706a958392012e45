import { afterAll, beforeAll, inject } from "vitest";
import { createDb, setDbForTests, type Db } from "../../../lib/db/client";
import { cloneTemplate } from "./databases";

/**
 * Give this test file its own freshly migrated database and point the app's
 * data layer at it. Returns a getter for the client.
 */
export function setupTestDatabase(name: string): { db: () => Db; url: () => string } {
  let db: Db | undefined;
  let url = "";
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const clone = await cloneTemplate(inject("runId"), name);
    url = clone.url;
    drop = clone.drop;
    db = createDb(url);
    setDbForTests(db);
  });
  afterAll(async () => {
    await db?.$disconnect();
    setDbForTests(undefined);
    await drop?.();
  });
  return {
    db: () => {
      if (!db) throw new Error("The test database is not ready yet (use it inside a test or hook).");
      return db;
    },
    url: () => url,
  };
}
