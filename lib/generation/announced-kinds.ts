import { escapeRegExp } from "./find-spans";
import { pluralsOf, singularOf } from "./singular-of";
import type { Sentence } from "./types";

/**
 * "Glue comes in two basic types. Hot glue sets as it cools. Cold glue sets as its water dries." The article itself
 * says the thing has two kinds and then describes each in a sentence that opens on the kind's word and the thing's word.
 * The announcement is the proof the kind-contrast maker otherwise seeks elsewhere: it closes the set at two (no third
 * kind the article names in passing can be the answer) and it says the two are told apart. Only the words are read
 * here; the caller applies its own checks (the tagger's reading of the pair, no shared trait or hedge).
 */

export interface AnnouncedPair {
  /** The thing's word, singular ("glue"), as the hint "a kind of …" names it. */
  head: string;
  kinds: [string, string];
  /** The sentence describing each kind. */
  at: [number, number];
  /** Where each kind's word stands in its sentence. */
  kindAt: [number, number];
  /** How long "<kind> <thing>" is as each sentence writes it ("stiff brushes"). */
  written: [number, number];
}

// "We sell two sorts of glue.", "Glue comes in two basic types.", "Loans are of two sorts." The count is two
// only: with three or more, a kind the sentences after leave out may still be the one a sentence describes.
const ANNOUNCED = /\btwo (?:main |basic |different |major |broad )?(?:kinds|types|sorts|forms|groups|categories|classes)(?: of ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*))?\.$/;
// "Cooks sort knives into two broad groups.": the thing is the object the sorting verb splits.
const SORTED_THING = /\b(?:sort|sorts|sorted|divide|divides|divided|split|splits|group|groups|grouped|classify|classifies|classified) ((?:[a-z][\w-]* ){0,1}[a-z][\w-]*) into two\b/;
// A word that points, counts or places is no kind's word ("This glue", "Each glue", "Both glues", "The third glue").
// Shared with the kind-contrast maker, which adds describing words that name no kind where no announcement proves one.
export const POINTING_WORDS = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "each", "every", "all", "some", "most", "many", "few", "several", "any", "both", "either", "neither", "no", "one", "two", "three", "another", "other", "such", "same", "only", "first", "second", "third", "last", "next", "more", "less"];
const NOT_A_KIND = new RegExp(`^(?:${POINTING_WORDS.join("|")})$`, "i");
// A sentence that sets up another way of telling the things apart ("… also differ in …", "… can also be grouped by …").
const ANOTHER_DIVISION = /\balso (?:differ|vary|varies|be (?:sorted|grouped|divided|classified)|(?:sorted|grouped|divided|classified))\b/;
// How far after the announcement the second kind's sentence may stand (one sentence between the two descriptions at most).
const SECOND_WITHIN = 2;

/** The pairs of kinds an article announces and then describes one sentence each. */
export function findAnnouncedKindPairs(sentences: Sentence[]): AnnouncedPair[] {
  const out: AnnouncedPair[] = [];
  sentences.forEach((s, i) => {
    const m = ANNOUNCED.exec(s.text);
    if (!m) return;
    // The thing is named in the announcement ("kinds of glue") or, with no "of", is its subject's last word ("Glue comes in …").
    const named = m[1] ?? SORTED_THING.exec(s.text)?.[1] ?? /^(?:The |A |An )?(?:[A-Za-z][\w-]* ){0,2}?([A-Za-z][\w-]*) (?:comes?|are|is|exists?)\b/.exec(s.text)?.[1];
    if (!named) return;
    const word = named.split(" ").at(-1)!.toLowerCase();
    const head = singularOf(word);
    // "two main kinds of kettle" goes on "Electric kettles …": the plural is read as well as the singular.
    const plurals = head === word ? pluralsOf(head) : [word];
    // Built once per announcement (there are few), then read against each sentence after it.
    const opener = new RegExp(`^(?:In )?(?:(?:an?|the) )?([A-Za-z][a-z]{2,}) (?:${[head, ...plurals].map(escapeRegExp).join("|")})\\b(?!-)`, "i");
    const first = opening(sentences[i + 1], s, opener);
    if (!first) return;
    for (let j = i + 2; j <= i + 1 + SECOND_WITHIN && j < sentences.length; j++) {
      const second = opening(sentences[j], s, opener);
      if (!second) continue;
      if (second.kind !== first.kind && !thirdKindOpens(sentences, j + 1, s, opener, [first.kind, second.kind])) {
        out.push({ head, kinds: [first.kind, second.kind], at: [i + 1, j], kindAt: [first.at, second.at], written: [first.length, second.length] });
      }
      return;
    }
  });
  return out;
}

/**
 * A later sentence of the section opening on a third kind ("Warm glue …" after hot and cold): the article describes more
 * kinds than it announced, so the count no longer closes the set, and a third kind may fit a described sentence too.
 */
function thirdKindOpens(sentences: Sentence[], from: number, announcement: Sentence, opener: RegExp, kinds: string[]): boolean {
  for (let k = from; k < sentences.length && sentences[k]!.section === announcement.section; k++) {
    // "Knives also differ in how they are sharpened.": a second way of dividing the thing begins, and its kinds are not the
    // announcement's.
    if (ANOTHER_DIVISION.test(sentences[k]!.text) || ANNOUNCED.test(sentences[k]!.text)) return false;
    const kind = opening(sentences[k], announcement, opener)?.kind;
    if (kind && !kinds.includes(kind)) return true;
  }
  return false;
}

/** "Hot glue sets …", "A hot glue …", "In hot glue, …": the kind's word and where it stands, in the announcement's section. */
function opening(sentence: Sentence | undefined, announcement: Sentence, opener: RegExp): { kind: string; at: number; length: number } | null {
  if (!sentence || sentence.section !== announcement.section) return null;
  const m = opener.exec(sentence.text);
  if (!m || NOT_A_KIND.test(m[1]!)) return null;
  const length = m[0].split(" ").slice(-2).join(" ").length;
  return { kind: m[1]!.toLowerCase(), at: m[0].length - length, length };
}
