import { IRREGULAR_PAST } from "./finite-verb";
import type { TaggedTerm } from "./question-stems";

/**
 * Whether a "they", "them" or "their" has something shown before it to mean: a plural noun ("the settlers … gave them
 * land"). Judges failed built questions and statements whose "them" pointed to people only the sentence before named
 * ("The captain thanks them for the rescue."): a verb's -s ("thanks", "gives", "sends") and a span of time ("two weeks
 * afterward … about them") read as plurals by their letters alone, and are none. The tagger tells the verb from the
 * noun; where it gives no tags, the word's shape is all there is.
 */

// A plural by its shape: "settlers", "children", "fishermen", "people"; not a word in -ss, -us, -is ("abbess", "census",
// "basis", which the tagger calls nouns).
// ("women" and "men" are too short for the -men ending's three letters before it, which keeps "omen" and "amen" out.)
const PLURAL_SHAPE = /^[a-z]{3,}(?:s(?<!ss|us|is)|ren|men)$|^(?:people|women|men)$/i;
// Words ending in -s that are no plural noun.
const NOT_PLURAL = /^(?:was|has|is|its|his|hers|this|thus|as|us|yes|always|perhaps|across|unless|less|whereas|afterwards|towards|besides|sometimes|nevertheless|series|news)$/i;
// Spans, measures and sums: "two weeks later", "for three years", "ten miles": never whom "they" are.
const MEASURE = /^(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|ages|times|miles|kilometres|kilometers|metres|meters|feet|inches|yards|acres|hectares|pounds|dollars|euros|tons|tonnes|degrees|percent|hundreds|thousands|millions|dozens)$/i;
const VERB_TAG = /^(?:Verb|PresentTense|PastTense|Infinitive|Gerund|Auxiliary|Copula)$/;

// Before a verb's -s stands its subject ("the captain thanks", "Tam always helps") or a relative word ("the law that
// protects them", "who thanks them"); the tagger also reads a plural subject as a verb where a verb follows it ("and
// volunteers dried what they could"). So a present -s word is a noun after a determiner or an adjective ("the floods"),
// and elsewhere ("The queen, however, sends them") only where a verb follows it.
const SUBJECT_TAG = /^(?:Noun|Pronoun|ProperNoun|Adverb)$/;
const NOUN_BEFORE_TAG = /^(?:Determiner|Adjective|Value|Possessive)$/;
const RELATIVE = /^(?:that|which|who|whom)$/i;
const PAST = new RegExp(`^(?:${IRREGULAR_PAST})$`, "i");

/** Whether a term reads as a verb: tagged one, or shaped as a past ("dried", which the tagger may call an adjective). */
function verbLike(term: TaggedTerm | undefined): boolean {
  if (!term) return false;
  const word = term.text.replace(/[^\p{L}]/gu, "");
  return Boolean(term.tags?.some((t) => VERB_TAG.test(t))) || /^[a-z]{2,}ed$/.test(word) || PAST.test(word);
}

/** A word the tagger (or, untagged, its shape) reads as a plural noun that a plural pronoun can mean. */
function pluralNoun(term: TaggedTerm, previous: TaggedTerm | undefined, next: TaggedTerm | undefined): boolean {
  const word = term.text.replace(/[^\p{L}'’-]/gu, "");
  if (nationAsPeople(term, previous, next)) return true;
  if (!PLURAL_SHAPE.test(word) || NOT_PLURAL.test(word) || MEASURE.test(word)) return false;
  // (The tagger reads "which grants them" as a plural noun, and "that" as a determiner.)
  if (previous && RELATIVE.test(previous.text.replace(/[^\p{L}]/gu, ""))) return verbLike(next);
  const tags = term.tags;
  if (!tags?.length) return true;
  if (tags.includes("Plural") || (tags.includes("Noun") && !tags.some((t) => VERB_TAG.test(t)))) return true;
  if (!tags.includes("PresentTense")) return false;
  const closed = /[,;:]\s*$/.test(previous?.post ?? "");
  if (previous && !closed && previous.tags?.some((t) => SUBJECT_TAG.test(t))) return false;
  if (previous && !closed && previous.tags?.some((t) => NOUN_BEFORE_TAG.test(t))) return true;
  return verbLike(next);
}

/**
 * "When the Dutch pulled back their ships": a nation's adjective after "the" with no noun after it is its people, a plural
 * ("the French army" is one army; "the Dutch traders" the plural noun after it counts already).
 */
function nationAsPeople(term: TaggedTerm, previous: TaggedTerm | undefined, next: TaggedTerm | undefined): boolean {
  if (!term.tags?.includes("Demonym") || !/^the$/i.test(previous?.text ?? "") || /[,;:]\s*$/.test(previous?.post ?? "")) return false;
  // (What follows must not be a noun the word describes: a verb, a pronoun's possessive, or the end of a clause.)
  return !next || /[,;:]\s*$/.test(term.post ?? "") || (verbLike(next) && !next.tags?.includes("Noun"));
}

/**
 * The terms before the first plural pronoun name a plural noun. `terms` are the whole text's, in order; the words before
 * the pronoun are read by its position (`pronounAt` characters in).
 */
export function pluralNamedBefore(text: string, pronounAt: number, terms: TaggedTerm[]): boolean {
  let at = 0;
  for (const [i, term] of terms.entries()) {
    const found = text.indexOf(term.text, at);
    if (found < 0 || found >= pronounAt) break;
    at = found + term.text.length;
    if (pluralNoun(term, terms[i - 1], terms[i + 1])) return true;
  }
  return false;
}
