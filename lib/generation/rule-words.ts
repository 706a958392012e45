import { tagged } from "./question-stems";

/**
 * Words the rule makers (make-direction, make-amount, make-change) read a stated rule with, kept in one place so that
 * each maker refuses, and accepts, a rule alike.
 */

// A hedged, negated or graded outcome ("may sink", "rarely rises", "almost sinks", "only melts") has no sure opposite:
// "It rises" is not what the article says of a price that rarely rises. ("can" is a maker's own call: an amount the
// crabs can reach turns surely, a float that can sink does not.)
export const HEDGED = /\b(?:not|never|no|may|might|sometimes|often|usually|perhaps|probably|rarely|seldom|almost|nearly|hardly|barely|scarcely|only|just)\b/i;

/**
 * A subject whose last word is an adverb ("the price of salt steadily") took a word of the outcome: the thing the
 * article names is the words before it, and the outcome is read without its adverb.
 */
export function endsInAdverb(subject: string): boolean {
  return tagged(subject).at(-1)?.tags?.includes("Adverb") === true;
}
