/** Below this confidence a generated question is flagged "Needs a look" in the editor. */
export const NEEDS_A_LOOK_BELOW = 0.5;

/**
 * A generated question the generator was unsure of, which the teacher has
 * neither changed nor marked as checked.
 */
export function needsALook(q: { confidence: number | null; editedAt: Date | null; checkedAt: Date | null }): boolean {
  return q.confidence !== null && q.confidence < NEEDS_A_LOOK_BELOW && !q.editedAt && !q.checkedAt;
}
