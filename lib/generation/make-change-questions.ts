import { isPlural } from "./check-options";
import type { CauseFact } from "./make-cause-questions";
import { dangles } from "./question-stems";
import { capitalise, multipleChoiceQuestion, sourceIn } from "./question-parts";
import { CONDITION_OPENER, endsInAdverb, HEDGED, holdsVerb, RULE_INTRO } from "./rule-words";
import { lowerFirstWord } from "./why-question";
import type { GeneratedQuestion, KeyKind, Sentence } from "./types";

/**
 * What happens to a thing when something acts on it, where the article's outcome
 * is a change with a plain opposite: "A raft moves forward because the oars push
 * on the water" -> "What happens to a raft when the oars push on the water?" (It
 * moves forward / It moves backward / It stays still); "When the pump stops, the
 * float sinks" -> "…, what happens to the float?" (It sinks / It rises / It stays
 * at the same height). The wrong options are the other ways the thing
 * could change, so none is true by the article, and no other sentence is needed
 * to make them: most causes an explanatory article gives have no fellow causes
 * to stand beside them as options.
 */

/** One way a thing changes: the outcome as written (after the subject), its opposite, and staying as it was. */
interface Way {
  /** Third-person singular forms; {m} in the turned one stands for the words it keeps from the key ("a tiny bit", "becomes"). */
  key: RegExp;
  turned: string;
  steady: string;
}

// Each outcome is matched at the end of its clause (an "until …" after it is cut); the verb is the third-person singular.
const WAYS: Way[] = [
  { key: /^slows down$/, turned: "speeds up", steady: "keeps the same speed" },
  { key: /^speeds up$/, turned: "slows down", steady: "keeps the same speed" },
  { key: /^moves forwards?$/, turned: "moves backward", steady: "stays still" },
  { key: /^moves backwards?$/, turned: "moves forward", steady: "stays still" },
  { key: /^sinks$/, turned: "rises", steady: "stays at the same height" },
  { key: /^cools(?: down)?$/, turned: "warms up", steady: "stays at the same temperature" },
  { key: /^(?:warms|heats) up$/, turned: "cools down", steady: "stays at the same temperature" },
  { key: /^narrows$/, turned: "widens", steady: "stays the same width" },
  { key: /^widens$/, turned: "narrows", steady: "stays the same width" },
  { key: /^expands$/, turned: "shrinks", steady: "stays the same size" },
  { key: /^melts$/, turned: "freezes", steady: "stays as it is" },
  { key: /^freezes$/, turned: "melts", steady: "stays as it is" },
  { key: /^ends up ((?:a (?:tiny |little )?bit |slightly |much |a little )?)farther (?:away from each other|apart)$/, turned: "ends up {m}closer to each other", steady: "stays the same distance apart" },
  { key: /^moves ((?:slowly |gradually )?)apart$/, turned: "moves {m}closer together", steady: "stays the same distance apart" },
  { key: /^goes up$/, turned: "goes down", steady: "stays the same" },
  { key: /^goes down$/, turned: "goes up", steady: "stays the same" },
  { key: /^rises$/, turned: "falls", steady: "stays the same" },
  { key: /^falls$/, turned: "rises", steady: "stays the same" },
  { key: /^increases$/, turned: "decreases", steady: "stays the same" },
  { key: /^decreases$/, turned: "increases", steady: "stays the same" },
  { key: /^grows$/, turned: "shrinks", steady: "stays the same size" },
  { key: /^shrinks$/, turned: "grows", steady: "stays the same size" },
  { key: /^contracts$/, turned: "expands", steady: "stays the same size" },
  // "gets bigger", "becomes colder": the comparative turned.
  ...[
    ["bigger", "smaller"], ["larger", "smaller"], ["stronger", "weaker"], ["warmer", "colder"], ["hotter", "colder"], ["heavier", "lighter"],
    ["longer", "shorter"], ["wider", "narrower"], ["thicker", "thinner"], ["deeper", "shallower"],
  ].flatMap(([a, b]) => [
    { key: new RegExp(`^(gets|becomes) ${a}$`), turned: `{m} ${b}`, steady: "stays the same" },
    { key: new RegExp(`^(gets|becomes) ${b}$`), turned: `{m} ${a}`, steady: "stays the same" },
  ]),
];

// A singular verb form turned plural ("moves" -> "move", "goes" -> "go", "stays" -> "stay"), word by word where a verb stands.
const PLURAL_VERB: Record<string, string> = { slows: "slow", speeds: "speed", moves: "move", sinks: "sink", rises: "rise", cools: "cool", warms: "warm", heats: "heat", narrows: "narrow", widens: "widen", expands: "expand", shrinks: "shrink", melts: "melt", freezes: "freeze", ends: "end", goes: "go", stays: "stay", keeps: "keep", falls: "fall", increases: "increase", decreases: "decrease", grows: "grow", contracts: "contract", gets: "get", becomes: "become" };
const SINGULAR_VERB = new Map(Object.entries(PLURAL_VERB).map(([one, many]) => [many, one]));

/** "moves forward" said of a plural subject, or after a modal: "move forward", "would move forward" (one form in English). */
function inflect(phrase: string, one: boolean): string {
  if (one) return phrase;
  const [verb, ...rest] = phrase.split(" ");
  return [PLURAL_VERB[verb!] ?? verb, ...rest].join(" ");
}

export interface Outcome {
  /** The thing that changes, as the article names it ("a cart that is rolling", "Norway and Iceland"). */
  subject: string;
  plural: boolean;
  /** The key and the two other ways, as options ("It slows down", "It speeds up", "It keeps the same speed"). */
  key: string;
  others: [string, string];
  /** The outcome's words, where they sit in the clause. */
  at: number;
  length: number;
  modal: string | null;
}

const MODAL = /^(?:will|would) /;
const VERB_WORDS = new Set([...Object.keys(PLURAL_VERB), ...Object.values(PLURAL_VERB), "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would"]);

/**
 * A thing named by a few words with no verb of its own ("a cart that is rolling", "Norway and Iceland", "mud
 * cracks"), not a clause swallowed before the outcome ("the steam cools and the piston").
 */
function plainSubject(subject: string): boolean {
  const words = subject.split(" ");
  if (words.length > 7 || !/^(?:the|a|an|its|their)\b|^[A-Z]|^[a-z]+s\b/.test(subject) || /^(?:It|They|This|These|That|Those|He|She|There)\b/i.test(subject)) return false;
  // A verb only inside a relative clause ("that is rolling"): the listed verbs first, then any the tagger reads.
  if (!words.every((w, i) => !VERB_WORDS.has(w.toLowerCase()) || /^(?:that|which|who)$/i.test(words[i - 1] ?? ""))) return false;
  return !endsInAdverb(subject) && !holdsVerb(subject);
}

/** The subject's own number, by its head noun ("the water level in the locks" is one) or an "and" ("Norway and Iceland"). */
const namesMany = (subject: string) => / and /.test(subject) || isPlural(subject.split(/ (?:of|for|in|on|at|to|from|with|that|which|who) /)[0]!);
// A float that can sink can as well rise: "can" hedges a change.
const hedged = (text: string) => HEDGED.test(text) || /\b(?:can|could)\b/i.test(text);

/** A clause "<subject> [will|would] [slowly] <outcome> [until …]" read into its subject and the three ways; null when not sure. */
export function readOutcome(clause: string): Outcome | null {
  const plain = clause.replace(/[.,]$/, "").replace(/ until [^,]{3,80}$/, "");
  // The hedge is looked for in the whole clause: tried word by word, a longer subject would swallow it ("the price rarely").
  if (/[,;:()"“”]/.test(plain) || hedged(plain)) return null;
  const words = plain.split(" ");
  // The subject is a few words: the outcome begins at one of the words after it.
  for (let i = 1; i < Math.min(words.length, 9); i++) {
    let rest = words.slice(i).join(" ");
    const modal = MODAL.exec(rest)?.[0].trim() ?? null;
    if (modal) rest = rest.slice(modal.length + 1);
    const adverb = /^(?:slowly|quickly|gradually|soon|then) /.exec(rest)?.[0] ?? "";
    const outcome = rest.slice(adverb.length);
    const subject = words.slice(0, i).join(" ");
    // The article's verb says its subject's number ("rises" one, "rise" many); after a modal the subject's noun does.
    const verb = outcome.split(" ")[0]!;
    const plural = modal ? namesMany(subject) : SINGULAR_VERB.has(verb);
    // The table is in the singular.
    const singularOutcome = modal ? outcome.replace(/^(\w+)/, (v) => SINGULAR_VERB.get(v) ?? `${v}s`) : plural ? outcome.replace(/^(\w+)/, (v) => SINGULAR_VERB.get(v)!) : outcome;
    for (const way of WAYS) {
      const m = way.key.exec(singularOutcome);
      if (!m) continue;
      // A subject whose number the verb does not share was misread ("the river floods and the lake" + "rises").
      if (!plainSubject(subject) || (!modal && plural !== namesMany(subject))) return null;
      const one = !modal && !plural;
      const pronoun = plural ? "They" : "It";
      const lead = `${pronoun} ${modal ? `${modal} ` : ""}${adverb}`;
      const written = `${lead}${outcome}`;
      const turned = `${lead}${inflect(way.turned.replace("{m}", m[1] ?? ""), one)}`;
      const steady = `${pronoun} ${modal ? `${modal} ` : ""}${inflect(way.steady, one)}`;
      const at = clause.indexOf(outcome);
      return { subject, plural, key: written, others: [turned, steady], at, length: outcome.length, modal };
    }
  }
  return null;
}

function changeQuestion(prompt: string, outcome: Outcome, sentence: Sentence, clauseAt: number, keyKind: KeyKind, random: () => number): GeneratedQuestion | null {
  if (clauseAt < 0 || outcome.at < 0 || dangles(prompt)) return null;
  const start = sentence.start + clauseAt + outcome.at;
  const source = sourceIn(sentence, { start, end: start + outcome.length });
  return multipleChoiceQuestion({ prompt, key: outcome.key, others: outcome.others, source, keyKind, confidence: 0.74 }, random);
}

const lowerSubject = (subject: string) => (/^(?:The|A|An|Its|Their) /.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject);

/**
 * A reason or a result whose effect is a change with a plain opposite, asked as what happens to the thing: "X slows down
 * because Y" -> "What happens to X when Y?"; "S1. As a result, X ends up farther away" -> "S1 What happens to X as a result?".
 */
export function makeChangeFromCause(fact: CauseFact, sentences: Sentence[], random: () => number): GeneratedQuestion | null {
  if (fact.kind === "purpose" || !fact.effect || !fact.reason) return null;
  const sentence = sentences[fact.sentenceIndex]!;
  const outcome = readOutcome(fact.effect);
  if (!outcome || outcome.modal) return null;
  const subject = lowerSubject(outcome.subject);
  if (fact.kind === "reason") {
    // Only a reason told as a general rule, in the present: "when" keeps its sense.
    if (/\b(?:was|were|had|did)\b|[a-z]ed\b/.test(fact.reason) || hedged(fact.reason)) return null;
    const reason = fact.reason.replace(/^(?:the|a|an) /, (d) => d.toLowerCase());
    return changeQuestion(`What happens to ${subject} when ${reason}?`, outcome, sentence, sentence.text.toLowerCase().indexOf(fact.effect.toLowerCase()), "cause", random);
  }
  // A result: the cause is shown as the question's opening, as the cause question shows it.
  const stem = fact.question.replace(/ What (happens|happened) as a result\?$/, "");
  if (stem === fact.question) return null;
  return changeQuestion(`${stem} What happens to ${subject} as a result?`, outcome, sentence, sentence.text.toLowerCase().indexOf(fact.effect.toLowerCase()), "cause", random);
}

// "When the valve is shut, the steam cools and the piston sinks." (an opening "Under the second rule," kept).
const CONDITION_FIRST = new RegExp(`^${RULE_INTRO}(${CONDITION_OPENER} (?:[a-z]+, )?[^,]{3,90}), (.{6,200})\\.$`);
// "Mud cracks widen when the ground dries further."
const CONDITION_AFTER = /^([^,;:]{6,120}?) (when|whenever|if|once) ([^,;:]{4,100})\.$/;

/**
 * A rule whose outcome is a change with a plain opposite, asked as what happens: "When the valve is shut, the steam
 * slowly cools and the piston sinks" gives "…, what happens to the piston?" (and to the steam); "Mud cracks widen when
 * the ground dries" gives "When the ground dries, what happens to mud cracks?".
 */
export function makeConditionChanges(sentence: Sentence, articleText: string, random: () => number): GeneratedQuestion[] {
  const text = sentence.text;
  if (/\b(?:not|never|no)\b/i.test(text)) return [];
  const out: GeneratedQuestion[] = [];
  const first = CONDITION_FIRST.exec(text);
  const after = first ? null : CONDITION_AFTER.exec(text);
  if (!first && !after) return out;
  const intro = first?.[1];
  const condition = first ? first[2]! : `${after![2]} ${after![3]}`;
  // A condition that leans on the sentence before ("When they do", "If this happens") cannot open a question alone.
  // Nor is a linking phrase a condition ("As a result", "As a rule", "Once again").
  if (/^(?:as (?:a result|a rule|well|such|usual|before|always)|once (?:again|more))\b/i.test(condition) || /^\w+ (?:it|they|this|these|that|those|he|she|so)\b/i.test(condition) || dangles(condition) || /\b(?:may|might|perhaps|probably|possibly)\b/i.test(condition)) return out;
  const effect = first ? first[3]! : after![1]!;
  // The effect's clauses, each with its own subject ("the steam slowly cools", "the piston sinks").
  const clauses = effect.split(/,? and (?=(?:the|a|an|its|their) )/);
  // The condition's own thing, when it names one only ("As warm, moist air rises"): what an "it"/"they" opening the effect means.
  const conditionThing = /^\w+ ((?:the |a |an )?(?:[a-z]+, )?[a-z]+(?: [a-z]+)?) [a-z]+(?: [a-z]+){0,3}$/.exec(condition);
  const oneThing = conditionThing && !/\b(?:the|a|an|its|their)\b/.test(condition.split(" ").slice(2).join(" "));
  for (const clause of clauses) {
    const pronoun = /^(it|they) /i.exec(clause)?.[1]?.toLowerCase();
    let named = clause;
    let asked: string | null = null;
    if (pronoun) {
      if (!first || !oneThing || clause !== clauses[0]) continue;
      const plural = isPlural(conditionThing![1]!);
      if (plural !== (pronoun === "they")) continue;
      // Read with a stand-in subject, asked with the pronoun ("what happens to it?").
      named = `the thing${plural ? "s" : ""} ${clause.slice(pronoun.length + 1)}`;
      asked = pronoun === "it" ? "it" : "them";
    }
    const outcome = readOutcome(named);
    if (!outcome) continue;
    const subject = asked ?? lowerFirstWord(outcome.subject, articleText);
    const happens = outcome.modal === "would" ? "would happen" : "happens";
    const cond = intro ? condition.charAt(0).toLowerCase() + condition.slice(1) : capitalise(condition);
    const prompt = `${intro ? `${intro}, ` : ""}${cond}, what ${happens} to ${subject}?`;
    const shift = pronoun ? clause.length - named.length : 0;
    const clauseAt = text.indexOf(clause);
    const q = changeQuestion(prompt, { ...outcome, at: outcome.at + shift }, sentence, clauseAt, "direction", random);
    if (q) out.push(q);
  }
  return out;
}
