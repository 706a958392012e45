import "server-only";
import { verifyPassword } from "../auth/password";
import { findPasswordHashes } from "../users/data";
import { DEMO_STUDENT_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from "./demo-data";

const DEMO_PASSWORDS = new Map<string, string>([
  [DEMO_TEACHER.username, DEMO_TEACHER.password],
  ...DEMO_STUDENTS.map((s) => [s.username, DEMO_STUDENT_PASSWORD] as const),
]);

// Keyed by the stored hash, so a changed password is seen at once and Argon2 runs once per hash.
const verdicts = new Map<string, boolean>();

/** Demo accounts that still accept the password the README publishes, by username. */
export async function demoAccountsWithDefaultPasswords(): Promise<string[]> {
  const rows = await findPasswordHashes([...DEMO_PASSWORDS.keys()]);
  const open: string[] = [];
  for (const { username, passwordHash } of rows) {
    let verdict = verdicts.get(passwordHash);
    if (verdict === undefined) {
      verdict = await verifyPassword(passwordHash, DEMO_PASSWORDS.get(username)!);
      if (verdicts.size > 100) verdicts.clear();
      verdicts.set(passwordHash, verdict);
    }
    if (verdict) open.push(username);
  }
  return open.sort();
}
