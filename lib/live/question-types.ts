/**
 * Which questions a live game plays: options on the projector (multiple choice,
 * true/false) and typed answers (fill in the blank). Ordering and matching need
 * dragging and pairing that a timed round on a phone does badly, so they stay
 * in the self-paced quiz.
 */
export const LIVE_QUESTION_TYPES = ["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK"] as const;

export function isLiveQuestionType(type: string): boolean {
  return (LIVE_QUESTION_TYPES as readonly string[]).includes(type);
}
