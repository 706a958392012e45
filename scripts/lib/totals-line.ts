export interface StepResult {
  name: string;
  passed: number;
  failed: number;
  /** Why the step did not run; a skipped step counts neither way but is named on the totals line. */
  skipped?: string;
}

/**
 * The closing line of `npm test`: "Tests: N passed, N failed" first (CI reads
 * that form), then ", N skipped (step; step)" when any step did not run.
 */
export function totalsLine(results: StepResult[]): string {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const skipped = results.filter((r) => r.skipped);
  const tail = skipped.length ? `, ${skipped.length} skipped (${skipped.map((r) => r.name).join("; ")})` : "";
  return `Tests: ${passed} passed, ${failed} failed${tail}`;
}
