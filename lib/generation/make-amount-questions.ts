import { isPlural } from "./check-options";
import { dangles } from "./question-stems";
import { multipleChoiceQuestion, sourceIn } from "./question-parts";
import { CONDITION_OPENER, DOWN_VERBS, endsInAdverb, HEDGED, holdsVerb, RULE_INTRO, UP_VERBS } from "./rule-words";
import type { GeneratedQuestion, Sentence } from "./types";
import { verbsAs } from "./verb-forms";

/**
 * Rules whose outcome is an amount that grows or shrinks, asked "how much / how
 * often / how fast": "By the rule of the fair, when the cost of wool goes up,
 * weavers will spin more of it" -> "…, how much of it will weavers spin?" (More /
 * Less / The same amount); "The warmer the pond, the faster its frogs croak" -> "As
 * the pond gets warmer, how fast do its frogs croak?" (Faster / Slower / At the same speed).
 * The wrong options are the other ways the amount could go, so none is true by the
 * article; only a condition that is itself a change, and a plain subject and verb.
 */

// A condition that is a change: something rises or falls, is heated or cooled.
const CHANGE = new RegExp(`\\b(?:${UP_VERBS}|${DOWN_VERBS}|is (?:heated|cooled|warmed)|are (?:heated|cooled|warmed)|gets? (?:hotter|colder|warmer|bigger|smaller|heavier|lighter))\\b`);
// Comparatives of a cause ("the higher the tide climbs", "the warmer the pond").
const CAUSE_WORD = /^(?:higher|lower|hotter|colder|warmer|cooler|heavier|lighter|bigger|smaller|larger|stronger|weaker|longer|shorter|faster|slower|greater|deeper|older|wider)$/;

type Measure = "much" | "many" | "often" | "fast";

const OPTIONS: Record<Measure, { up: string; down: string; same: string }> = {
  much: { up: "More", down: "Less", same: "The same amount" },
  many: { up: "More", down: "Fewer", same: "The same number" },
  often: { up: "More often", down: "Less often", same: "Just as often" },
  fast: { up: "Faster", down: "Slower", same: "At the same speed" },
};

/** "more"/"less"/"more often"/"faster" … (with "of them", a number) -> which measure and which way; null for any other word. */
function measureOf(word: string, ofIt: string | undefined): { measure: Measure; up: boolean } | null {
  const w = word.toLowerCase();
  if (/^(?:more|less|fewer)$/.test(w) && / them$/.test(ofIt ?? "")) return { measure: "many", up: w === "more" };
  if (w === "more" || w === "less") return { measure: "much", up: w === "more" };
  if (w === "more often" || w === "less often") return { measure: "often", up: w === "more often" };
  if (w === "faster" || w === "slower" || w === "more quickly" || w === "more slowly") return { measure: "fast", up: w === "faster" || w === "more quickly" };
  return null;
}

/** The subject's head noun is singular ("the demand for jerseys" -> "demand"; "its particles" is not). */
function singular(subject: string): boolean {
  const head = subject.replace(/^(?:the|its|their|a|an) /, "").split(/ (?:of|for|in|on|at|to|from|with) /)[0]!.trim();
  return !isPlural(head);
}

/** "will make" -> "will firms make"; "move" -> "do its particles move"; null when the verb will not turn surely. */
function askedVerb(subject: string, modal: string | undefined, verbPhrase: string): string | null {
  if (modal) return `${modal} ${subject} ${verbPhrase}`;
  const [verb, ...rest] = verbPhrase.split(" ");
  // The verb's own form says the subject's number ("its fish swim"), where a noun's ending may not.
  if (/[^s]s$/.test(verb!)) {
    const base = verbsAs(`it ${verb}`, "infinitive");
    if (!/^[a-z]+$/.test(base) || base === verb || !singular(subject)) return null;
    return ["does", subject, base, ...rest].join(" ");
  }
  return ["do", subject, verb, ...rest].join(" ");
}

/**
 * What an "of it/them" stands for must be named in the rule's condition, as the noun after "of" or "for" and in the
 * pronoun's number ("when the price of salt goes up, … more of it"): a pronoun for a thing of the sentence before
 * would dangle in the question ("how much of them will bakers sell?").
 */
function ofItNamed(ofIt: string | undefined, condition: string): boolean {
  if (!ofIt) return true;
  const many = / them$/.test(ofIt);
  return [...condition.matchAll(/\b(?:of|for) (?:a |an |the )?([a-z]+)\b/g)].some((m) => isPlural(m[1]!) === many);
}

/** "how much of it", "how many of them", "how often", "how fast". */
function howOf(measure: Measure, ofIt: string | undefined): string {
  if (measure === "much" || measure === "many") return `how ${measure}${ofIt ? ` ${ofIt.trim()}` : ""}`;
  return `how ${measure}`;
}

function amountQuestion(prompt: string, word: string, ofIt: string | undefined, sentence: Sentence, at: number, random: () => number): GeneratedQuestion | null {
  const way = measureOf(word, ofIt);
  if (!way || at < 0) return null;
  const set = OPTIONS[way.measure];
  const key = way.up ? set.up : set.down;
  const source = sourceIn(sentence, { start: sentence.start + at, end: sentence.start + at + word.length });
  return multipleChoiceQuestion({ prompt, key, others: [way.up ? set.down : set.up, set.same], source, keyKind: "direction", confidence: 0.74 }, random);
}

// A plain subject: a few lower-case words, with a leading determiner or none ("companies", "the particles", "its particles").
// Neither word is a pronoun ("workers it" + "needs" is an object and its subject), nor a determiner standing alone.
const PRONOUN = "it|they|he|she|we|you";
const SUBJECT = `((?:the |its |their |a |an )?(?!(?:the|its|their|a|an|${PRONOUN})\\b)[a-z]+(?: (?!(?:will|would|can|${PRONOUN})\\b)[a-z]+)?)`;
const MODAL = "(?:(will|would|can) )?";
// A verb, a "want to" verb, and an object of a few words or none.
const VERB_PHRASE = "([a-z]+(?: to [a-z]+)?(?: (?:the|a|an|its|their) [a-z]+)?)";

// "By the rule of the fair, when the cost of wool goes up, weavers will spin more of it."
const RULE = new RegExp(`^${RULE_INTRO}(${CONDITION_OPENER} [^,]{3,90}), ${SUBJECT} ${MODAL}${VERB_PHRASE} (more|less|fewer) (of (?:it|them))\\.$`);
// "…, the gulls will dive more often." / "…, the cart will roll faster."
const RULE_HOW = new RegExp(`^${RULE_INTRO}(${CONDITION_OPENER} [^,]{3,90}), ${SUBJECT} ${MODAL}${VERB_PHRASE} (more often|less often|faster|slower|more quickly|more slowly)\\.$`);
// "The warmer the pond, the faster its frogs croak." / "…, the higher the tide climbs, the less of it the crabs can reach."
// (The longer words first: "the more often hens lay" is "more often", not "more" with "often hens".)
const CORRELATIVE = new RegExp(`^${RULE_INTRO}[Tt]he ([a-z]+er) (the [a-z]+(?: of (?:a |an |the )?[a-z]+)?)(?: ([a-z]+s))?, the (more often|less often|more|less|fewer|faster|slower)( of (?:it|them))? ${SUBJECT} ${MODAL}${VERB_PHRASE}\\.$`);

// A subject's second word may be a degree word or an adverb ("traders rarely" + "buy more of it"): no plain amount. Or
// the verb itself ("the cart moves" + "uphill"): no thing to ask about.
const hedgedDoer = (subject: string, verbPhrase: string) => HEDGED.test(`${subject} ${verbPhrase}`) || endsInAdverb(subject) || holdsVerb(subject, `${subject} ${verbPhrase}`);

const lead = (intro: string | undefined) => (intro ? `${intro}, ` : "");
const opening = (intro: string | undefined, clause: string) => (intro ? clause.charAt(0).toLowerCase() : clause.charAt(0).toUpperCase()) + clause.slice(1);

/** A rule's amount outcome asked as "how much / how often / how fast", or null when the sentence is not one surely. */
export function makeAmountQuestion(sentence: Sentence, random: () => number): GeneratedQuestion | null {
  const text = sentence.text;
  // The rule's shape first: few sentences have it, and the dangling check tags the sentence.
  const rule = RULE.exec(text) ?? RULE_HOW.exec(text);
  const correlative = rule ? null : CORRELATIVE.exec(text);
  if (!rule && !correlative) return null;
  // (An "of it/them" is checked against the condition below, so the dangling check leaves it out.)
  if (/\b(?:not|no|never|than)\b/i.test(text) || dangles(text.replace(/\b(?:of|on|for) (?:it|them)\b/g, ""))) return null;
  if (rule) {
    const [, intro, condition, subject, modal, verbPhrase, word, ofIt] = rule as unknown as [string, string | undefined, string, string, string | undefined, string, string, string | undefined];
    // The condition must be a change of its own, not a pronoun's ("when it does").
    if (!CHANGE.test(condition) || /^\w+ (?:it|they|this|these)\b/i.test(condition) || /^(?:it|they|this|these)$/i.test(subject) || hedgedDoer(subject, verbPhrase)) return null;
    const asked = askedVerb(subject, modal, verbPhrase);
    const measure = measureOf(word, ofIt)?.measure;
    if (!asked || !measure || !ofItNamed(ofIt, condition)) return null;
    return amountQuestion(`${lead(intro)}${opening(intro, condition)}, ${howOf(measure, ofIt)} ${asked}?`, word, ofIt, sentence, text.lastIndexOf(word), random);
  }
  const [, intro, causeWord, causeNoun, causeVerb, word, ofIt, subject, modal, verbPhrase] = correlative as unknown as [string, string | undefined, string, string, string | undefined, string, string | undefined, string, string | undefined, string];
  if (!CAUSE_WORD.test(causeWord) || /^(?:it|they|this|these)$/i.test(subject) || hedgedDoer(subject, verbPhrase)) return null;
  // A bare "more" before a subject with no determiner may be the subject's own ("the more cars fill its streets" is more
  // cars, not cars filling more): only "the more the dogs drink" surely tells how much.
  if (/^(?:more|less|fewer)$/.test(word) && !ofIt && !/^(?:the|its|their) /.test(subject)) return null;
  const asked = askedVerb(subject, modal, verbPhrase);
  const measure = measureOf(word, ofIt)?.measure;
  if (!asked || !measure || !ofItNamed(ofIt, causeNoun)) return null;
  // "the higher the tide climbs" -> "as the tide climbs higher"; "the warmer the pond" -> "as the pond gets warmer".
  const gets = singular(causeNoun) ? "gets" : "get";
  const cause = causeVerb ? `${causeNoun} ${causeVerb} ${causeWord}` : `${causeNoun} ${gets} ${causeWord}`;
  const at = text.indexOf(`, the ${word}`) + 6;
  return amountQuestion(`${lead(intro)}${intro ? "as" : "As"} ${cause}, ${howOf(measure, ofIt)} ${asked}?`, word, ofIt, sentence, at, random);
}
