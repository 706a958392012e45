import { BLANK } from "./blank";
import { escapeRegExp } from "./find-spans";

/**
 * "The dial turns _____ degrees left at dawn and 40 degrees right at dusk.": a figure the sentence gives twice
 * shows the key beside its own blank. The second one is written "the same number of degrees", which keeps what the
 * sentence says (the two are equal) and leaves the figure to be recalled. Only after a word that "the same number of"
 * can follow ("and", "into", "to" …), not after "every", "each" or "per", where the words would not read.
 */
const OTHER_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred|thousand|million)\b/i;
const YEAR = /\b(?:1\d{3}|20\d{2})\b(?! [a-z]+s\b)/g;
const BEFORE = "(?:and|or|into|to|from|with|by|than|reaches|reach|reached)";

export function sameNumberOnce(stem: string, figure: string): string {
  if (!/^\d[\d,.]*$/.test(figure)) return stem;
  const at = stem.indexOf(BLANK);
  if (at < 0) return stem;
  const before = stem.slice(0, at);
  const after = stem.slice(at + BLANK.length);
  const written = new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}(?![\\d]|[.,]\\d)`, "g");
  // Only a figure shown once more, after the blank, with a plural unit word straight after it.
  if (written.test(before) || (after.match(written) ?? []).length !== 1) return stem;
  const again = new RegExp(`\\b(${BEFORE}) ${escapeRegExp(figure)} ([a-z]+s)\\b`);
  const repeatAt = after.search(again);
  // "from _____ coins to 15 coins, then back to 12 coins": with another figure between, "the same number" would read as
  // that one's.
  // (A year between is no count it could be read as: "won _____ games in 1990 and the same number of games in 1991".)
  if (repeatAt < 0 || OTHER_FIGURE.test(after.slice(0, repeatAt).replace(YEAR, ""))) return stem;
  return before + BLANK + after.replace(again, "$1 the same number of $2");
}
