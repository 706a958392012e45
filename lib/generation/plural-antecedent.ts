import type { TaggedTerm } from "./question-stems";

/**
 * Whether a "they", "them" or "their" has something shown before it to mean: a plural noun ("the settlers … gave them
 * land"). Judges failed built questions and statements whose "them" pointed to people only the sentence before named
 * ("The captain thanks them for the rescue."): a verb's -s ("thanks", "gives", "sends") and a span of time ("two weeks
 * afterward … about them") read as plurals by their letters alone, and are none. The tagger tells the verb from the
 * noun; where it gives no tags, the word's shape is all there is.
 */

// A plural by its shape: "settlers", "children", "fishermen", "people".
const PLURAL_SHAPE = /^[a-z]{3,}(?:s|ren|men)$|^people$/i;
// Words ending in -s that are no plural noun.
const NOT_PLURAL = /^(?:was|has|is|its|his|hers|this|thus|as|us|yes|always|perhaps|across|unless|less|whereas|afterwards|towards|besides|sometimes|nevertheless|series|news)$/i;
// Spans, measures and sums: "two weeks later", "for three years", "ten miles": never whom "they" are.
const MEASURE = /^(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|ages|times|miles|kilometres|kilometers|metres|meters|feet|inches|yards|acres|hectares|pounds|dollars|euros|tons|tonnes|degrees|percent|hundreds|thousands|millions|dozens)$/i;
const VERB_TAG = /^(?:Verb|PresentTense|PastTense|Infinitive|Gerund|Auxiliary|Copula)$/;

// Before a verb's -s stands its subject ("the captain thanks", "Tam always helps"); the tagger also reads a plural subject
// as a verb where a verb follows it ("and volunteers dried what they could"): after a word that is no subject, it is a noun.
const SUBJECT_TAG = /^(?:Noun|Pronoun|ProperNoun|Adverb)$/;

/** A word the tagger (or, untagged, its shape) reads as a plural noun that a plural pronoun can mean. */
function pluralNoun(term: TaggedTerm, previous: TaggedTerm | undefined): boolean {
  const word = term.text.replace(/[^\p{L}'’-]/gu, "");
  if (!PLURAL_SHAPE.test(word) || NOT_PLURAL.test(word) || MEASURE.test(word)) return false;
  const tags = term.tags;
  if (!tags?.length) return true;
  if (tags.includes("Plural") || (tags.includes("Noun") && !tags.some((t) => VERB_TAG.test(t)))) return true;
  return tags.includes("PresentTense") && !(previous && !/[,;:]\s*$/.test(previous.post ?? "") && previous.tags?.some((t) => SUBJECT_TAG.test(t)));
}

/**
 * The terms before the first plural pronoun name a plural noun. `terms` are the whole text's, in order; the words before
 * the pronoun are read by its position (`pronounAt` characters in).
 */
export function pluralNamedBefore(text: string, pronounAt: number, terms: TaggedTerm[]): boolean {
  let at = 0;
  let previous: TaggedTerm | undefined;
  for (const term of terms) {
    const found = text.indexOf(term.text, at);
    if (found < 0 || found >= pronounAt) break;
    at = found + term.text.length;
    if (pluralNoun(term, previous)) return true;
    previous = term;
  }
  return false;
}
