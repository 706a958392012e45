import { MONTHS } from "./months";

/**
 * The linking words and phrases that open a sentence and tie it to the one before ("However, …", "Shortly afterwards …",
 * "Meanwhile …"): one list, read by every module that looks for them. It imports only the month names (a leaf). Entries are regex
 * alternatives ("Afterwards?"), joined with "|" where a regex is built.
 */

/** Links that only tie the sentence to the one before and carry no time a key could need: the claim is as true without them. */
export const DROPPABLE_LINKS: readonly string[] = ["However", "Meanwhile", "Nevertheless", "Nonetheless", "Moreover", "Furthermore"];

/**
 * Every link that ties a sentence to the one before: the droppable ones and those of time or contrast (not "Instead of
 * bread, …", which names its own contrast).
 */
export const LINKING_PHRASES: readonly string[] = [
  ...DROPPABLE_LINKS,
  "Thereafter",
  "In the meantime",
  "Even so",
  "Instead(?! of\\b)",
  "Afterwards?",
  "After that",
  "Not long after that",
  "At the same time(?! as)",
  "(?:Shortly|Soon|Not long|Immediately) (?:afterwards?|after(?=,)|after (?:that|this))",
  "Later (?:that|the same) (?:day|night|morning|evening|afternoon|week|month|year)",
];

/**
 * Links of contrast or addition ("On the other hand, …", "In addition, …", "But …"): they join a sentence to its
 * neighbour, and a sentence read as the reason for the next one is asked without them (with LINKING_PHRASES).
 */
export const CONTRAST_AND_ADDITION_LINKS: readonly string[] = ["On the other hand", "In contrast", "In addition", "Still", "Also", "Yet", "But", "And"];

/**
 * Openers that make a sentence one item of a list the sentence before introduces ("There were three reasons … First, …",
 * "Second, …", "Finally, …"): what the list is about is only there, so the opener is never cut, and the sentence is shown
 * with the one before or not asked. Only before a comma: "Finally the army surrendered" tells a story's time.
 */
// The dated phrase after a story's "Finally," (a blank may stand for its date in a stem): see DATED_FINALLY.
const DATED_AFTER = `, (?:in|by|on) (?:the (?:early |mid-|late )?(?:\\d{3,4}s|_{3,})|(?:\\d{1,2} )?(?:${MONTHS})(?: \\d{3,4})?|\\d{3,4}(?: (?:BCE?|AD|CE))?|_{3,}),`;

export const LIST_ITEM_LINKS: readonly string[] = ["First(?:ly)?", "Second(?:ly)?", "Third(?:ly)?", "Fourth(?:ly)?", "Fifth(?:ly)?", `Finally(?!${DATED_AFTER})`, "Lastly", "Next", "Also"];

/**
 * "Finally, in 690, …", "Finally, in the early 1960s, …": a story's "at last", dated by the phrase after it, not the last item
 * of a list (a list of reasons or steps carries no year of its own). The claim is as true without it, and a stem goes
 * without it ("In 690, …"), as it does without "Then".
 */
export const DATED_FINALLY = `Finally(?=${DATED_AFTER})`;

/**
 * Links of sequence that open a sentence told after the one before ("Then, …", "After that, …", a story's dated "Finally,
 * in 1447, …"): the claim is as true without them, so a stem, a shown context or a marker-free copy goes without them.
 */
export const SEQUENCE_LINKS: readonly string[] = ["Then", "Next", "After that", "Afterwards?", "Thereafter", "Subsequently", DATED_FINALLY];

/** A sentence or stem that opens as one item of a list ("Second, the mill …"). */
export const LIST_ITEM_OPENING = new RegExp(`^(?:${LIST_ITEM_LINKS.join("|")}),`);

/**
 * An "also" that adds to something said before ("The Trust also built …"), not one that gives another name ("also
 * called", "also known as"): the word, for a pattern.
 */
export const ADDING_ALSO = String.raw`also\b(?! (?:called|known|named|referred|spelled|spelt|written)\b)`;
/** The same "also" after a space, as a test ("The Trust also built …", not "also called"). */
export const ADDED_ALSO = new RegExp(String.raw`\s+${ADDING_ALSO}`);
