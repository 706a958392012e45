import { singularOf } from "./find-category-lists";
import { lookupEntry } from "./gazetteer";
import { BLANK } from "./blank";
import type { GeneratedQuestion } from "./types";

/**
 * Options a student rules out from the stem's own words, without the article: a substance swapped into a compound
 * the key forms with its neighbour ("bottled _____", "their _____ equipment"), and an option that
 * repeats the noun the stem already uses ("lived in the _____ and forts along the wall" offering "walls").
 */

// Words that make an element a state or form of itself ("bottled oxygen", "liquid nitrogen"): no other element is
// sold bottled or worked molten in the same breath.
const FORM_WORDS = new Set(["bottled", "liquid", "liquefied", "compressed", "molten", "frozen", "solid"]);
// Things made or named for one element ("oxygen tanks", "hydrogen bombs", "carbon dating", "neon signs"); a noun that
// fits every element ("two _____ atoms", "_____ levels") is no such thing.
const COMPOUND_HEADS = new Set(["tank", "mask", "cylinder", "bottle", "equipment", "supply", "bomb", "dating", "sign", "balloon", "bleach", "lamp"]);

/**
 * An element key bound to its neighbour: a state before it ("bottled oxygen", "liquid nitrogen") or a noun after it
 * that names a thing made for that element ("oxygen tanks", "hydrogen bombs"). The other elements are offered from
 * the gazetteer by sort alone, never checked against that compound, and a student rules out "bottled carbon" or
 * "carbon tanks" at a glance: the choice form is refused (the typed form of the sentence may stand). Only the words
 * right beside the blank are read, so "more _____" or "two _____ atoms" pass.
 */
export function elementBoundInCompound(q: GeneratedQuestion): boolean {
  if (q.type !== "MULTIPLE_CHOICE" || lookupEntry(q.answerText)?.group !== "element" || !q.prompt.includes(BLANK)) return false;
  const at = q.prompt.indexOf(BLANK);
  const before = /(?:^|\s)([a-z]+)\s+$/.exec(q.prompt.slice(0, at))?.[1];
  const after = /^\s+([a-z]+)\b(?!['’])/.exec(q.prompt.slice(at + BLANK.length))?.[1];
  return Boolean((before && FORM_WORDS.has(before)) || (after && COMPOUND_HEADS.has(singularOf(after))));
}

/**
 * Options (one or two lower-case words) whose head noun the stem already uses, where the key's does not appear:
 * "Soldiers lived in the _____ and forts along the wall" offering "walls" reads as nonsense and is ruled out.
 */
export function optionsRepeatingStemNoun(q: GeneratedQuestion): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || !q.prompt.includes(BLANK)) return [];
  const stemWords = new Set((q.prompt.replace(BLANK, " ").toLowerCase().match(/[a-z]+/g) ?? []).map(singularOf));
  const head = (text: string) => singularOf(text.split(/\s+/).pop() ?? "");
  if (stemWords.has(head(q.answerText))) return [];
  return q.options.filter((o) => o.text !== q.answerText && /^[a-z]+(?: [a-z]+)?$/.test(o.text) && stemWords.has(head(o.text))).map((o) => o.id);
}
