/**
 * The linking words and phrases that open a sentence and tie it to the one before ("However, …", "Shortly afterwards …",
 * "Meanwhile …"): one list, read by every module that looks for them. A leaf module (no imports). Entries are regex
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
export const LIST_ITEM_LINKS: readonly string[] = ["First(?:ly)?", "Second(?:ly)?", "Third(?:ly)?", "Fourth(?:ly)?", "Fifth(?:ly)?", "Finally", "Lastly", "Next", "Also"];

/** A sentence or stem that opens as one item of a list ("Second, the mill …"). */
export const LIST_ITEM_OPENING = new RegExp(`^(?:${LIST_ITEM_LINKS.join("|")}),`);
