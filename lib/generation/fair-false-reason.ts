import { shareOfSmaller } from "./question-parts";

/**
 * Whether another event's reason may stand as the false reason of this one ("Effect because <other reason>."). Judges
 * failed such statements as absurd, the real cause left untested, when the swapped-in clause was itself an outcome ("X
 * can cause floods", "a busy square can become crowded": a result offered as a cause), when it was a fact about its own
 * event's subject that this statement never names (it belongs to that other thing), and when it restated the effect's
 * own words (circular). A third thing's state beside another event ("the new glass was thicker" for a climb up a path)
 * stays a fair false reason: the reader must know which of the two the article ties to this effect.
 */

export interface ReasonLink {
  role: string;
  /** The effect side of a cause, the cause side of a result. */
  event: string;
  /** The cause of a cause link, the result of a result link. */
  bare: string;
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|your|this|these|those|some|many|most|each|every|no|all|both|any|several|few|one|two|three)$/;
const PRONOUN = /^(?:it|they|he|she|we|you|i|there|this|these|those|that|them|him|her)$/;
// Where the subject's noun phrase ends: an auxiliary or modal, a relative word, a past form or an adverb.
const SUBJECT_END = /^(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|that|which|who|whose|not|never|still|also|often|always|once|now|then|ever|\w+ed|\w+ly)$/;
// An opening phrase before the clause's subject ("In 1850, ", "After the war, ").
const OPENER = /^(?:in|at|on|during|after|before|when|while|by|with|for|from|over|under|once|later|soon)\b[^,]{0,80},\s*/i;
// A clause that names its own outcome ("… can cause floods", "… led to a famine") or only what may happen ("… can become
// crowded"): the article gives it as a result or a risk, and set after another effect it reads as a result offered as a cause.
// "cannot"/"could not" state an inability, a fact, and stay.
const STATES_RESULT = /\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|br(?:ing|ings|ought|inging) about|g(?:ive|ives|ave|iving) rise to|trigger(?:s|ed|ing)?)\b|\b(?:can|could|may|might)\b(?! not\b)/i;

// A subject that is a catalogue of four or more things ("tin, lead, zinc and brass are …"): it tells which things belong to a
// class, not what makes anything happen, and set after another effect it reads as an unrelated fact no reader would weigh.
const CATALOGUE = /^(?:[\w'’-]+(?: [\w'’-]+)?, ){2,}(?:[\w'’-]+ ){1,2}(?:and|or) /i;

const stem = (w: string): string => w.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");

/**
 * The head noun of a clause's subject ("the new glass was thicker" -> "glass"), or null where it cannot be read. Where the
 * noun phrase visibly ends within five words (an auxiliary, a relative word, a past form, an adverb, a comma), its last
 * word is the head; otherwise a plain present verb follows unmarked ("gases push backward"), and the first word is.
 */
export function subjectHead(clause: string): string | null {
  const raw = clause.trim().replace(OPENER, "").toLowerCase().split(/\s+/).slice(0, 6);
  const words = raw.map((t) => t.replace(/[^a-z'’-]/g, "").replace(/['’]s?$/, ""));
  if (!words[0] || PRONOUN.test(words[0])) return null;
  const from = words.findIndex((w) => !DETERMINER.test(w));
  if (from < 0) return null;
  let end = words.findIndex((w, i) => i > from && SUBJECT_END.test(w));
  const comma = raw.findIndex((t, i) => i >= from && /,$/.test(t));
  if (comma >= 0 && (end < 0 || comma < end)) end = comma + 1;
  const head = end > from && end <= 5 ? words[end - 1]! : words[from]!;
  return head ? stem(head) : null;
}

const CONTENT_STOP = /^(?:the|and|for|its|was|are|did|does|that|this|with|from|their|they|them|have|were|which|when|been|into|also|more|most|than|then|such|some|not|but|had|has|can|could|would|will)$/;
const contentWords = (text: string): Set<string> => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !CONTENT_STOP.test(w)).map(stem));

/** The article gives this clause as a result of something said of `subject` (a result link, or the effect of a cause link). */
function resultOfSubject(clause: string, subject: string, all: ReasonLink[]): boolean {
  const words = contentWords(clause);
  return all.some((l) => {
    const [cause, result] = l.role === "result" ? [l.event, l.bare] : l.role === "cause" ? [l.bare, l.event] : [null, null];
    return cause !== null && result !== null && shareOfSmaller(words, contentWords(result)) >= 0.5 && contentWords(cause).has(subject);
  });
}

/**
 * `other.bare` (the reason the article gives for `other.event`) may be offered as the false reason of `effect`, whose real
 * reason is `trueReason`. Where a subject cannot be read the builder cannot tell what either clause is about: the swap
 * stands only where it is not the article's one reason to offer (`onlyChoice`), which would be set after every effect.
 */
export function fairFalseReason(effect: string, trueReason: string, other: ReasonLink, all: ReasonLink[], onlyChoice: boolean): boolean {
  const reason = other.bare;
  if (STATES_RESULT.test(reason) || CATALOGUE.test(reason.trim())) return false;
  const subject = subjectHead(effect);
  const reasonSubject = subjectHead(reason);
  if (!subject || !reasonSubject) return !onlyChoice;
  const told = contentWords(`${effect} ${trueReason}`);
  // A fact about its own event's subject ("the thaw can …" for "the council watches the thaw"), which this statement never names.
  if (contentWords(other.event).has(reasonSubject) && !told.has(reasonSubject)) return false;
  // Circular: the reason repeats a word of the effect beyond the two subjects.
  const effectWords = contentWords(effect);
  for (const w of contentWords(reason)) if (w !== subject && w !== reasonSubject && effectWords.has(w)) return false;
  return !resultOfSubject(reason, subject, all);
}
