import { BLANK } from "./blank";
import { termVariants } from "./make-term-questions";
import { CALL_THESE, THESE_CALLED } from "./named-set-shape";
import { shownBefore } from "./named-event-stem";
import { sourceIn } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * A set of steps the sentence before tells, then named in one list: "Potters call these three stages wedging, throwing
 * and firing." The naming sentence is asked as its own cloze, its last name blanked, after the sentence that tells the
 * stages, with "these" read as "the": the noun (stages, processes, steps) stands for what that sentence has just told,
 * not for a thing it names. The key is the article's own word in the article's own sentence, so no order of the
 * telling is assumed.
 */

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const ITEM = /^[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$/;
const NOT_A_NAME = /^(?:it|they|them|this|these|those|the|a|an|and|or|one|each|all)\b/;
// What joins one told step to the next: "mixes the dough, leaves it …, and then shapes it".
const STEP_JOIN = /, (?!and\b)| and | then | before | after /g;

/** The cloze of a sentence that names a set the sentence before tells; null unless every part is sure. */
export function makeNamedSetQuestion(sentence: Sentence, previous: Sentence | undefined): GeneratedQuestion | null {
  const active = CALL_THESE.exec(sentence.text);
  const passive = active ? null : THESE_CALLED.exec(sentence.text);
  if (!active && !passive) return null;
  const count = COUNT[(active ? active[3] : passive![2])!]!;
  const list = (active ? active[5] : passive![4])!;
  const items = list.split(/, and |, | and /);
  if (items.length !== count || !items.every((i) => ITEM.test(i) && !NOT_A_NAME.test(i))) return null;
  if (!shownBefore(sentence, previous)) return null;
  // The sentence before must tell as many steps as the set counts, joined one to the next: after "She opened a shop in
  // 1911." the three stages would point at nothing shown.
  if ((previous.text.match(STEP_JOIN) ?? []).length < count - 1) return null;
  const key = items.at(-1)!;
  const keyAt = sentence.text.length - 1 - key.length;
  if (sentence.text.slice(keyAt, keyAt + key.length) !== key) return null;
  // "these three stages" right after the telling is "the three stages" that sentence told.
  const named = active ? sentence.text.replace(/ these /, " the ") : sentence.text.replace(/^These /, "The ");
  const cloze = `${named.slice(0, named.length - 1 - key.length)}${BLANK}.`;
  return {
    type: "FILL_BLANK",
    prompt: `${previous.text} ${cloze} (a term from the article)`,
    options: [],
    answerKey: { kind: "text", accepted: termVariants(key, false) },
    answerText: key,
    source: sourceIn(sentence, { start: sentence.start + keyAt, end: sentence.start + keyAt + key.length }),
    spanType: "TERM",
    keyKind: "term",
    score: 1,
    confidence: 0.74,
  };
}
