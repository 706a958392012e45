import { toldSteps, walkChain } from "./chain-of-causes";
import { phraseOfOtherKind } from "./falsify-statement";
import { linkWords, type Link } from "./find-links";
import { grantedClaim } from "./granted-claims";
import { lowerUnlessName, restatedCause } from "./make-cause-questions";
import { fairFalseReason } from "./fair-false-reason";
import { capitalise, multipleChoiceQuestion, shareOfSmaller, sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, KeyKind, Sentence } from "./types";

/**
 * Questions on the article's causes, results, means and purposes (links from
 * `find-links.ts`). First choice: "Why …?" / "What did … lead to?" / "How …?"
 * with the article's own answers of the same role and shape, each given for
 * another event, as options. Where no fair set exists, the relation restated
 * with another event's answer, which the article makes false. Otherwise none.
 */

const KIND: Record<Link["role"], KeyKind> = { cause: "cause", result: "result", means: "means", purpose: "purpose" };

/**
 * What one generation's questions on its links share, built once for its list of links (and dropped with it): every pair
 * of links is compared, so each word set is built once; each link's place in the list; each fact's mates and options.
 */
interface LinkPool {
  words: Map<string, Set<string>>;
  position: Map<Link, number>;
  mates: Map<Link, Link[]>;
  picked: Map<Link, Link[]>;
  chains: Map<Link, string[]>;
  /** Every cause and effect the article's sentences state, links or not: the steps a chain of causes is followed by. */
  told: { cause: string; effect: string }[] | null;
}
const pools = new WeakMap<Link[], LinkPool>();
function poolOf(all: Link[]): LinkPool {
  let pool = pools.get(all);
  if (!pool) pools.set(all, (pool = { words: new Map(), position: new Map(all.map((o, i) => [o, i])), mates: new Map(), picked: new Map(), chains: new Map(), told: null }));
  return pool;
}

function wordsOf(text: string, pool: LinkPool): Set<string> {
  let set = pool.words.get(text);
  if (!set) pool.words.set(text, (set = new Set(linkWords(text))));
  return set;
}

function overlap(a: string, b: string, pool: LinkPool): number {
  return shareOfSmaller(wordsOf(a, pool), wordsOf(b, pool));
}

function sharedWords(a: string, b: string, pool: LinkPool): number {
  const mine = wordsOf(a, pool);
  let shared = 0;
  for (const w of wordsOf(b, pool)) if (mine.has(w)) shared++;
  return shared;
}

/**
 * Two answers that may both be true: a noun phrase sharing half its words ("gentle waves", "waves that arrive at
 * an angle"); an action ("To …", "By …") with the same verb, or sharing two words and half of them ("to buy new
 * glass", "to fit the new glass"). Two actions that only share their object ("to calm the bees", "to track bees") differ.
 */
function saysTheSame(a: Link, b: Link, pool: LinkPool): boolean {
  if (a.shape !== "to" && a.shape !== "by") return overlap(a.bare, b.bare, pool) >= 0.5;
  return a.bare.split(" ")[0] === b.bare.split(" ")[0] || (sharedWords(a.bare, b.bare, pool) >= 2 && overlap(a.bare, b.bare, pool) >= 0.5);
}

/** Two events the article keeps apart: few shared words (a shared subject counts, so one topic's events stay one event). */
function sameEvent(a: Link, b: Link, pool: LinkPool): boolean {
  return a.sentenceIndex === b.sentenceIndex || overlap(a.event, b.event, pool) >= 0.4;
}

/** "because" and "because of" both answer "Why …?"; every other shape only stands beside its own. */
function sameShape(a: Link, b: Link): boolean {
  const family = (l: Link) => (l.shape === "agent" ? "because-of" : l.shape);
  // (A noun-phrase answer only for a noun-phrase one: "by the gales …" or "driven inland …", read as a result, garbles "caused <…>".)
  const nounPhrases = [a, b].every((l) => l.shape === "phrase" || l.shape === "agent" || l.shape === "because-of");
  if (nounPhrases && phraseOfOtherKind(a.bare, b.bare)) return false;
  return family(a) === family(b) || (family(a).startsWith("because") && family(b).startsWith("because") && a.shape !== "agent" && b.shape !== "agent");
}

/** An option as this question's shape shows it: a noun phrase for "What caused …?", "Because of …" for "Why …?". */
function shownAs(other: Link, fact: Link): string {
  if (fact.shape === "agent" && other.shape !== "agent") return capitalise(other.bare);
  if (fact.shape === "because-of" && other.shape === "agent") return `Because of ${other.bare.charAt(0).toLowerCase()}${other.bare.slice(1)}`;
  return other.answer;
}

/** Every link on the same event as this one (the article's other answers for it), once per fact. */
function matesOf(fact: Link, all: Link[], pool: LinkPool): Link[] {
  let mates = pool.mates.get(fact);
  if (!mates) pool.mates.set(fact, (mates = all.filter((o) => sameEvent(o, fact, pool))));
  return mates;
}

/**
 * Another link's answer is surely wrong for this question when it answers
 * another event, says something else than every answer the article gives for
 * this event (of any role: a result of this event is no cause of it), and is
 * not named in the stem. A purpose is never another of the same actor's (they
 * may be this action's too).
 */
function wrongHere(other: Link, fact: Link, all: Link[], sentences: Sentence[], pool: LinkPool): boolean {
  if (other.role !== fact.role || !sameShape(other, fact) || sameEvent(other, fact, pool)) return false;
  // "the winds are calm at that hour": the hour is named only beside its own event.
  if (/\b(?:this|these|those|there|then|such)\b|\bthat (?:hour|day|night|time|year|place|point|moment|week|month|season)\b/i.test(other.bare)) return false;
  if (fact.role === "purpose" && (!other.actor || !fact.actor || other.actor === fact.actor || other.actor.includes(fact.actor) || fact.actor.includes(other.actor))) return false;
  if (matesOf(fact, all, pool).some((o) => o !== other && saysTheSame(o, other, pool))) return false;
  // A chain: the other's event is this one's answer ("the new rules" after "new building rules"), or the other's answer is this
  // event; a result of a result is a result too, a cause of a cause a cause.
  if (chains(other.event, fact.bare, pool) || chains(fact.event, other.bare, pool)) return false;
  // A cause of a cause (a result of a result) more than one link away is as right.
  if (chainedAnswers(fact, all, sentences, pool).some((r) => r !== fact.bare && chains(r, other.bare, pool))) return false;
  return !(sharedWords(fact.question, other.bare, pool) >= 2 && overlap(fact.question, other.bare, pool) >= 0.5) && !fact.question.toLowerCase().includes(other.bare.toLowerCase());
}

/** Two clauses about one thing: the test a chain of causes is followed by. */
function chains(event: string, answer: string, pool: LinkPool): boolean {
  return sharedWords(event, answer, pool) >= 2 && overlap(event, answer, pool) >= 0.4;
}

function toldStepsOf(pool: LinkPool, sentences: Sentence[]): { cause: string; effect: string }[] {
  return (pool.told ??= toldSteps(sentences));
}

/**
 * Every answer the article's chain of links makes right for this fact, followed back (a cause of a cause of this event is
 * a cause of it: "A caused B, B caused C" makes "C because A" true) or on (a result of a result is a result), over as many
 * steps as the article gives. Once per fact; each step looks at each link once.
 */
function chainedAnswers(fact: Link, all: Link[], sentences: Sentence[], pool: LinkPool): string[] {
  const known = pool.chains.get(fact);
  if (known) return known;
  const reached = [fact.bare];
  if (fact.role === "cause" || fact.role === "result") {
    // Each link as the pair (cause, effect), a cause link answering with its cause, a result link with its result; and every
    // step a sentence states that no link took up ("rose sharply because …" may be a change question's instead).
    const links = all.flatMap((l) => (l.role === "cause" ? [{ id: l as object, cause: l.bare, effect: l.event }] : l.role === "result" ? [{ id: l as object, cause: l.event, effect: l.bare }] : []));
    const pairs = [...links, ...toldStepsOf(pool, sentences).map((t) => ({ id: t as object, ...t }))];
    // Back from a reason to its own reason, or on from a result to its own result.
    reached.push(...walkChain(fact.bare, pairs, fact.role === "cause", (from, r) => chains(from, r, pool), new Set<object>([fact])));
  }
  pool.chains.set(fact, reached);
  return reached;
}

/** The farthest wrong answers after the key in article order (going round), so each question of one article offers its own set. */
/** An answer that names something the question's event names (a word beyond the role's own words). */
function related(other: Link, fact: Link, pool: LinkPool): boolean {
  return sharedWords(`${fact.event} ${fact.bare}`, `${other.event} ${other.bare}`, pool) >= 1;
}

function pickDistractors(fact: Link, all: Link[], sentences: Sentence[]): Link[] {
  const pool = poolOf(all);
  const known = pool.picked.get(fact);
  if (known) return known;
  const wrong = all.filter((o) => wrongHere(o, fact, all, sentences, pool));
  const { position } = pool;
  const at = position.get(fact) ?? -1;
  const after = (o: Link) => (position.get(o)! - at + all.length) % all.length;
  // Two options saying nearly the same ("To buy new glass", "To fit the new glass") would both be ruled out together: one of them only.
  // Answers about the same things as the question first ("To teach the mill workers" beside a question on the mill owners):
  // a cause of an unrelated event is easier to rule out.
  const near = (o: Link) => (related(o, fact, pool) ? 1 : 0);
  const chosen: Link[] = [];
  for (const o of wrong.sort((a, b) => near(b) - near(a) || after(b) - after(a))) {
    if (chosen.length < 3 && !chosen.some((c) => saysTheSame(c, o, pool))) chosen.push(o);
  }
  pool.picked.set(fact, chosen);
  return chosen;
}

export function makeLinkQuestion(fact: Link, all: Link[], sentences: Sentence[], random: () => number): GeneratedQuestion | null {
  const distractors = pickDistractors(fact, all, sentences);
  if (distractors.length < 2) return null;
  const others = distractors.map((d) => shownAs(d, fact));
  const mixed = distractors.some((d) => d.shape !== fact.shape);
  const question = multipleChoiceQuestion(
    {
      prompt: fact.question,
      key: fact.answer,
      others,
      source: sourceIn(sentences[fact.sentenceIndex]!, { start: fact.start, end: fact.end }),
      keyKind: KIND[fact.role],
      // Options from unrelated events may be ruled out on sense alone: less sure the more of them there are.
      confidence: (distractors.length === 3 ? 0.8 : 0.74) * (mixed ? 0.94 : 1) * (0.88 + 0.12 * (distractors.filter((d) => related(d, fact, poolOf(all))).length / distractors.length)),
    },
    random,
  );
  // Two options that read alike are one option (checked after the options are drawn, so the seeded order of what follows stays).
  return new Set([fact.answer, ...others].map((t) => t.toLowerCase())).size < distractors.length + 1 ? null : question;
}

/**
 * The relation with another event's answer in its place ("A rocket moves
 * forward because friction acts on it."): false per the article, which gives
 * that answer for something else. Only where the multiple-choice form has no
 * fair set.
 */
const NAMES_OWN_OUTCOME = /\b(?:(?:can|could|may|might|will|would|often|usually) )?(?:cause[sd]?|causing|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|give[sn]? rise to|bring(?:s|ing)? about|brought about|trigger(?:s|ed|ing)?|produc(?:e|es|ed|ing))\b/i;

/**
 * An effect clause that ends on a verb whose words it leaves out ("… hoped the others would too", "… as the elders did"): the
 * missing words are in the sentence's other clause, so the effect read alone says nothing whole.
 */
const ELLIPTIC = /\b(?:do|does|did|can|could|will|would|shall|should|may|might|must|is|are|was|were|has|have|had)(?: not| so)?(?: too| as well| also)?\s*$/i;

export function makeSwappedLink(fact: Link, all: Link[], sentences: Sentence[], articleText: string): GeneratedQuestion | null {
  // "… rot there because …": a place word with its place in another sentence reads as nowhere in a statement of its own.
  if (!fact.head || ELLIPTIC.test(fact.head) || pickDistractors(fact, all, sentences).length >= 2 || /\b(?:there|here)\b(?! (?:is|are|was|were)\b)/i.test(fact.head)) return null;
  // The next fitting answer after this one in the article (going round), so each statement swaps in its own.
  const pool = poolOf(all);
  const at = pool.position.get(fact) ?? -1;
  // An answer opening with "they"/"it" stands for its own event's subject: set after another subject it would point at that one.
  // A reason that names its own outcome ("a flood can cause landslides") explains that outcome: set after another effect the
  // statement is false only for being absurd, and tests nothing of what really brings the effect about.
  const fitting = [...all.slice(at + 1), ...all.slice(0, at)].filter((o) => o.head && wrongHere(o, fact, all, sentences, pool) && o.shape === fact.shape && !/^(?:it|its|they|their|them)\b/i.test(o.bare) && !NAMES_OWN_OUTCOME.test(o.bare));
  // A swapped-in reason clause must be a fair false reason: no outcome offered as a cause, no fact about another event's own
  // subject, not circular (fair-false-reason.ts).
  const other = fact.shape !== "because" ? fitting[0] : fitting.find((o) => fairFalseReason(fact.head, fact.bare, o, all, fitting.length === 1));
  if (!other) return null;
  const statement = `${fact.head}${fact.marker}${other.bare}.`;
  if (articleText.includes(statement.slice(0, -1)) || statement.split(/\s+/).length > 30) return null;
  return statementQuestion({ statement, isTrue: false, source: sourceIn(sentences[fact.sentenceIndex]!, { start: fact.start, end: fact.end }), keyKind: KIND[fact.role], confidence: 0.7 });
}

/**
 * A reason the article gives after its result ("S1, so S2", "S1. As a result, S2", "Since S1, S2") restated the other way
 * round as a true statement ("S2 because S1."): it asks whether the reader saw which fact explains which. Only for a reason
 * with no question of its own (no fair options and no other event's reason to swap in), and only where the restatement is
 * not a copy of the sentence.
 */
export function makeRestatedReason(fact: Link, all: Link[], sentences: Sentence[], articleText: string): GeneratedQuestion | null {
  // ("Because of A, B" too, restated "B because of A".)
  if (fact.role !== "cause" || (fact.shape !== "because" && fact.shape !== "because-of") || !fact.head || ELLIPTIC.test(fact.head) || pickDistractors(fact, all, sentences).length >= 2) return null;
  // "Rulers welcomed Ada because he …": a reason the sentence opens with "he"/"she" keeps it when the effect names the person.
  const pronoun = fact.written && /^(?:he|she) /.exec(fact.written)?.[0];
  const named = pronoun && fact.bare.endsWith(fact.written!.slice(pronoun.length)) ? fact.bare.slice(0, fact.bare.length - fact.written!.length + pronoun.length - 1) : null;
  // ("Because of their dryness, …": a pronoun opening the reason meant the effect's own subject, lost once the effect comes first.)
  if (fact.shape === "because-of" && /^(?:it|its|they|them|their|this|these|that|those|he|his|she|her)\b/i.test(fact.bare)) return null;
  const reason = fact.shape === "because-of" ? `of ${lowerUnlessName(fact.bare, articleText)}` : named && fact.head.includes(named) ? fact.written! : fact.bare;
  const statement = restatedCause(fact.head.trim(), reason, articleText);
  if (!statement) return null;
  // Told over two sentences ("S1. As a result, S2."): the statement is about the effect, so it stands at the effect's sentence
  // (where a plain statement of the effect would stand), not at the reason's (which may hold another question).
  const told = fact.effectIndex === undefined ? undefined : sentences[fact.effectIndex];
  const effectAt = told ? told.text.toLowerCase().indexOf(fact.head.trim().toLowerCase()) : -1;
  const source = told && effectAt >= 0 ? sourceIn(told, { start: told.start + effectAt, end: told.start + effectAt + fact.head.trim().length }) : sourceIn(sentences[fact.sentenceIndex]!, { start: fact.start, end: fact.end });
  return statementQuestion({ statement, isTrue: true, source, keyKind: "cause", confidence: 0.64 });
}

/**
 * A cause the article names with its result in one clause ("When the crew cut the power, a crack in the valve caused a
 * flood of steam."): with no other results to offer beside it and none to swap in, the clause itself, cut from its opening,
 * as a true statement ("A crack in the valve caused a flood of steam."). Without it an article that tells its one cause so
 * has no question on why the event happened. Never a copy of the whole sentence.
 */
export function makeStatedResult(fact: Link, all: Link[], sentences: Sentence[]): GeneratedQuestion | null {
  if (fact.role !== "result" || fact.shape !== "phrase" || !fact.head || !/ (?:caused|triggered|sparked|led to|resulted in) $/.test(fact.head)) return null;
  if (pickDistractors(fact, all, sentences).length >= 2) return null;
  const statement = `${fact.head}${fact.bare}.`;
  const sentence = sentences[fact.sentenceIndex]!;
  if (sentence.text.toLowerCase() === statement.toLowerCase() || statement.split(/\s+/).length > 25) return null;
  // ("The flood caused economic and political turmoil": a broad effect any upheaval has, granted without reading.)
  if (grantedClaim(statement, sentence.text)) return null;
  return statementQuestion({ statement, isTrue: true, source: sourceIn(sentence, { start: fact.start, end: fact.end }), keyKind: "statement", confidence: 0.7 });
}
