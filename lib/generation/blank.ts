/** The gap a cloze stem shows for its key. A leaf module, so that checks which read stems need not load the cloze maker. */
export const BLANK = "_____";

/** The gap wherever a stem shows it (a run of three or more underscores): one pattern for the checks that find it. */
export const BLANK_RUN = /_{3,}/;
