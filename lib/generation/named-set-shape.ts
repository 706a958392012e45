/**
 * A sentence naming a counted set of steps in one list: "Potters call these three stages wedging, throwing and firing." /
 * "These three stages are called …". Read by the maker that asks it and by the checks, which treat its list as closed.
 */

const STEP_NOUN = "processes|stages|steps|actions|effects|changes|movements|phases|forces";
export const CALL_THESE = new RegExp(`^([A-Z][a-z]+(?: [a-z]+)?) (?:call|calls|called) (these) (two|three|four|five) (${STEP_NOUN}) ([^.;:()"“”]+)\\.$`);
export const THESE_CALLED = new RegExp(`^(These) (two|three|four|five) (${STEP_NOUN}) (?:are|were) (?:called|known as|named) ([^.;:()"“”]+)\\.$`);

/** Whether a sentence names a counted set of steps in one list. */
export function isNamedSet(text: string): boolean {
  return CALL_THESE.test(text) || THESE_CALLED.test(text);
}
