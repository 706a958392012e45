import { dangles, tagged } from "./question-stems";
import { POINTER } from "./make-denial-statements";
import { OPPOSITE } from "./make-paired-contrast";
import { sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * Two neighbouring sentences that tell what happens to one thing under two conditions ("When the tank is full, the float
 * shuts the valve. When the tank is empty, the float opens it."): the first condition with the second outcome is false
 * by the article, which gives that condition another outcome. Only where both outcomes say one action with different
 * results (a verb they share), so the two cannot both hold, and neither says it holds as well ("also", "too").
 */

const CONDITION = /^(When|If|Whenever) ([^,;]{6,140}), ([^;]{6,200})\.$/;
// An outcome the other condition may share, or one hedged: the swap would not be plainly false.
const SHARED_OR_HEDGED = /\b(?:also|too|again|still|as well|likewise|same|similar|either|both|may|might|could|sometimes|often|usually|not|no|never)\b|n['’]t\b/i;
// Verbs of being and helping say nothing of an action the two outcomes share.
const LIGHT_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|will|would|gets?|becomes?|makes?)$/i;
const STOP = new Set(["the", "a", "an", "of", "to", "and", "in", "on", "at", "its", "it", "their", "they", "we", "us", "our", "from", "by", "with", "is", "are"]);

// Outcome opposites beyond the paired-contrast list: a valve or gate left open or shut.
const OUTCOME_OPPOSITE = new Map<string, string[]>([
  ["open", ["shut", "closed"]],
  ["shut", ["open"]],
  ["closed", ["open"]],
]);
const NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|double|twice)$/;

/** Whether the words left on each side once the shared ones are set aside say exclusive things: a pair of opposites or two different figures. */
function exclusive(left: string[], right: string[]): boolean {
  const opposed = left.some((w) => right.includes(OPPOSITE.get(w) ?? "") || (OUTCOME_OPPOSITE.get(w) ?? []).some((o) => right.includes(o)));
  return opposed || (left.some((w) => NUMBER.test(w)) && right.some((w) => NUMBER.test(w)));
}
// A bound on a figure ("at least 20 minutes", "up to 45"): two bounds may both hold, so figures alone do not exclude.
const BOUND = /\b(?:at least|at most|more than|less than|fewer than|up to|over|under|about|around|nearly|almost|roughly|some)\b/i;

const contentWords = (text: string) => new Set((text.toLowerCase().match(/[a-z’']+|\d(?:[\d,.]*\d)?/g) ?? []).filter((w) => !STOP.has(w)));

function actions(text: string): Set<string> {
  return new Set(
    tagged(text)
      .filter((t) => t.tags?.includes("Verb") && !t.tags.includes("Particle") && !LIGHT_VERB.test(t.text))
      .map((t) => t.text.toLowerCase()),
  );
}

/** The first of two neighbouring condition sentences given the second's outcome, as a false statement; null unless plainly false. */
export function makeConditionSwap(sentence: Sentence, next: Sentence | undefined, articleText: string): GeneratedQuestion | null {
  if (!next) return null;
  const one = CONDITION.exec(sentence.text);
  const two = CONDITION.exec(next.text);
  if (!one || !two || one[1] !== two[1]) return null;
  const [, opener, ifOne, thenOne] = one as unknown as [string, string, string, string];
  const [, , ifTwo, thenTwo] = two as unknown as [string, string, string, string];
  // One thing under both conditions: the conditions open with the same subject, which is no pronoun.
  const subject = (text: string) => text.split(" ").slice(0, 2).join(" ").toLowerCase();
  if (POINTER.test(ifOne) || subject(ifOne) !== subject(ifTwo)) return null;
  if (SHARED_OR_HEDGED.test(thenOne) || SHARED_OR_HEDGED.test(thenTwo) || SHARED_OR_HEDGED.test(ifTwo)) return null;
  // Different outcomes of one action: a verb in both, and each with a word the other lacks ("glows" against "glows
  // dimly" is one outcome told more closely, and both may hold).
  const [a, b] = [actions(thenOne), actions(thenTwo)];
  const [wordsOne, wordsTwo] = [contentWords(thenOne), contentWords(thenTwo)];
  const apart = (x: Set<string>, y: Set<string>) => [...x].some((w) => !y.has(w));
  if (![...a].some((v) => b.has(v)) || !apart(wordsOne, wordsTwo) || !apart(wordsTwo, wordsOne)) return null;
  // The leftovers must exclude each other ("stays open" against "stays shut"): "floods the marsh" against "reaches the
  // road" may both hold. And one outcome only adding a conjunct ("flows …, and the pipe") may be the other told more fully.
  const leftOne = [...wordsOne].filter((w) => !wordsTwo.has(w));
  const leftTwo = [...wordsTwo].filter((w) => !wordsOne.has(w));
  if (!exclusive(leftOne, leftTwo) || / and /.test(thenOne) !== / and /.test(thenTwo)) return null;
  if (!exclusive(leftOne.filter((w) => !NUMBER.test(w)), leftTwo) && (BOUND.test(thenOne) || BOUND.test(thenTwo))) return null;
  const statement = `${opener} ${ifOne}, ${thenTwo}.`;
  if (dangles(statement) || articleText.includes(statement.slice(0, -1))) return null;
  const at = sentence.start + sentence.text.lastIndexOf(thenOne);
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start: at, end: at + thenOne.length }),
    keyKind: "statement",
    confidence: 0.72,
  });
}
