/**
 * The singular of a lower-cased plural noun, by its ending ("ions" -> "ion", "boxes" -> "box", "colonies" -> "colony").
 * A leaf module with no imports: the kind readers load it at start-up, and pulling it from a module that reads the stem
 * checks at load time made importing those checks first fail with an uninitialised binding.
 */
export function singularOf(word: string): string {
  const w = word.toLowerCase();
  if (/(?:ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|species)$/.test(w)) return w;
  // "pies", "ties": a four-letter word keeps its "ie" ("py" is no word); "spies", "colonies" end in "y".
  if (/^[a-z]ies$/.test(w)) return w.slice(0, -1);
  if (/ies$/.test(w)) return w.replace(/ies$/, "y");
  return w.replace(/s$/, "");
}
