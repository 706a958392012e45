import type { Span } from "./types";

/**
 * Organisations named with the word that says what they are ("William Hale &
 * Co.", "the Brackwell Company", "Tull University", "the Royal Society"): the
 * NLP lexicon misses most of them, and "Who built …?" needs them as keys.
 */

/** A realm's kind closing its name ("the Han Dynasty", "the Tull Empire"): for the organisations and their hints. */
export const REALM_LAST = "Dynasty|Empire|Caliphate|Sultanate|Khanate";
/** A realm's kind opening its name, before "of" ("Kingdom of Norland", "Empire of Tull"). */
export const REALM_FIRST = "Kingdom|Empire|Sultanate|Caliphate|Republic|Duchy|Principality";

const KIND =
  `(?:& Co\\.|and Company|Company|Corporation|Ltd\\.?|Inc\\.?|Society|Institute|University|College|Academy|Army|Navy|Air Force|Party|Council|Parliament|Guild|League|Association|Museum|Railway|Bank|Trust|Foundation|Agency|Commission|Committee|Ministry|Office|Service|Corps|${REALM_LAST})`;
// Capitalised words (with "of", "for", "the" between them) ending in a kind word.
const ORG = new RegExp(`(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|of|for|the|and)(?: (?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|of|for|the))*) ${KIND}(?![\\p{L}-])`, "gu");

// "Kingdom of Norland", "Empire of Tull": the kind word first.
const REALM = new RegExp(String.raw`(?<![\p{L}'’-])(?:${REALM_FIRST}) of (?:the )?\p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*)?`, "gu");
// Words that say what kind of body it is, not which one.
const KIND_WORD = /^(?:&|Co\.|and|Company|Corporation|Ltd\.?|Inc\.?|Kingdom|Empire|Dynasty|Caliphate|Sultanate|Khanate|Republic|Duchy|Principality|of|the|for|Society|Institute|University|College|Academy|Army|Navy|Air|Force|Party|Council|Parliament|Guild|League|Association|Museum|Railway|Bank|Trust|Foundation|Agency|Commission|Committee|Ministry|Office|Service|Corps|Royal|National|Imperial)$/;

export function findOrganisations(text: string, sentences: { start: number; end: number }[], title = ""): Span[] {
  const out: Span[] = [];
  // An organisation the title names ("… Admitted to Tull University") would be read off the screen: not a key.
  const titleWords = new Set(title.toLowerCase().split(/[^\p{L}\p{M}]+/u));
  for (const s of sentences) {
    const part = text.slice(s.start, s.end);
    const matches = [...part.matchAll(ORG), ...part.matchAll(REALM)];
    for (const m of matches) {
      // "the", "of" and "and" may join words of a name, never open it; a sentence's first word may be an opener ("For the …").
      let name = m[0].replace(/^(?:(?:of|for|the|and) )+/, "");
      let at = m.index! + (m[0].length - name.length);
      const first = /^(?:For|In|At|On|By|With|From|When|After|Before|During|Under|The|A|An|And|But|Although|Once|While|Its|His|Her|Their)\b ?/.exec(name)?.[0];
      if (first) [name, at] = [name.slice(first.length), at + first.length];
      if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length < 2) continue;
      const distinctive = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !KIND_WORD.test(w));
      if (distinctive.some((w) => titleWords.has(w.toLowerCase().replace(/['’]s$/, "")))) continue;
      // Nor one the title names by its initials ("RAF" for "Royal Air Force").
      const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join("").toLowerCase();
      if (initials.length >= 2 && titleWords.has(initials)) continue;
      out.push({ type: "ORG", text: name, start: s.start + at, end: s.start + at + name.length });
    }
  }
  return out;
}
