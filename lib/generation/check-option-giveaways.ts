import nlp from "compromise";
import { boundedMemo } from "./article-memo";
import { lookupEntry } from "./gazetteer";
import { BLANK } from "./make-cloze";
import type { GeneratedQuestion } from "./types";

/**
 * Options a student rules out from the stem's own words, without the article: a substance swapped into a compound
 * the key forms with its neighbour ("bottled _____", "their _____ equipment", "_____ ions"), and an option that
 * repeats the noun the stem already uses ("lived in the _____ and forts along the wall" offering "walls").
 */

// The tags of a stem with its key put back, read once per stem (only element keys ask, so few stems are tagged).
const tagged = boundedMemo<{ normal: string; tags: string[] }[]>(2000);
function termsOf(text: string): { normal: string; tags: string[] }[] {
  return tagged(text, () => (nlp(text).json() as { terms: { normal: string; tags: string[] }[] }[]).flatMap((s) => s.terms.map((t) => ({ normal: t.normal, tags: t.tags }))));
}

/**
 * An element key bound to its neighbour: described by an adjective before it ("bottled oxygen", "liquid nitrogen")
 * or naming the kind of a noun after it ("oxygen equipment", "hydrogen ions"). The other elements are offered from
 * the gazetteer by class alone, never checked against that compound, and a student rules out "bottled carbon" or
 * "carbon equipment" at a glance: the choice form is refused (the typed form of the sentence may stand).
 */
export function elementBoundInCompound(q: GeneratedQuestion): boolean {
  if (q.type !== "MULTIPLE_CHOICE" || lookupEntry(q.answerText)?.group !== "element" || !q.prompt.includes(BLANK)) return false;
  const terms = termsOf(q.prompt.replace(BLANK, q.answerText));
  const at = terms.findIndex((t) => t.normal === q.answerText.toLowerCase());
  if (at < 0) return false;
  const before = terms[at - 1]?.tags ?? [];
  const after = terms[at + 1]?.tags ?? [];
  return before.includes("Adjective") || (after.includes("Noun") && !after.includes("Pronoun"));
}

/** "walls" -> "wall", "ferries" -> "ferry": enough to tell a repeated noun. */
function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return /[^su]s$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * Options (one or two lower-case words) whose head noun the stem already uses, where the key's does not appear:
 * "Soldiers lived in the _____ and forts along the wall" offering "walls" reads as nonsense and is ruled out.
 */
export function optionsRepeatingStemNoun(q: GeneratedQuestion): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || !q.prompt.includes(BLANK)) return [];
  const stemWords = new Set((q.prompt.replace(BLANK, " ").toLowerCase().match(/[a-z]+/g) ?? []).map(singular));
  const head = (text: string) => singular(text.split(/\s+/).pop() ?? "");
  if (stemWords.has(head(q.answerText))) return [];
  return q.options.filter((o) => o.text !== q.answerText && /^[a-z]+(?: [a-z]+)?$/.test(o.text) && stemWords.has(head(o.text))).map((o) => o.id);
}
