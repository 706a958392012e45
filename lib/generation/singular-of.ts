/**
 * The singular of a lower-cased plural noun, by its ending ("ions" -> "ion", "boxes" -> "box", "colonies" -> "colony"),
 * and its inverse `pluralOf`: one pair of rules for every reader and maker of plurals, so a fold and a build agree.
 * A leaf module with no imports: the kind readers load it at start-up, and pulling it from a module that reads the stem
 * checks at load time made importing those checks first fail with an uninitialised binding.
 */
export function singularOf(word: string): string {
  const w = word.toLowerCase();
  if (/(?:ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|species)$/.test(w)) return w;
  // "volcanoes", "heroes" lose "es"; a noun whose singular ends in "oe" ("shoes", "canoes", "tiptoes") loses only "s".
  if (/[^aeiou]oes$/.test(w) && !/^(?:[a-z]*shoe|tiptoe|toe|canoe|hoe|foe|oboe|floe|sloe|woe)s$/.test(w)) return w.slice(0, -2);
  // "pies", "ties": a four-letter word keeps its "ie" ("py" is no word); "spies", "colonies" end in "y".
  if (/^[a-z]ies$/.test(w)) return w.slice(0, -1);
  if (/ies$/.test(w)) return w.replace(/ies$/, "y");
  return w.replace(/s$/, "");
}

/** "kettle" -> "kettles", "ferry" -> "ferries", "key" -> "keys" (a vowel before the "y" keeps it), "box" -> "boxes". */
export function pluralOf(head: string): string {
  if (/[^aeiou]y$/.test(head)) return `${head.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/.test(head) ? `${head}es` : `${head}s`;
}
