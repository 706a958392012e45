import { escapeRegExp } from "./find-spans";
import { worldOfPerson } from "./person-worlds";

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
  const uses = articleText.match(new RegExp(`(?<![\\w'’-])${escapeRegExp(key)}(?![\\w-])`, "g"))?.length ?? 0;
  return uses >= CAST_MENTIONS;
}
