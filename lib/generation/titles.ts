/**
 * Titles, ranks and offices that come before a person's name ("Queen Tamar", "Captain William Hobson", "Tsar Nicholas II"),
 * and the Roman numerals of a ruler's number: one list each, so that stripping a title, reading a ruler's name and
 * accepting a typed answer agree on what is a title and what is a number.
 */
export const TITLE_WORDS = [
  "Queen", "King", "Emperor", "Empress", "Pharaoh", "Prince", "Princess", "Saint", "Sultan", "Tsar", "Czar", "Tsarina", "Kaiser",
  "Shah", "Khan", "Caliph", "Vizier", "Pope", "Cardinal", "Lord", "Lady", "Sir", "President", "Vice President", "Premier",
  "Prime Minister", "Minister", "Chancellor", "Consul", "Viceroy", "Regent", "Secretary", "General", "Chief", "Captain",
  "Admiral", "Commander", "Colonel", "Major", "Lieutenant", "Governor", "Bishop", "Archbishop", "Duke", "Duchess",
  "Professor", "Doctor", "Mr", "Mrs", "Ms", "Dr",
] as const;

/** Any title's words alone ("Prime", "Vice", "Tsar"): a name never opens with one. */
export const TITLE_WORD_SET: ReadonlySet<string> = new Set(TITLE_WORDS.flatMap((t) => t.split(" ")));

/** The titles as a regular-expression alternation, longest first ("Vice President" before "President"). */
export const TITLE_ALTERNATION = [...TITLE_WORDS].sort((a, b) => b.length - a.length).join("|");

/** A ruler's number, I to XX. */
export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"] as const;

/** The numerals as an alternation, longest first, so "XIII" is never read as "X". */
export const ROMAN_ALTERNATION = [...ROMAN].sort((a, b) => b.length - a.length).join("|");

/** "III" -> 3, "XIV" -> 14; 0 for anything that is not one of the numerals (any case). */
export function romanValue(numeral: string): number {
  return (ROMAN as readonly string[]).indexOf(numeral.toUpperCase()) + 1;
}

// Little words inside a person's name that keep their lower case ("Muhammad bin Tughluq", "Vasco da Gama").
export const NAME_PARTICLE = "(?:ibn|bin|bint|binti|al|el|de|da|di|del|della|van|von|der|den|le|la|du|dos|das)";

const REGNAL_KEY = new RegExp(`^(.+) (?:${ROMAN_ALTERNATION})$`);
const ROMAN_AFTER = new RegExp(`^ (?:${ROMAN_ALTERNATION})(?![\\w-])`, "i");

/**
 * A ruler's name with its number ("Osra III") whose title names the ruler without one ("Osra, the Last Queen of …"): the
 * title gives the key away as much as the whole name would. Not where the title writes the name with another number
 * ("Osra II and …"), a different ruler. (`title` in lower case, as the player shows it.)
 */
export function rulerInTitle(key: string, title: string): boolean {
  const name = REGNAL_KEY.exec(key)?.[1]?.toLowerCase();
  if (!name || !title.includes(name)) return false;
  for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/[\w-]/.test(title.charAt(at - 1)) || /[\w-]/.test(title.charAt(end))) continue;
    if (!ROMAN_AFTER.test(title.slice(end))) return true;
  }
  return false;
}
