/**
 * A place name whose head is a kind word of land or water, before "of" ("the Bay of Kell", "the Gulf of Arn", "the Orne
 * Mountains of Vell") or before one name ("Lake Vell"). Its kind is that word's, whatever the last word names: the
 * tagger reads the last word ("Kell", a city) and made "the Bay of Kell" a city, so its typed hint said "(a city)" and a
 * student typed "Kell".
 */

// Kind words of land and water; a body's or a realm's word ("Kingdom of", "City of") is left to the span's own type.
// (named-entities reads the same words as heads of longer names, never a surname.)
export const FEATURE_WORDS: readonly string[] = "Bay Gulf Sea Ocean Lake River Strait Straits Island Islands Isle Mountains Mountain Desert Canal Valley Peninsula Coast Plateau Basin Forest Cape Firth Sound Channel".split(" ");
const FEATURES = FEATURE_WORDS.join("|");
const HEAD_BEFORE_OF = new RegExp(`^(?:[Tt]he )?(?:[A-Z][\\w'’-]* )*(?:${FEATURES}) of (?:the )?[A-Z]`);
// The kind word opening the name ("Bay of Kell"): the whole is that place. One after a name ("Orne Mountains of Vell")
// is a place and where it lies, so the span's own reading stays.
// ("Lake Vell", "Mount Oss": the kind word before the name heads it too, "Lake Geneva" is no city.)
const BEFORE_ONE_NAME = `^(?:Lake|Mount|Mt\\.?) [A-Z][\\w'’-]*$`;
const HEAD_FIRST = new RegExp(`^(?:[Tt]he )?(?:${FEATURES}) of (?:the )?[A-Z]|${BEFORE_ONE_NAME}`);
const HEAD_OR_ONE_NAME = new RegExp(`${HEAD_BEFORE_OF.source}|${BEFORE_ONE_NAME}`);

/** The name opens with its kind word: before "of" ("the Bay of Kell", "Gulf of Arn"), or "Lake"/"Mount" before one name. */
export function opensWithFeature(name: string): boolean {
  return HEAD_FIRST.test(name);
}

/**
 * The name is headed by its kind word, wherever a name comes before it ("the Bay of Kell", "Orne Mountains of Vell",
 * "Lake Vell"): whatever its last word names, the whole is no city or country.
 */
export function namedByFeature(name: string): boolean {
  return HEAD_OR_ONE_NAME.test(name);
}
