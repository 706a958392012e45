import { isPeopleWord, otherForms } from "./demonyms";

/**
 * "British India" and "India", "East Germany" and "Germany", "Upper Canada" and "Canada", "New Spain" and "Spain", "Dutch
 * East India Company" and "East India Company": a leading word of rule, period or direction, or a people's word, makes
 * another body of the name after it (a colony, a state of one era, a part of a country, one nation's firm of a name that
 * several nations' firms bore). Neither is an accepted answer for the other, even where the article writes both: a student
 * who types "India" for "British India" names another country. Every people's word is read alike, as demonyms knows them:
 * a list of some nations' words ("Dutch" but not "Swedish") refused one firm's shorter name and accepted another's in the
 * same article. A word demonyms does not know ("Trevian") is not read as one.
 */

const BODY_PREFIX = /^(?:Imperial|Colonial|Soviet|East|West|North|South|Upper|Lower|New|Old|Greater)$/;

/** A people's word: one demonyms reads as a people ("Dutch", "Swedes", "Japanese") or pairs with a place ("American"). */
export function isPeoplesWord(word: string): boolean {
  return isPeopleWord(word) || otherForms(word).length > 0;
}

/** One name is the other with one or more leading words of rule, period or direction, or people's words (see above), added or dropped. */
export function prefixMakesOtherBody(alias: string, key: string): boolean {
  const [shorter, longer] = alias.length < key.length ? [alias, key] : [key, alias];
  const bare = shorter.replace(/^the /i, "");
  const full = longer.replace(/^the /i, "");
  if (!full.endsWith(` ${bare}`)) return false;
  const dropped = full.slice(0, -bare.length).trim().split(/\s+/);
  return dropped.some((word) => BODY_PREFIX.test(word) || isPeoplesWord(word));
}
