/**
 * "for several reasons:", "for three main reasons:": a lead that counts the reasons it lists after its colon. One pattern
 * for the stem check (such a lead is a clause, not a label) and for the maker that states each reason, so both read the
 * same leads. Its own module: the maker imports the stem helpers, which import the stem checks.
 * The first group is the count word ("two", "several").
 */
export const COUNTED_REASONS = String.raw`for (several|many|some|a few|various|a number of|two|three|four|five)(?: [a-z]+)? reasons:`;
