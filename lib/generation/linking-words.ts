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
