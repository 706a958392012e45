import { dangles } from "./question-stems";
import type { Sentence, Span } from "./types";

/**
 * "Who did it?" where the sentence's shape is sure and the doer is a person or
 * an organisation the article names:
 * - after an opening phrase: "For the navy, Hale & Co. built the first
 *   submarine." -> "Who built the first submarine for the navy?";
 * - in the passive: "The bridge was designed by Ada Vell." -> "Who designed the
 *   bridge?".
 * Anything else is left to the other stems or the cloze.
 */

// A past-tense verb, regular or one of the common irregular ones.
const PAST = /^(?:[a-z]+ed|led|won|built|made|took|wrote|began|ran|gave|held|went|saw|fought|grew|brought|left|lost|sent|kept|stood|rose|fell|found|came|met|set|became|drew|chose|sold|bought|paid|taught|thought|caught|sought|spent|struck|swore|tore|wore|flew|threw|knew|rode|drove|broke|spoke|stole|froze|woke|shook|hid|bit|dug|hung|spun|won|sank|sang|began|swam)$/;
// A prepositional opening phrase, which reads as well at the end of the question.
const OPENER = /^((?:For|In|At|On|During|After|Before|By|With|Under|From|Within|Across|Throughout) [^,;:]{2,60}), (?:the )?$/;
const PRONOUN = /\b(?:he|him|his|she|her|they|them|their|this|these|those)\b/i;

function lowerOpener(opener: string): string {
  // "In Tull" keeps its name; "For the navy" -> "for the navy".
  return opener.charAt(0).toLowerCase() + opener.slice(1);
}

export function agentQuestion(sentence: Sentence, span: Span): string | null {
  if ((span.type !== "PERSON" && span.type !== "ORG") || sentence.subject) return null;
  const text = sentence.text;
  const offset = span.start - sentence.start;
  const before = text.slice(0, offset);
  const after = text.slice(offset + span.text.length);
  if (!/\.$/.test(after) || /[;:"“”()]/.test(text)) return null;
  const body = after.slice(0, -1);
  // "For the British Army, Hale & Co. finished building the first tank."
  const opener = OPENER.exec(before);
  if (opener) {
    const m = /^ ([a-z]+)\b(.*)$/.exec(body);
    if (!m || !PAST.test(m[1]!) || PRONOUN.test(opener[1]!)) return null;
    const stem = `Who ${m[1]}${m[2]} ${lowerOpener(opener[1]!)}?`;
    return dangles(stem) || stem.split(/\s+/).length > 30 ? null : stem;
  }
  // "Kell Bridge, a stone arch, was designed by Ada Vell." -> "Who designed Kell Bridge?"
  const passive = /^((?:The |the )?[A-Z]?[\w'’-]+(?: [\w'’-]+){0,4}?)(?:, [^,;:]{3,100},)? (?:was|were) ([a-z]+(?:ed|en|t|n)) by (?:the )?$/.exec(before);
  if (passive && /^[A-Z]/.test(passive[1]!) && !PRONOUN.test(passive[1]!) && !/^(?:It|This|That|These|Those|There)\b/.test(passive[1]!)) {
    // The doer must end the sentence or be followed by a plain phrase ("in 1184").
    if (body && !/^ (?:in|on|at|during|after|before|from) [^,]{2,40}$/.test(body)) return null;
    const subject = passive[1]!.replace(/^The /, "the ");
    const stem = `Who ${passive[2]} ${subject}${body}?`;
    return dangles(stem) ? null : stem;
  }
  return null;
}
