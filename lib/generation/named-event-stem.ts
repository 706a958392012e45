import { BLANK } from "./blank";
import { dangles, needsContext } from "./question-stems";
import type { Sentence } from "./types";

/**
 * "This effect is called <term>." right after the sentence that tells the effect: the noun names no thing the sentence
 * before mentions (no "effect" stands in it), it stands for the whole of what that sentence tells. So the term is asked
 * with that sentence shown and the noun left out, "<sentence before> This is called _____.": "this" opening the next
 * sentence plainly points to the one before it. A noun for a thing ("This rock is called …") is no telling of an
 * event, and is never dropped: the rock must be named before.
 */

// Nouns that stand for something happening or done, which one sentence can tell whole.
const EVENT_NOUN = /^This (process|effect|phenomenon|reaction|change|cycle|event|movement|motion|behaviou?r|activity|practice|method|technique) (?=(?:is|was) (?:called|known as|named|referred to as) )/;

// Longer than this, the shown sentence buries the question.
const MOST_WORDS = 35;

/**
 * Whether the sentence before may be shown ahead of a naming sentence that stands for what it tells (here and in the
 * named-set maker): in the same section and no list item, it must stand alone, end as a plain statement and be short
 * enough to read with the question.
 */
export function shownBefore(sentence: Sentence, previous: Sentence | undefined): previous is Sentence {
  if (!previous || previous.section !== sentence.section || previous.listItem) return false;
  if (!/[a-z0-9)”"'’]\.$/.test(previous.text) || previous.text.split(/\s+/).length > MOST_WORDS) return false;
  return !needsContext(previous) && !dangles(previous.text);
}

/** The stem for a term named by "This <event noun> is called …", shown after the sentence before; null when none is sure. */
export function namedEventStem(sentence: Sentence, previous: Sentence | undefined, termStart: number, termLength: number): string | null {
  if (!EVENT_NOUN.test(sentence.text) || !shownBefore(sentence, previous)) return null;
  // Only the naming itself: nothing after the term ("…, and it becomes …") for the blank to leave half asked.
  const offset = termStart - sentence.start;
  if (sentence.text.slice(offset + termLength) !== ".") return null;
  const cloze = `${sentence.text.slice(0, offset).replace(EVENT_NOUN, "This ")}${BLANK}.`;
  return `${previous.text} ${cloze}`;
}
