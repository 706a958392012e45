import { GAZETTEER } from "./gazetteer";
import { escapeRegExp } from "./find-spans";

/**
 * A place and the words for its people or language whose spelling does not grow from the place's name by a plain
 * ending ("Britain" and "British", "France" and "French", "Rome" and "Roman"). Shown beside a blank keyed with the
 * other form, one gives the other away. (Regular pairs, "Japan" and "Japanese", are read by their shared stem.)
 */
const PAIRS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Britain", ["British", "Briton", "Britons"]],
  ["Great Britain", ["British"]],
  ["United Kingdom", ["British"]],
  ["England", ["English", "Englishman", "Englishmen"]],
  ["Scotland", ["Scottish", "Scots", "Scot"]],
  ["Wales", ["Welsh"]],
  ["Ireland", ["Irish"]],
  ["France", ["French", "Frenchman", "Frenchmen"]],
  ["Spain", ["Spanish", "Spaniard", "Spaniards"]],
  ["Portugal", ["Portuguese"]],
  ["Rome", ["Roman", "Romans"]],
  ["Greece", ["Greek", "Greeks"]],
  ["Netherlands", ["Dutch"]],
  ["Holland", ["Dutch"]],
  ["Denmark", ["Danish", "Dane", "Danes"]],
  ["Sweden", ["Swedish", "Swede", "Swedes"]],
  ["Norway", ["Norwegian", "Norwegians"]],
  ["Finland", ["Finnish", "Finn", "Finns"]],
  ["Poland", ["Polish", "Pole", "Poles"]],
  ["Turkey", ["Turkish", "Turk", "Turks"]],
  ["Switzerland", ["Swiss"]],
  ["Thailand", ["Thai"]],
  ["Arabia", ["Arab", "Arabs", "Arabic"]],
  ["Mongolia", ["Mongol", "Mongols"]],
  ["Flanders", ["Flemish"]],
  ["Venice", ["Venetian", "Venetians"]],
  ["Florence", ["Florentine"]],
  ["Naples", ["Neapolitan"]],
  ["Paris", ["Parisian", "Parisians"]],
  ["Philippines", ["Filipino", "Filipinos"]],
  ["Cyprus", ["Cypriot", "Cypriots"]],
  ["Byzantium", ["Byzantine"]],
  ["Carthage", ["Carthaginian", "Carthaginians"]],
  ["Peru", ["Peruvian", "Peruvians"]],
  ["Egypt", ["Egyptian", "Egyptians"]],
  ["Persia", ["Persian", "Persians"]],
  ["China", ["Chinese"]],
  ["Sparta", ["Spartan", "Spartans"]],
  ["Athens", ["Athenian", "Athenians"]],
  ["Madagascar", ["Malagasy"]],
  ["Morocco", ["Moroccan", "Moroccans"]],
  ["Ghana", ["Ghanaian", "Ghanaians"]],
  ["Soviet Union", ["Soviet", "Soviets"]],
  ["United States", ["American", "Americans"]],
  ["America", ["American", "Americans"]],
  ["Mexico", ["Mexican", "Mexicans"]],
  ["Germany", ["German", "Germans"]],
  ["Russia", ["Russian", "Russians"]],
  ["India", ["Indian"]],
];

const byName = new Map<string, string[]>();
for (const [place, people] of PAIRS) {
  byName.set(place.toLowerCase(), [...(byName.get(place.toLowerCase()) ?? []), ...people]);
  for (const word of people) byName.set(word.toLowerCase(), [...(byName.get(word.toLowerCase()) ?? []), place]);
}

/** The key's other forms: the people's word for a place ("Britain" -> "British"), the place for a people's word. */
export function otherForms(key: string): string[] {
  return byName.get(key.replace(/^the /i, "").toLowerCase()) ?? [];
}

// Every people's word the list knows in the plural ("Athenians", "Spaniards", "Dutch").
const PEOPLE_WORDS: ReadonlySet<string> = new Set(PAIRS.flatMap(([, people]) => people.filter((w) => /(?:s|ese|ish|ch|men)$/.test(w))));
// The places whose people's word grows by a plain ending ("Canada" and "Canadians", "Japan" and "Japanese").
const PLACE_NAMES = GAZETTEER.filter((e) => e.type === "COUNTRY" || e.type === "CITY" || e.group === "continent").flatMap((e) => [e.name, ...(e.aliases ?? [])]);

/** A people named as a whole ("Athenians", "Canadians", "Japanese"), by the list or by a plural ending on a known place. */
export function isPeopleWord(word: string): boolean {
  if (PEOPLE_WORDS.has(word)) return true;
  // (Not the place itself: "Athens" is a city, not its people.)
  if (!/^[A-Z][a-z]{3,}(?:ns|ese)$/.test(word) || PLACE_NAMES.includes(word)) return false;
  placePeople ??= PLACE_NAMES.map((name) => new RegExp(`^${peopleWordSource(name)}$`));
  return placePeople.some((re) => re.test(word));
}
// Built on first use: each known place's people's words, by the same endings `peopleWordSource` gives every caller.
let placePeople: RegExp[] | undefined;

// The endings that grow a people's or language's word from a place's stem ("Japanese", "Canadian", "Icelandic", "Londoner", "Omani").
const PEOPLE_ENDINGS = ["n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "ic", "er", "ers", "i", "is"];

/** The stem a people's word grows from: the word less its last letter, four letters kept at least ("Canada" -> "Canad", "Japan" -> "Japa"). */
export function peopleStem(word: string): string {
  return word.slice(0, Math.max(4, word.length - 1));
}

/**
 * The pattern source (no boundaries, as cased as `word`) of a word and the people's words grown from it: the stem, the
 * letter it left off if any, then a people's ending or one of `moreEndings` if any. It also matches the word itself;
 * a caller that wants only the people's word rules that out.
 */
export function peopleWordSource(word: string, moreEndings: string[] = []): string {
  const stem = peopleStem(word);
  const endings = [...PEOPLE_ENDINGS, ...moreEndings].map(escapeRegExp).join("|");
  return `${escapeRegExp(stem)}(?:${escapeRegExp(word.slice(stem.length))})?(?:${endings})?`;
}
