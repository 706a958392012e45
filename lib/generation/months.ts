/** The month names in order, the one list every module reads. A leaf module (no imports): the span finder and the checks all read it. */
export const MONTH_NAMES: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The month names as one regex alternation. */
export const MONTHS = MONTH_NAMES.join("|");
