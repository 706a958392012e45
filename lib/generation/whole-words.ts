import { boundedMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";

/**
 * A word or phrase standing whole in a text, case-blind ("the sea" in "The sea rose", not "sea" in "sea-wall" or
 * "seal"). One rule for every maker and check that asks whether a text names a term; the patterns are compiled once per
 * term, since a whole article is asked about term after term (bounded: a long-running server sees many articles' terms).
 * The patterns carry no "g" flag, so one may be shared between callers and asked with exec or test in any order.
 */

const termPatterns = boundedMemo<RegExp>(5000);
const namePatterns = boundedMemo<RegExp>(1000);

/** The term between edges that are no letter, digit or hyphen: a possessive still names it ("the Senate's vote"). */
export function termPattern(term: string): RegExp {
  return termPatterns(term, () => new RegExp(`(?<![\\w-])${escapeRegExp(term)}(?![\\w-])`, "i"));
}

// Letters whose case the pattern's "i" folds as lower case does (outside ASCII, a Greek sigma's two forms match one another).
const PLAIN = /^[\x00-\x7f]*$/;
// The last text read in lower case: a whole article is asked about term after term.
let lastText = "";
let lastLower = "";
function lowerOf(text: string): string {
  if (text !== lastText) [lastText, lastLower] = [text, text.toLowerCase()];
  return lastLower;
}

/** Whether the text names the term whole (termPattern). */
export function mentions(text: string, term: string): boolean {
  // (A term in plain ASCII is first looked for in lower case, and the pattern run only where it is: most calls find nothing.)
  if (PLAIN.test(term) && !lowerOf(text).includes(term.toLowerCase())) return false;
  return termPattern(term).test(text);
}

/**
 * Whether the text names a name whole, counting an apostrophe as part of a word: "Neill" is not named in "O'Neill", nor
 * is it in "Neill's" (for the offices, whose names are asked as the doer of a power).
 */
export function namesWhole(text: string, name: string): boolean {
  return namePatterns(name, () => new RegExp(`(?<![\\w'’-])${escapeRegExp(name)}(?![\\w'’-])`, "i")).test(text);
}
