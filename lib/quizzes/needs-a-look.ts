import { REVIEW_THRESHOLD } from "../generation/confidence";

/**
 * Below this confidence a generated question is flagged "Needs a look" in the editor: the generator's own review
 * line, so every question it counts as marked for a look is shown as such (none shipped silently between two lines).
 */
export const NEEDS_A_LOOK_BELOW = REVIEW_THRESHOLD;

/**
 * A generated question the generator was unsure of, which the teacher has
 * neither changed nor marked as checked.
 */
export function needsALook(q: { confidence: number | null; editedAt: Date | null; checkedAt: Date | null }): boolean {
  return q.confidence !== null && q.confidence < NEEDS_A_LOOK_BELOW && !q.editedAt && !q.checkedAt;
}
