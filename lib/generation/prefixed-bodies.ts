/**
 * "British India" and "India", "East Germany" and "Germany", "Upper Canada" and "Canada", "New Spain" and "Spain": a
 * leading word of rule, period or direction makes another body of the name after it (a colony, a state of one era, a part
 * of a country). Neither is an accepted answer for the other, even where the article writes both: a student who types
 * "India" for "British India" names another country. (A people's word that only says whose a firm is, "Trevian East India
 * Company", is left to aliases' own reading of the article.)
 */

const BODY_PREFIX = /^(?:British|French|Spanish|Dutch|Portuguese|Imperial|Colonial|Soviet|East|West|North|South|Upper|Lower|New|Old|Greater)$/;

/** One name is the other with one or more leading words of rule, period or direction (see above) added or dropped. */
export function prefixMakesOtherBody(alias: string, key: string): boolean {
  const [shorter, longer] = alias.length < key.length ? [alias, key] : [key, alias];
  const bare = shorter.replace(/^the /i, "");
  const full = longer.replace(/^the /i, "");
  if (!full.endsWith(` ${bare}`)) return false;
  const dropped = full.slice(0, -bare.length).trim().split(/\s+/);
  return dropped.some((word) => BODY_PREFIX.test(word));
}
