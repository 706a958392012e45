import { knownBaseForm, SAME_IN_PAST } from "./known-base-form";
import { infinitiveOf, LEXICON } from "./question-stems";
import { PAST_BASES, SIMPLE_PASTS } from "./irregular-pasts";

// Past forms that are also a base form of another verb or the same one ("found" a school, "lay" eggs, "saw" wood, "fell"
// trees, "bore" a hole, "bound" over, "wound" a soldier, "ground" a ship, "felt" cloth): after a plural subject the tense
// of such a word cannot be read.
const BOTH_PAST_AND_BASE = new Set(["found", "lay", "saw", "fell", "felt", "bore", "bound", "wound", "ground"]);

/** "used" -> "use", "stopped" -> "stop", "carried" -> "carry": the plain form the lexicon knows as a verb, or "". */
function regularInfinitive(past: string): string {
  if (!/ed$/.test(past)) return "";
  const stem = past.slice(0, -2);
  const tries = [past.slice(0, -1), stem, stem.replace(/i$/, "y"), /(.)\1$/.test(stem) ? stem.slice(0, -1) : ""];
  return tries.find((t) => t && LEXICON[t] === "Infinitive") ?? "";
}

/** Whether a lower-case word is a past tense or participle with no base form of its own (so "do not" cannot take it). */
export function isPastOnly(word: string): boolean {
  if (BOTH_PAST_AND_BASE.has(word) || SAME_IN_PAST.has(word)) return false;
  return word in PAST_BASES || regularInfinitive(word) !== "" || /^(?:PastTense|Participle)$/.test(LEXICON[word] ?? "");
}

/** Whether the tense of a lower-case word cannot be told from the word alone: a past that is also a base form. */
export function pastOrBase(word: string): boolean {
  return BOTH_PAST_AND_BASE.has(word) || SAME_IN_PAST.has(word);
}

/**
 * The base form of a past tense ("drew" -> "draw", "strode" -> "stride", "rowed" -> "row"), or "" where it is not sure:
 * the one answer for the denial's "did not …" and the why-question's "Why did …". The table's pasts first (the tagger has
 * no base for some), then `guess` (the tagger's base, read in the sentence) or the tagger's or the lexicon's base of the
 * word alone, kept only where it turns back into the word (knownBaseForm): "signalled" left as it is, or a participle
 * ("taken", whose past is "took"), has no past's base to give.
 */
export function baseOfPast(word: string, guess?: string): string {
  if (SAME_IN_PAST.has(word)) return word;
  const known = SIMPLE_PASTS[word];
  if (known && !BOTH_PAST_AND_BASE.has(word)) return known;
  const base = guess ?? (infinitiveOf(word) || regularInfinitive(word));
  return base && !/\s/.test(base) && knownBaseForm(word, base, "past") ? base : "";
}
