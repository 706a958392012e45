import { isCommonWord } from "./common-word";
import { escapeRegExp } from "./find-spans";
import { lookupEntry } from "./gazetteer";
import { MONTHS } from "./months";
import { TITLE_WORDS } from "./titles";

/**
 * A ruler asked by name and number ("Orsino IV") whom the article also names in full with a family name after the
 * number ("Orsino IV Velacor"): the fuller form is the same person, and a student who learnt it is right. Judges failed
 * a typed blank that would mark the article's own full name wrong. The family name must be a name: not a common word
 * ("Orsino IV Then …"), a place ("… IV Spain grew"), a month or a title.
 */
export function regnalFullNames(name: string, articleText: string): string[] {
  const after = new RegExp(`\\b${escapeRegExp(name)} (\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}'’-])(?!['’]s\\b)`, "gu");
  const months = new RegExp(`^(?:${MONTHS})$`);
  const families = new Set<string>();
  for (const m of articleText.matchAll(after)) {
    const family = m[1]!;
    if (isCommonWord(family) || lookupEntry(family) || months.test(family) || (TITLE_WORDS as readonly string[]).includes(family)) continue;
    families.add(family);
  }
  // (Two different family names after one ruler's name leave it alone: one of them is not this ruler's.)
  return families.size === 1 ? [`${name} ${[...families][0]!}`] : [];
}
