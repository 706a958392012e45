import { SAME_IN_PAST } from "./known-base-form";
import { infinitiveOf, LEXICON } from "./question-stems";
import { PAST_BASES } from "./irregular-pasts";

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
 * The base form of a past tense or participle ("drew" -> "draw", "strode" -> "stride", "rowed" -> "row"), or "" where it
 * is unknown. The table first (the tagger has no base for some), then the lexicon's regular verbs, then the tagger.
 */
export function baseOfPast(word: string): string {
  if (SAME_IN_PAST.has(word)) return word;
  const known = PAST_BASES[word];
  if (known && !BOTH_PAST_AND_BASE.has(word)) return known;
  const base = infinitiveOf(word) || regularInfinitive(word);
  return base && !/\s/.test(base) ? base : "";
}
