/** The month names, as one regex alternation. A leaf module (no imports): the span finder and the checks all read it. */
export const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
