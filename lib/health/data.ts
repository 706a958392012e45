import "server-only";
import { getDb } from "../db/client";

/** True when the database answers a trivial query. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    await getDb().user.count({ take: 1 });
    return true;
  } catch {
    return false;
  }
}
