import { escapeRegExp } from "./find-spans";
import { tagged } from "./question-stems";

/**
 * "Ada later became mayor", "The seed then splits", "Books were soon copied": a bare adverb of sequence between a subject
 * and its verb places the deed after one the sentence before told, and nothing more. Cut out, the claim is as true and
 * stands alone ("Ada became mayor"); left in, it points at a sentence the statement does not show, and the statement is
 * refused. Only where the next word is a verb: "Moments later she wakes", "soon after the war", "the then king" keep it (a
 * counted time, a time bound and a title, which say more than the order).
 */
const SEQUENCE_WORDS = "later|then|soon|afterwards";
const SEQUENCE_WORD = new RegExp(`^(?:${SEQUENCE_WORDS})$`);
// (A quick look for one of them between words, before the sentence is tagged.)
const HAS_SEQUENCE_WORD = new RegExp(String.raw`\s(?:${SEQUENCE_WORDS})\s`);
// A counted or named time before the word makes it part of a time phrase ("two years later", "that night then"): not bare.
const TIME_BEFORE = /^(?:\d[\d,]*|moments?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|generations?|much|not|long|shortly|only|the|and|or|but|until|till|since|by)$/i;

// ("A market soon gathered at its north end": an "its" or "this" the statement cannot settle leans on the sentence before as
// much as the adverb did; such a statement stays as it was, and is refused.)
const POINTER = /\b(?:its|their|this|these|that|those|there)\b/i;

export function dropSequenceAdverb(text: string): string {
  if (!HAS_SEQUENCE_WORD.test(text) || POINTER.test(text)) return text;
  const terms = tagged(text);
  const at = terms.findIndex((t, i) => i > 0 && SEQUENCE_WORD.test(t.text) && !/[,;:]/.test(terms[i - 1]!.post ?? "") && !/[,;:]/.test(t.post ?? ""));
  if (at < 0) return text;
  // ("Copies were then carried …": a bare plural opening the statement, with no "the" and no name, is copies of what the
  // sentence before named; the adverb stays, and the statement is refused as before.)
  if (terms[0]?.tags?.includes("Plural") && !terms[0].tags.includes("ProperNoun")) return text;
  const before = terms[at - 1]!;
  const next = terms[at + 1];
  if (!next || !next.tags?.includes("Verb") || TIME_BEFORE.test(before.text) || before.tags?.includes("Value")) return text;
  const word = terms[at]!.text;
  return text.replace(new RegExp(`(?<=\\b${escapeRegExp(before.text)}) ${escapeRegExp(word)}(?= ${escapeRegExp(next.text)}\\b)`), "");
}
