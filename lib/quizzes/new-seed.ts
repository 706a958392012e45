import { randomInt } from "node:crypto";

/** A fresh generator seed for a draft or a regenerated question: each teacher's request gets its own. */
export function newSeed(): number {
  return randomInt(1, 2 ** 31 - 1);
}
