/**
 * Words by which an ordering's item says its own place ("Then …", "Finally …", "First quarter", "Late decline"): shown as
 * an item, such a word gives the order away.
 */
export const ORDER_WORD =
  /^(?:First|Firstly|Then|Next|Later|Finally|Afterwards?|Eventually|After that|Soon after|In the end|At last)\b|\b(?:at first|at last|finally|later|afterwards|eventually|subsequently|after the|before the|in the end)\b/i;

/** A name that opens on its place in a series ("Second stage", "Late decline", "Initial growth"). */
export const PLACE_IN_SERIES = /^(?:Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Last|Final|Early|Middle|Mid|Late|Initial|Beginning|End)\b/;

/** An item or a name that says its own place in a series. */
export function saysOwnPlace(text: string): boolean {
  return ORDER_WORD.test(text) || PLACE_IN_SERIES.test(text);
}
