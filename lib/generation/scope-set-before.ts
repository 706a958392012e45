import type { Sentence } from "./types";
import { tagged } from "./question-stems";

// An opening that sets the frame its sentence, and those after it, speak inside: one system, one method, one case
// ("Under the two-round rule, …", "With the open method, …", "In such a system, …"). Not a time or a place: "In 1850, …".
const FRAME_OPENING = /^(?:Under|With|Using|In (?:a|an|such a|this|that|the case of)|For (?:a|an))\b[^,]{1,60},/;
// "In the old charter, …", "In the new system, …": a frame too when it opens the statement's own sentence.
const OWN_FRAME = new RegExp(`${FRAME_OPENING.source}|^In the (?:old|new|former|later|earlier|first|second|original|current|present)\\b[^,]{1,60},`);
const EVERY = /^(?:Each|Every|All|Most|Many)\b/;

/**
 * "Voters mark one name on the ballot." cut from the sentence after "Under the two-round rule, …": the claim holds only in
 * the frame the sentence before set, and a generic subject (a bare plural, "Each", "Every") carries no frame of its own,
 * so the statement reads as true of every case the article compares, which it is not.
 */
export function scopeSetBefore(statement: string, sentences: Sentence[], index: number): boolean {
  const sentence = sentences[index];
  const previous = sentences[index - 1];
  if (!sentence) return false;
  // The frame set before, or opening the statement's own sentence ("Under the old charter, each guild chose …") and cut.
  const framedBefore = previous !== undefined && previous.section === sentence.section && FRAME_OPENING.test(previous.text);
  if (!framedBefore && !OWN_FRAME.test(sentence.text)) return false;
  // The statement's own opening frame ("Under this rule, voters …") keeps it.
  if (FRAME_OPENING.test(statement) || OWN_FRAME.test(statement)) return false;
  if (EVERY.test(statement)) return true;
  const first = tagged(statement.split(/\s+/)[0]!)[0];
  const tags = first?.tags ?? [];
  return tags.includes("Plural") && tags.includes("Noun") && !tags.includes("ProperNoun") && !tags.includes("Pronoun");
}
