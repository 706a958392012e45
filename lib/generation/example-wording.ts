/**
 * The wording of a sentence that works an example or names a term, shared by the checks that mark a figure in it as the
 * least of the sentence (check-lesser-keys) and a blank on it as unfair (check-unfair-stems), so the two read it alike.
 */

// An illustration the sentence itself announces ("for example", "e.g.", "such as this"), anywhere in it.
const EXAMPLE_WORDS = /\bfor (?:instance|example)\b|\be\.g\.|\bsuch as this\b/i;
// A worked case: "If the load is doubled to …", "Suppose a cart …".
const WORKED_CASE = /^(?:If|Suppose|Imagine|Say)\b/;

/** A sentence that works an example: a supposed case or one given as an instance. */
export function worksAnExample(sentence: string): boolean {
  return EXAMPLE_WORDS.test(sentence) || WORKED_CASE.test(sentence);
}

// What a definition says after the thing it describes: "… is known as a confluence", "… are then called tributaries".
export const NAMING_VERB = String.raw`\b(?:is|are|was|were)\s+(?:(?:then|also|usually|often)\s+)?(?:known as|called|named|termed)\b`;
