import "server-only";
import { getDb } from "../db/client";

export async function recordLoginFailures(keys: string[]) {
  await getDb().loginFailure.createMany({ data: keys.map((key) => ({ key })) });
}

export async function deleteLoginFailures(key: string) {
  await getDb().loginFailure.deleteMany({ where: { key } });
}

export async function deleteLoginFailuresBefore(date: Date) {
  await getDb().loginFailure.deleteMany({ where: { createdAt: { lt: date } } });
}
