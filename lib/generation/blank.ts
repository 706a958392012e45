/** The gap a cloze stem shows for its key. A leaf module, so that checks which read stems need not load the cloze maker. */
export const BLANK = "_____";
