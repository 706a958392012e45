import { dangles } from "./question-stems";
import { makeOppositeStatement } from "./make-statements";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise, multipleChoiceQuestion, sourceIn, statementQuestion } from "./question-parts";
import { CONDITION_OPENER, DOWN_VERBS, endsInAdverb, HEDGED, holdsVerb, MORE_OPPOSITES, NAMES_RULE, RULE_INTRO, UP_VERBS } from "./rule-words";

/**
 * Rules with a direction, as explanatory articles state them:
 * "When rainfall rises while the soil stays the same, the run-off will grow." becomes
 * "When rainfall rises while the soil stays the same, what happens to the run-off?"
 * (It rises / It falls / It stays the same); and a statement with its outcome
 * turned round ("…, companies will build less of it", "the heavier the load,
 * the smaller the change") as a false statement, checked against the whole
 * article. Only sentences whose condition and outcome parse surely.
 */

const RISES = new RegExp(`^(?:${UP_VERBS})$`);
// "When rainfall rises while the soil stays the same, the run-off will grow."
const RULE = new RegExp(`^(?:([A-Z][^,]{0,40}), )?(${CONDITION_OPENER} [^,]{3,90}), ((?:the|its|a|an) [a-z][\\w'’ ]{1,50}?) (will |would |tends to |usually |)(${UP_VERBS}|${DOWN_VERBS})\\.$`);
const OPENER = /^(?:for instance|for example|in general|usually|generally|thus|so|then|likewise|similarly)$/i;

const TURN: [string, string][] = [
  ["more", "less"],
  ["fewer", "more"],
  ["higher", "lower"],
  ["bigger", "smaller"],
  ["larger", "smaller"],
  ["stronger", "weaker"],
  ["faster", "slower"],
  ["greater", "smaller"],
  ["longer", "shorter"],
  ["warmer", "colder"],
  ["hotter", "colder"],
  ["heavier", "lighter"],
  ["easier", "harder"],
  ["up", "down"],
  ["upward", "downward"],
  ["rise", "fall"],
  ["rises", "falls"],
  ["increase", "decrease"],
  ["increases", "decreases"],
];
const OPPOSITE = new Map(TURN.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]));
// Fewer is turned to more, but "more" always turns to "less" (the first pair wins).
OPPOSITE.set("more", "less");

/** The subject's head noun ("the demand for its jerseys" -> "demand") is singular. */
function singular(subject: string): boolean {
  const head = subject.split(/ (?:of|for|in|on|at|to|from|with) /)[0]!.trim();
  return !/(?:[^su]s|people|children)$/i.test(head);
}

function option(direction: "up" | "down" | "same", modal: string, one: boolean): string {
  const pronoun = one ? "It" : "They";
  if (modal === "would ") return `${pronoun} would ${direction === "up" ? "go up" : direction === "down" ? "go down" : "stay the same"}`;
  if (direction === "same") return `${pronoun} ${one ? "stays" : "stay"} the same`;
  return `${pronoun} ${direction === "up" ? (one ? "rises" : "rise") : one ? "falls" : "fall"}`;
}

/** "When supply rises …, what happens to the price?" with rises / falls / stays the same. */
export function makeDirectionQuestion(sentence: Sentence, random: () => number): GeneratedQuestion | null {
  const m = RULE.exec(sentence.text);
  if (!m || (m[1] && !OPENER.test(m[1]) && !NAMES_RULE.test(m[1])) || dangles(sentence.text)) return null;
  // "For instance, if a team won, demand for its shirts would go up": an example's outcome is common sense, not the rule it
  // illustrates (judged trivia in round 6).
  if (m[1] && /^for (?:instance|example)$/i.test(m[1])) return null;
  const [, intro, condition, subject, modal, verb] = m as unknown as [string, string | undefined, string, string, string, string];
  if (/\b(?:not|no|never)\b/i.test(sentence.text) || /\b(?:it|they|this|these|its)\b/i.test(condition.split(" ").slice(1, 3).join(" "))) return null;
  // The lazy subject takes in a degree word or an adverb before the verb ("the price rarely" + "rises"): not a plain rise.
  // Nor is a clause a thing ("the river floods and the lake").
  if (HEDGED.test(subject) || endsInAdverb(subject) || holdsVerb(subject)) return null;
  const direction = RISES.test(verb) ? "up" : "down";
  const one = singular(subject.replace(/^(?:the|its|a|an) /, "")) && !/ and /.test(subject);
  // The article's own verb, where no modal stands before it, says the subject's number: a subject of the other was misread.
  if ((modal === "" || modal === "usually ") && one !== /^[a-z]+s\b/.test(verb)) return null;
  const lead = intro && NAMES_RULE.test(intro) ? `${intro}, ` : "";
  const cond = lead ? condition.charAt(0).toLowerCase() + condition.slice(1) : capitalise(condition);
  const prompt = `${lead}${cond}, what ${modal === "would " ? "would happen" : "happens"} to ${subject}?`;
  const key = option(direction, modal, one);
  const at = sentence.text.lastIndexOf(verb);
  // A rule stated in so many words, asked in its own terms: the parse is narrow and sure.
  return directionQuestion(prompt, key, [option(direction === "up" ? "down" : "up", modal, one), option("same", modal, one)], sentence, at, verb.length, 0.76, random);
}

/**
 * A false statement with the outcome of a stated rule turned round, where the
 * plain opposite-word rule does not reach: "Under the law of supply, when the
 * fare rises, the ferry lines will run more of them" (a "more" after a condition),
 * "The heavier the load, the slower the cart" (a "the …er, the …er" rule).
 */
export function makeTurnedRule(sentence: Sentence, articleText: string): GeneratedQuestion | null {
  const text = sentence.text;
  // (The rule's own shape first: few sentences have it, and the checks after it parse the sentence.)
  const correlative = TURNED_CORRELATIVE.exec(text);
  const rule = TURNED_RULE.exec(text);
  if (!correlative && !rule) return null;
  if (makeOppositeStatement(sentence, articleText, true) || dangles(sentence.text) || /\b(?:not|no|never|than)\b/i.test(sentence.text)) return null;
  let at = -1;
  let word = "";
  // The outcome's own clause, from the comma before it to its end.
  let outcome = "";
  if (correlative && OPPOSITE.has(correlative[2]!) && OPPOSITE.has(correlative[1]!)) {
    word = correlative[2]!;
    at = correlative.index + correlative[0].length - word.length;
    outcome = text.slice(at).split(/[,;.]/)[0]!;
  } else {
    if (!rule) return null;
    word = rule[1]!;
    at = rule.index + rule[0].lastIndexOf(` ${word} `) + 1;
    outcome = rule[0].slice(rule[0].lastIndexOf(", ") + 2);
  }
  // "more of them" turns to "fewer of them", as a count is said.
  const turned = / of them\b/.test(text.slice(at + word.length, at + word.length + 9)) && word === "more" ? "fewer" : OPPOSITE.get(word.toLowerCase());
  // "will rarely buy more" turned is "will rarely buy less", which the article does not deny ("more often" is a measure).
  if (!turned || HEDGED.test(outcome.replace(/\b(?:more|less) often\b/gi, ""))) return null;
  const statement = text.slice(0, at) + turned + text.slice(at + word.length);
  if (articleText.includes(statement.replace(/[.!]$/, ""))) return null;
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start: sentence.start + at, end: sentence.start + at + word.length }),
    keyKind: "direction",
    confidence: 0.72,
  });
}

// "the heavier the load, the bigger …" / "…, the higher the price climbs, the less of it …"
const TURNED_CORRELATIVE = /(?:^|, )[Tt]he ([a-z]+er|more|less) [^,]{2,60}, the ([a-z]+er|more|less|fewer)\b/;
// "…, when the fare rises, the ferry lines will run more of them."
const TURNED_RULE = new RegExp(`\\b(?:when|if|as) [^,]{3,80}\\b(?:${UP_VERBS}|${DOWN_VERBS})\\b[^,]*, [a-z][\\w ]{2,40}? (?:will|would) [a-z]+(?: [a-z]+){0,3}? (more|less|fewer) (?:of )?[a-z]+\\b`, "i");

// "The heavier the load, the slower the cart moves uphill." (both sides plain: "the <comparative> the <noun phrase>")
const CORRELATIVE = new RegExp(`^${RULE_INTRO}[Tt]he ([a-z]+er) (the [a-z]+(?: of (?:a |an |the )?[a-z]+)?), the ([a-z]+er) (the [a-z]+(?: [a-z]+){0,3})\\.$`);

/** "As the force gets stronger, what happens to the change in motion?" with bigger / smaller / stays the same. */
export function makeCorrelativeQuestion(sentence: Sentence, random: () => number): GeneratedQuestion | null {
  const m = CORRELATIVE.exec(sentence.text);
  if (!m) return null;
  const [, intro, cause, causeNoun, effect, effectNoun] = m as unknown as [string, string | undefined, string, string, string, string];
  const turned = OPPOSITE.get(effect);
  // "the slower the cart moves uphill" has a verb after its thing: not the plain noun phrase asked about.
  if (!OPPOSITE.has(cause) || !turned || holdsVerb(effectNoun)) return null;
  const one = singular(effectNoun.replace(/^the /, ""));
  const gets = one ? "gets" : "get";
  const pronoun = one ? "It" : "They";
  const prompt = `${intro ? `${intro}, as` : "As"} ${causeNoun} ${singular(causeNoun.replace(/^the /, "")) ? "gets" : "get"} ${cause}, what happens to ${effectNoun}?`;
  const key = `${pronoun} ${gets} ${effect}`;
  const at = sentence.text.lastIndexOf(` ${effect} `) + 1;
  return directionQuestion(prompt, key, [`${pronoun} ${gets} ${turned}`, `${pronoun} ${one ? "stays" : "stay"} the same`], sentence, at, effect.length, 0.74, random);
}

/** Which way the outcome moves: the key and the other two ways as options, bound to the outcome's word in the sentence. */
function directionQuestion(prompt: string, key: string, others: string[], sentence: Sentence, at: number, length: number, confidence: number, random: () => number): GeneratedQuestion {
  const source = sourceIn(sentence, { start: sentence.start + at, end: sentence.start + at + length });
  return multipleChoiceQuestion({ prompt, key, others, source, keyKind: "direction", confidence }, random);
}

// A degree word and its comparative ("high" -> "higher"); the comparative stands for itself.
const DEGREES: [string, string][] = [
  ["high", "higher"], ["low", "lower"], ["large", "larger"], ["small", "smaller"], ["big", "bigger"], ["long", "longer"],
  ["short", "shorter"], ["strong", "stronger"], ["weak", "weaker"], ["loud", "louder"], ["quiet", "quieter"], ["deep", "deeper"],
  ["fast", "faster"], ["slow", "slower"], ["heavy", "heavier"], ["thick", "thicker"], ["thin", "thinner"], ["warm", "warmer"],
  ["hot", "hotter"], ["cold", "colder"], ["wide", "wider"], ["narrow", "narrower"],
];
const COMPARATIVE = new Map(DEGREES.flatMap(([plain, more]) => [[plain, more], [more, more]] as [string, string][]));
const DEGREE_WORD = [...COMPARATIVE.keys()].join("|");
const TURNED_DEGREE = new Map([...MORE_OPPOSITES, ...OPPOSITE]);
// "A high note gives a high tone, …" / "A thicker wire has a lower resistance.": a degree of one thing paired with a degree of another.
const PAIRED_DEGREES = new RegExp(`^(?:A|An) (${DEGREE_WORD}) ([a-z]+) (?:produces|gives|creates|makes|means|has|brings) (?:a |an )?(${DEGREE_WORD}) ([a-z]+)(?=[,.]| and\\b)`);

/**
 * "A high tide brings a high swell, and a low tide a low one." -> "As the tide gets higher, what happens to the swell?"
 * (It gets higher / It gets lower / It stays the same): which way one quantity goes with another, read from a degree
 * word paired with a degree word, both with opposites the reader knows, and the cause's other degree told beside it.
 */
export function makePairedDegreeQuestion(sentence: Sentence, random: () => number): GeneratedQuestion | null {
  const m = PAIRED_DEGREES.exec(sentence.text);
  if (!m || /\b(?:not|no|never)\b/i.test(m[0])) return null;
  const [, causeWord, cause, effectWord, effect] = m as unknown as [string, string, string, string, string];
  const causeMore = COMPARATIVE.get(causeWord)!;
  const effectMore = COMPARATIVE.get(effectWord)!;
  const turned = TURNED_DEGREE.get(effectMore);
  // Only words whose turned forms the reader knows, and one plain thing on each side ("a high note", "a low tone").
  if (!TURNED_DEGREE.has(causeMore) || !turned || !singular(cause) || !singular(effect)) return null;
  // The other degree of the same thing told beside it, with the other degree of the outcome ("…, and a low tide a low one"):
  // a rule across degrees. Alone, "a warm front brings heavy rain" names a kind of front; "…, and a low temperature gives a
  // low yield too" says the outcome does not turn, so no way is the rule's.
  const otherCause = TURNED_DEGREE.get(causeMore)!;
  const bothForms = (more: string) => DEGREES.filter(([, m]) => m === more).map(([plain]) => plain).concat(more).join("|");
  const otherHalf = new RegExp(`\\b(?:${bothForms(otherCause)}) ${cause}\\b(?: [a-z]+){0,2} (?:an? )?(?:${bothForms(turned)}) (?:${effect}|one)\\b(?! too\\b| also\\b| as well\\b)`);
  if (!otherHalf.test(sentence.text.slice(m[0].length))) return null;
  const prompt = `As the ${cause} gets ${causeMore}, what happens to the ${effect}?`;
  const at = sentence.text.indexOf(` ${effectWord} ${effect}`) + 1;
  return directionQuestion(prompt, `It gets ${effectMore}`, [`It gets ${turned}`, "It stays the same"], sentence, at, effectWord.length, 0.74, random);
}
