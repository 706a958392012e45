import { isPlural } from "./check-options";
import { tagged } from "./question-stems";
import { earlierMention } from "./resolve-pointers";
import type { Sentence } from "./types";

/**
 * "… which moved to this ballot in 1901, vote every spring" after "Some towns elect their council by a rotating
 * ballot.": a "this"/"these" and one noun inside the stem (an opening one is resolvePointers' work) is written out as the
 * phrase the sentence before, or the one before that, names with that noun ("the rotating ballot"), by resolvePointers' own
 * reading of the earlier sentences (earlierMention): one phrase only, saying more than the noun alone. Anything less
 * sure leaves the stem as it is, and it is dropped as pointing back.
 */
const TIME_NOUN = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)|times?|periods?|eras?|ages?|seasons?)$/i;

export function writeOutInnerPointer(stem: string, sentences: Sentence[], i: number): string | null {
  const m = /(?<=\S )\b(this|these) ([a-z][a-z-]{2,})\b(?=[\s,.;:?!])/i.exec(stem);
  if (!m || stem.indexOf(m[0]) !== stem.lastIndexOf(m[0])) return null;
  const [determiner, head] = [m[1]!.toLowerCase(), m[2]!];
  // (A span of time, "these years", is one the sentence before set: "the seven years" written in would still not say which.)
  if (TIME_NOUN.test(head)) return null;
  // The sentence before must name the thing: looked for before the tagger is asked (tagging the stem is the dearer check).
  const s = sentences[i];
  if (!s || isPlural(head) !== (determiner === "these")) return null;
  const referent = earlierMention(head, s, sentences, i);
  // (A named term, "osmosis", reads in place of "this process"; a phrase of the noun's own is written with "the".)
  if (!referent || !new RegExp(`\\b${head}\\b`, "i").test(referent)) return null;
  // The word must be the phrase's noun, not a describing word before another ("this mixed system", "these three"), and
  // agree with the determiner in number.
  const terms = tagged(stem);
  const term = terms.find((t) => t.text.replace(/[^\w-]/g, "") === head);
  const next = stem.slice(m.index + m[0].length).trim().split(/\s+/)[0]?.replace(/[^\w-]/g, "") ?? "";
  const nextTerm = next ? terms.find((t) => t.text.replace(/[^\w-]/g, "") === next) : undefined;
  // (A count is no noun here: "these seven years" is a span the sentence before set, and "the seven years" would not say which.)
  const notHead = (tags: string[] = []) => tags.some((t) => t === "Value" || t === "Cardinal" || t === "Adjective");
  const nounNext = (tags: string[] = []) => tags.some((t) => t === "Noun" || t === "Plural" || t === "Date" || t === "Duration" || t === "Value");
  if (!term?.tags?.includes("Noun") || notHead(term.tags) || nounNext(nextTerm?.tags)) return null;
  const written = referent.replace(/^(?:an?|the) /i, "the ");
  return stem.slice(0, m.index) + written + stem.slice(m.index + m[0].length);
}
