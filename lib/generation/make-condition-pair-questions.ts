import { tagWords } from "./find-spans";
import { OPPOSITE } from "./make-statements";
import { dangles } from "./question-stems";
import { multipleChoiceQuestion, sourceIn } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * Two neighbouring sentences that tell one thing's outcome under opposite actions ("When the keeper lifts the gate, the
 * pond gets shallower. When the keeper drops the gate, the pond gets deeper."): the first asked as "When the keeper lifts
 * the gate, what happens to the pond?", with the first outcome as the key and the second outcome as a wrong option. The
 * article itself settles both: the actions are opposites, so the second outcome belongs to the other action, and the
 * outcome "stays the same" is neither. An action told by a pronoun ("When it raises the fee, …") is asked in the passive
 * ("When the fee is raised"), the thing acted on named as fully as the sentence before names it.
 */

// Opposite actions, each as [third-person singular, plural, past participle].
type Forms = [string, string, string];
const ACTIONS: [Forms, Forms][] = [
  [["raises", "raise", "raised"], ["lowers", "lower", "lowered"]],
  [["increases", "increase", "increased"], ["decreases", "decrease", "decreased"]],
  [["increases", "increase", "increased"], ["reduces", "reduce", "reduced"]],
  [["increases", "increase", "increased"], ["cuts", "cut", "cut"]],
  [["adds", "add", "added"], ["removes", "remove", "removed"]],
  [["heats", "heat", "heated"], ["cools", "cool", "cooled"]],
  [["widens", "widen", "widened"], ["narrows", "narrow", "narrowed"]],
  [["tightens", "tighten", "tightened"], ["loosens", "loosen", "loosened"]],
  [["strengthens", "strengthen", "strengthened"], ["weakens", "weaken", "weakened"]],
  [["lengthens", "lengthen", "lengthened"], ["shortens", "shorten", "shortened"]],
  [["opens", "open", "opened"], ["closes", "close", "closed"]],
];

/** The participle of the first action when the two words are an opposite pair (either way round); null otherwise. */
function opposite(one: string, two: string): string | null {
  for (const [a, b] of ACTIONS) {
    for (const [x, y] of [[a, b], [b, a]] as [Forms, Forms][]) {
      const i = x.indexOf(one);
      if (i >= 0 && i < 2 && y[i] === two) return x[2];
    }
  }
  return null;
}

// "When <doer> <action> <thing>, <outcome>[, or ; or which …]." (the doer a few words, the thing a plain noun phrase).
const PAIR_SENTENCE = /^(When|If) ((?:the |a |an )?[a-z]+(?: [a-z]+)?) ([a-z]+) ((?:the|its|their) [a-z]+(?: [a-z]+){0,2}), ([^,;]{6,80})(?:[,;] .*)?\.$/i;
// The outcome: "<thing> becomes/gets <a few words>" or "<thing> rises/falls …" (a change, so "stays the same" is wrong), the
// thing named (no pronoun), the words no hedge.
const CHANGE = "rises|rise|falls|fall|increases|increase|decreases|decrease|grows|grow|shrinks|shrink|expands|expand|contracts|contract|goes up|go up|goes down|go down|speeds up|speed up|slows down|slow down";
const OUTCOME = new RegExp(`^((?:the |a |an )?[a-z]+(?: [a-z]+){0,2}) (?:(becomes|become|gets|get|grows|grow|turns|turn) ([a-z]+(?: [a-z]+){0,2})|(${CHANGE}))$`);
// A change upward; the other change verbs go down.
const UP = /^(?:rises|rise|increases|increase|grows|grow|expands|expand|goes up|go up|speeds up|speed up)$/;
// "cheaper", "more costly", "less deep": a comparison, which two opposite actions turn in opposite ways.
const COMPARATIVE = /^(?:(?:more|less) [a-z]+|[a-z]{3,}er)$/;
const PRONOUN = /^(?:it|they|this|these|that|those|he|she|we|you|there)$/i;
const HEDGE = /\b(?:not|no|never|may|might|can|could|sometimes|often|usually|also|too|still|either|both|same|slightly|rarely)\b/i;
const UNSURE_DOER = /\b(?:not|no|never|may|might|can|could|sometimes|often|usually|also|too|still)\b/i;

/** "When the keeper lifts the gate, what happens to the pond?" from the first of two opposite-action sentences; null unless sure. */
export function makeConditionPairQuestion(sentence: Sentence, next: Sentence | undefined, previous: Sentence | undefined, random: () => number): GeneratedQuestion | null {
  if (!next || next.section !== sentence.section) return null;
  // (Asked of every sentence: the next one is read only when this one has the shape.)
  const one = PAIR_SENTENCE.exec(sentence.text);
  if (!one) return null;
  const two = PAIR_SENTENCE.exec(next.text);
  if (!two || one[1] !== two[1]) return null;
  const [, opener, doer, action, thing, outcome] = one as unknown as [string, string, string, string, string, string];
  const [, , doerTwo, actionTwo, thingTwo, outcomeTwo] = two as unknown as [string, string, string, string, string, string];
  // One doer acting on one thing, the two actions opposites.
  if (doer.toLowerCase() !== doerTwo.toLowerCase() || thing.toLowerCase() !== thingTwo.toLowerCase() || UNSURE_DOER.test(doer)) return null;
  const participle = opposite(action.toLowerCase(), actionTwo.toLowerCase());
  if (!participle) return null;
  const a = OUTCOME.exec(outcome);
  const b = OUTCOME.exec(outcomeTwo);
  if (!a || !b || a[1]!.toLowerCase() !== b[1]!.toLowerCase() || a[2] !== b[2] || !a[4] !== !b[4]) return null;
  // A change verb stands alone ("It rises"); a linking verb keeps its words ("It becomes cheaper").
  const subject = a[1]!;
  const [link, written, other] = a[4] ? ["", a[4], b[4]!] : [a[2]!, a[3]!, b[3]!];
  // The outcomes must differ in every word that is not shared ("more expensive" against "cheaper"), and none may be hedged.
  if (PRONOUN.test(subject.split(" ")[0]!) || HEDGE.test(outcome) || HEDGE.test(outcomeTwo) || written === other) return null;
  if (endsOnAdverb(sentence, outcome, subject)) return null;
  const wordsA = new Set(written.split(" "));
  if (other.split(" ").every((w) => wordsA.has(w)) || written.split(" ").every((w) => other.split(" ").includes(w))) return null;
  // Only outcomes the article sets against each other settle the wrong option: "full" after opening says nothing of "calm".
  if (a[4] ? UP.test(written) === UP.test(other) : !opposed(written, other)) return null;
  const condition = PRONOUN.test(doer) ? passive(thing, participle, previous) : `${doer.replace(/^(?:The|A|An) /, (d) => d.toLowerCase())} ${action} ${thing}`;
  if (!condition) return null;
  const many = !/s$/.test((link || written).split(" ")[0]!);
  const pronoun = many ? "They" : "It";
  const said = (words: string) => `${pronoun} ${link ? `${link} ` : ""}${words}`;
  const prompt = `${opener} ${condition}, what happens to ${subject.replace(/^(?:The|A|An) /, (d) => d.toLowerCase())}?`;
  if (dangles(prompt)) return null;
  const at = sentence.text.indexOf(written, sentence.text.indexOf(outcome));
  const source = sourceIn(sentence, { start: sentence.start + at, end: sentence.start + at + written.length });
  return multipleChoiceQuestion(
    { prompt, key: said(written), others: [said(other), `${pronoun} ${many ? "stay" : "stays"} the same`], source, keyKind: "direction", confidence: 0.74 },
    random,
  );
}

/**
 * "the rate is raised", with the thing named as the sentence before names it ("a base lending rate" -> "the base lending
 * rate"); null when the thing is plural or its own words are all it has and the sentence before does not name it.
 */
function passive(thing: string, participle: string, previous: Sentence | undefined): string | null {
  const head = thing.split(" ").at(-1)!;
  if (/s$/.test(head) || !previous) return null;
  const named = new RegExp(`\\b(?:a|an|the) ((?:[a-z]+ ){0,2}${head})\\b`, "i").exec(previous.text);
  if (!named) return null;
  return `the ${named[1]!.toLowerCase()} is ${participle}`;
}

/**
 * Two outcomes set against each other: an opposite pair among their words ("faster" / "slower"), two comparisons
 * ("more costly" / "cheaper"), or comparisons in every word they do not share ("wider and colder" / "narrower and warmer").
 */
function opposed(one: string, two: string): boolean {
  const [wordsOne, wordsTwo] = [one.split(" "), two.split(" ")];
  if (wordsOne.some((w) => wordsTwo.includes(OPPOSITE.get(w) ?? ""))) return true;
  if (COMPARATIVE.test(one) && COMPARATIVE.test(two)) return true;
  const [onlyOne, onlyTwo] = [wordsOne.filter((w) => !wordsTwo.includes(w)), wordsTwo.filter((w) => !wordsOne.includes(w))];
  return [...onlyOne, ...onlyTwo].every((w) => /^[a-z]{3,}er$/.test(w));
}

// Words of time or degree that are no part of a thing's name ("prices soon rise").
const NOT_A_NOUN = /^(?:soon|often|then|now|still|just|even|quickly|slowly|again|always|seldom)$/;

/**
 * "borrowing generally becomes cheaper": the outcome's subject read up to its verb takes in an adverb, which would stand
 * in the question ("what happens to borrowing generally?") and is often a hedge ("probably", "likely"). A word in -ly
 * counts unless the tagger reads it as a noun ("the family", "the money supply").
 */
function endsOnAdverb(sentence: Sentence, outcome: string, subject: string): boolean {
  const last = subject.split(" ").at(-1)!;
  if (NOT_A_NOUN.test(last)) return true;
  if (!/ly$/.test(last) || !subject.includes(" ")) return false;
  const end = sentence.text.indexOf(outcome) + subject.length;
  return !tagWords(sentence.text).some((w) => w.end === end && w.tags.includes("Noun"));
}
