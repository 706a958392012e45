/**
 * Why central statements are not denied: reads the true statements of eval candidates.md files and counts the reason
 * negate-statement gives for each (DENIED where it makes a denial). `V=<reason>` (or `V=all`) lists the statements.
 *   npx tsx scripts/count-denial-refusals.ts /tmp/eval-tune/candidates.md /tmp/eval-fresh9/candidates.md
 */
import { readFileSync } from "node:fs";
import { denyStatement } from "../lib/generation/negate-statement";

const byReason = new Map<string, string[]>();
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const statement = /TRUE_FALSE statement [\d.]+ \([\d.]+\): (.*) => True$/.exec(line)?.[1];
    if (!statement) continue;
    const denial = denyStatement(statement);
    const reason = denial.refused ?? "DENIED";
    byReason.set(reason, [...(byReason.get(reason) ?? []), denial.text ? `${statement}  ->  ${denial.text}` : statement]);
  }
}
for (const [reason, statements] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${reason} ${statements.length}`);
  if (process.env.V === "all" || process.env.V === reason) for (const s of statements) console.log(`    ${s}`);
}
