/**
 * The singular of a lower-cased plural noun, by its ending ("ions" -> "ion", "boxes" -> "box", "colonies" -> "colony"),
 * and its inverse `pluralOf`: one pair of rules for every reader and maker of plurals, so a fold and a build agree.
 * A leaf module with no imports: the kind readers load it at start-up, and pulling it from a module that reads the stem
 * checks at load time made importing those checks first fail with an uninitialised binding.
 */
export function singularOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (/(?:ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  // "buses", "lenses": a singular in "-s" takes "-es"; "crises", "analyses": a Greek "-is" turns to "-es". (By the word: the
  // ending alone cannot tell "buses" from "fuses" or "bases" from "vases".)
  if (S_THEN_ES.test(w)) return w.slice(0, -2);
  if (IS_TO_ES.test(w)) return `${w.slice(0, -2)}is`;
  if (/(?:ss|us|is|species)$|^(?:series|news)$/.test(w) || S_ALONE.test(w)) return w;
  // "volcanoes", "heroes" lose "es"; a noun whose singular ends in "oe" ("shoes", "canoes", "tiptoes") loses only "s".
  if (/[^aeiou]oes$/.test(w) && !/^(?:[a-z]*shoe|tiptoe|toe|canoe|hoe|foe|oboe|floe|sloe|woe)s$/.test(w)) return w.slice(0, -2);
  // "pies", "ties": a four-letter word keeps its "ie" ("py" is no word); "spies", "colonies" end in "y".
  if (/^[a-z]ies$/.test(w)) return w.slice(0, -1);
  if (/ies$/.test(w)) return w.replace(/ies$/, "y");
  return w.replace(/s$/, "");
}

// Plurals no ending rule reads.
const IRREGULAR = new Map([["children", "child"], ["people", "person"], ["women", "woman"], ["men", "man"], ["feet", "foot"], ["teeth", "tooth"], ["mice", "mouse"], ["geese", "goose"], ["criteria", "criterion"], ["phenomena", "phenomenon"]]);
// Singulars in "-s" that are no plural ("gas", "lens"), each taking "-es" ("gases", "lenses").
const IN_S = "bus|gas|lens|atlas|canvas|bias|iris|virus|bonus|census|circus|campus|chorus|genius|octopus|walrus|cactus|focus|fungus|status";
const S_ALONE = new RegExp(`^(?:${IN_S})$`);
const S_THEN_ES = new RegExp(`^(?:${IN_S})es$`);
const IS_TO_ES = /(?:cris|thes|analys|diagnos|oas|synthes|hypothes|parenthes|emphas|ellips|synops|paralys)es$/;

/** "kettle" -> "kettles", "ferry" -> "ferries", "key" -> "keys" (a vowel before the "y" keeps it), "box" -> "boxes". */
export function pluralOf(head: string): string {
  if (/[^aeiou]y$/.test(head)) return `${head.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/.test(head) ? `${head}es` : `${head}s`;
}

/**
 * Every plural a head may be written in: a noun in a consonant and "o" takes "-es" ("potatoes", "heroes") or "-s"
 * ("pianos", "photos"), and its ending cannot tell which, so a reader of the article's words looks for both.
 */
export function pluralsOf(head: string): string[] {
  return /[^aeiou]o$/.test(head) ? [`${head}es`, `${head}s`] : [pluralOf(head)];
}
