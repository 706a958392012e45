import { escapeRegExp } from "./find-spans";
import { worldOfPerson } from "./person-worlds";
import { articleMemo } from "./article-memo";

/** Named this often, a character is one of the story's cast: every stem on the plot names one of them. */
const CAST_MENTIONS = 3;

/**
 * The characters of a retold story that the article names all through its plot (person-worlds tells them from the
 * real people round the work). Such a name is like one of a science article's own terms: a stem that shows it
 * tells nothing about another question whose answer it is ("Who sails for the mainland?"), and one character may
 * answer two questions on two different events. Undefined for any article that retells no work.
 */
export function storyCast(articleText: string): (key: string) => boolean {
  const seen = new Map<string, boolean>();
  return (key) => {
    let cast = seen.get(key);
    if (cast === undefined) seen.set(key, (cast = isCast(key, articleText)));
    return cast;
  };
}

function isCast(key: string, articleText: string): boolean {
  if (!articleText || worldOfPerson(key, articleText) !== "story") return false;
  return timesNamed(key, articleText) >= CAST_MENTIONS;
}

const namedCounts = articleMemo<number>();

/** How often the article writes this name as a whole word; counted once per article and name. */
export function timesNamed(name: string, articleText: string): number {
  return namedCounts(articleText, name, () => articleText.match(new RegExp(`(?<![\\w'’-])${escapeRegExp(name)}(?![\\w-])`, "g"))?.length ?? 0);
}

/**
 * "their Pellan cook", "Pellan and Ostri sailors": a capitalised word the article writes before a lower-case word every time,
 * once at least after a determiner, describes people (a people, a faith, a colour) and is no one's name, so it is no
 * character to offer. (A name stands alone somewhere: before a comma, a full stop, a capital.)
 */
export function describesPeopleOnly(name: string, articleText: string): boolean {
  if (/\s/.test(name)) return false;
  const all = timesNamed(name, articleText);
  const word = escapeRegExp(name);
  const beforeLower = articleText.match(new RegExp(`(?<![\\w'’-])${word} [a-z]`, "g"))?.length ?? 0;
  return all > 0 && beforeLower === all && new RegExp(`\\b(?:a|an|the|their|his|her|its|our|my|your) ${word} [a-z]`).test(articleText);
}
