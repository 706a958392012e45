import { isCommonWord } from "./common-word";
import { escapeRegExp } from "./find-spans";
import { lookupEntry } from "./gazetteer";
import { MONTHS } from "./months";
import { TITLE_WORDS } from "./titles";

/**
 * A ruler asked by name and number ("Orsino IV") whom the article also names in full with a family name after the
 * number ("Orsino IV Velacor"): the fuller form is the same person, and a student who learnt it is right. Judges failed
 * a typed blank that would mark the article's own full name wrong. The family name must be a name: not a common word
 * ("Orsino IV Then …"), a place ("… IV Spain grew"), a month or a title. The family name must stand alone: the name
 * opens a line (a title or caption) or a comma, full stop or the line's end follows it, never a word ("Orsino IV Alda
 * painted …" may be a second ruler's portrait). And none when the article also writes "Orsino IV of Varn": then two
 * rulers may share the name, and the family name may be the other one's.
 */
export function regnalFullNames(name: string, articleText: string): string[] {
  const name_ = escapeRegExp(name);
  if (new RegExp(`\\b${name_} of \\p{Lu}`, "u").test(articleText)) return [];
  const after = new RegExp(`\\b${name_} (\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}'’-])(?!['’]s\\b)`, "gu");
  const families = new Set<string>();
  const alone = new Set<string>();
  for (const m of articleText.matchAll(after)) {
    const family = m[1]!;
    if (isCommonWord(family) || lookupEntry(family) || MONTH.test(family) || TITLES.has(family)) continue;
    families.add(family);
    const end = m.index + m[0].length;
    const atLineStart = articleText.slice(articleText.lastIndexOf("\n", m.index) + 1, m.index).trim() === "";
    if (atLineStart || /^[ \t]*(?:[,.;:]|\n|$)/.test(articleText.slice(end, end + 3))) alone.add(family);
  }
  // (Two different family names after one ruler's name leave it alone: one of them is not this ruler's.)
  const [family] = families;
  return families.size === 1 && alone.has(family!) ? [`${name} ${family!}`] : [];
}
// (Built once: read for every ruler's name a typed answer or a same-key check asks about.)
const MONTH = new RegExp(`^(?:${MONTHS})$`);
const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);
