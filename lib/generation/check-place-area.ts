import { timesNamed } from "./check-passing-details";
import { namesTitle, titleStems } from "./title-words";

/**
 * "The road ran on to Osk in the northern county of _____.": the key only says which larger area another place, named
 * just before it, lies in. The sentence is about the named place (or what happened there); the area is a side detail, and
 * strict reviewers failed it as one. On the judged sets the keys reviewers failed were named once in the article more often
 * (16%) than those named again (9%), so the shape counts only for an area the article names here and nowhere else: an
 * area that recurs (the province a rising spread through) is part of the story. Nor does it count for an area the title
 * names, or after a sentence's opening word ("Villages in the province of …" is the sentence's own subject and place).
 */

// The kinds of area a place is said to lie in.
const AREA = "province|county|region|state|district|prefecture|department|territory|shire|canton|borough|parish";
// A name (not the sentence's first word), then "in the [one or two describing words] <area> of" before the key.
const AREA_OF_BEFORE = new RegExp(String.raw`\S\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,?\s+(?:in|of)\s+the\s+(?:[a-z-]+\s+){0,2}(?:${AREA})\s+of\s+$`);
// A name, then "in" before the key, and the area's word after it ("Dunmore in _____ County").
const NAME_IN_BEFORE = /\S\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,?\s+in\s+$/;
const AREA_AFTER = new RegExp(String.raw`^\s+(?:${AREA})\b`, "i");

/** The key is the area that a place named just before it lies in, and the article names that area nowhere else. */
export function areaOfANamedPlace(sentence: string, start: number, end: number, title: string, articleText: string): boolean {
  const key = sentence.slice(start, end);
  if (!/^[A-Z]/.test(key)) return false;
  const before = sentence.slice(0, start);
  if (!AREA_OF_BEFORE.test(before) && !(NAME_IN_BEFORE.test(before) && AREA_AFTER.test(sentence.slice(end)))) return false;
  if (namesTitle(key, titleStems(title))) return false;
  const words = key.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return words.length > 0 && words.every((w) => timesNamed(w.replace(/[.,]$/, ""), articleText) <= 1);
}
