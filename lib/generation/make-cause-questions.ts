import { type ChainStep, toldSteps, walkChain } from "./chain-of-causes";
import { dangles, resolvePerson } from "./question-stems";
import { whyQuestion } from "./why-question";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise, multipleChoiceQuestion, shareOfSmaller, sourceIn, statementQuestion } from "./question-parts";
import { boundedMemo } from "./article-memo";
import { CLAIM_VERBS, opensOnClaim } from "./reporting-verbs";
import { CONTRAST_AND_ADDITION_LINKS, DATED_FINALLY, DROPPABLE_LINKS, LINKING_PHRASES, LIST_ITEM_LINKS } from "./linking-words";

/**
 * Causes, purposes and results the article states with an explicit connective
 * ("because", "in order to", "so that", "As a result,"), asked as real
 * questions: "Why does a kite rise?", "What happened as a result?". The
 * options are the article's other reasons (or purposes, or results): each is
 * true of something in the article, none of the thing asked about.
 */

export type CauseKind = "reason" | "purpose" | "result";

export interface CauseFact {
  sentenceIndex: number;
  kind: CauseKind;
  /** The stem: a "Why …?" question or the cause followed by "What happened as a result?". */
  question: string;
  /** The answer as an option reads ("Warm air is lighter than cool air"). */
  answer: string;
  /** Where the answer's words sit in the article. */
  start: number;
  end: number;
  /** For a reason or a result: the effect and its reason as plain clauses, to restate them ("effect because reason"). */
  effect?: string;
  reason?: string;
}

// A cause told in the past: "could not pay" and "would fail" as much as "was" and "-ed".
export const PAST_CLAUSE = /\b(?:was|were|had|did|could|would)\b|[a-z]ed\b/;
// A result that is someone's claim ("historians say that …"), not an event: the reason is for the claim.
// (find-links' reason reader refuses a naming verb as well, "people call it …"; this one, written beside it, never has.)
const CLAIM = opensOnClaim(CLAIM_VERBS);
// A hedged or reported reason or result cannot be restated as a plain fact. (A base form after "could", "can" or "to" is
// something done, not the writer's hedge: "nobody knew whether a pilot could think clearly while weightless".)
const HEDGE_WORDS = /\b(?:thinks|thought|believes|believed|says|said|perhaps|possibly|probably|maybe|may|might|likely|partly)\b|(?<!\b(?:could|can|cannot|to) )\b(?:think|believe|say)\b/i;

const HEDGED = /\b(?:perhaps|possibly|probably|maybe|partly|mainly|likely)\s*$/i;
/**
 * Two reasons of which the article denies one or leaves the choice open ("not because A but because B", "because A or
 * because B", "not only because A", "A rather than because B"): no one reason is the article's answer, and cutting the
 * second away keys a denied or unsettled one. Only "and (also) because" joins two reasons both given.
 */
export const OPEN_REASONS = /\b(?:or|but) (?:also |rather |else )?because\b|\bnot (?:only |just |merely |simply |solely |mainly |so much )?because\b|\b(?:either|rather than|instead of) because\b/i;


// A word or phrase joining a sentence to the one before it ("On the other hand, …", "However, …"): see linking-words.
const LINKING_OPENER = new RegExp(`^(?:${[...LINKING_PHRASES, ...CONTRAST_AND_ADDITION_LINKS].join("|")}),? `);

// An opening phrase before the main clause ("After the war ended, …", "Although tired, …"): the question leaves it out.
const OPENER = /^(?:After|Although|Though|While|When|Once|Despite|In|By|During|Before|Later|Soon|Equipped|With)\b[^,]{0,120}, /;

// A word that only numbers or joins the article's points ("Finally, …", "Moreover, …"): the effect after it stands alone.
// The list-item openers are linking-words' own (a story's dated "Finally, in 1920, …" too): a "because" sentence carries
// its effect and its reason whole, so the list it is one item of is no part of the question.
const POINT_OPENER = new RegExp(`^(?:${[...DROPPABLE_LINKS, ...LIST_ITEM_LINKS, DATED_FINALLY, "In addition", "Besides", "Above all"].join("|")}),\\s+`);

/** A clause with a personal pronoun the article does not let us name ("he" in an article about many people) cannot stand alone. */
function standsAlone(text: string, sentence: Sentence): string | null {
  const resolved = resolvePerson(text, sentence);
  // "there" at the end points to a place named elsewhere ("little grows there").
  if (/\b(?:there|here)\b(?! (?:is|are|was|were)\b)/i.test(resolved)) return null;
  // "a ball that is rolling": a relative "that", not a pointing one.
  return dangles(resolved.replace(/\b([a-z]{3,}) that (is|are|was|were)\b/g, "$1 which $2")) ? null : resolved;
}

/** The cause facts of one sentence (at most one). */
function causeOf(sentence: Sentence, sentenceIndex: number, previous: Sentence | undefined, articleText: string): CauseFact | null {
  const text = sentence.text;
  const ask = (effect: string | null) => (effect ? whyQuestion(effect.replace(OPENER, ""), articleText) : null);
  const at = (part: string) => sentence.start + text.indexOf(part);
  if (OPEN_REASONS.test(text)) return null;
  let m: RegExpExecArray | null;

  // "Because the soil is thin, few trees grow there." (never "Because of this"). A clause after a semicolon ("…; water
  // simply flows in") goes on about the effect and is no part of it.
  m = /^Because (?!of\b)([^,]{8,120}), ([^,;]{8,160})(?:; [^;]{8,160})?\.$/.exec(text);
  if (m) {
    const effect = standsAlone(capitalise(m[2]!), sentence);
    const reason = standsAlone(m[1]!, sentence);
    const question = ask(effect);
    if (question && reason) return { sentenceIndex, kind: "reason", question, answer: capitalise(reason), start: at(m[1]!), end: at(m[1]!) + m[1]!.length, effect: effect!, reason };
  }

  // "A kite rises because warm air lifts it." / "The day is significant because it marked …".
  // (The effect holds no "because" of its own: "E, because A and because B" is E with two reasons, not "E, because A and".)
  m = /^((?:[^,;:]{3,120}, )?(?:(?!\bbecause\b)[^,;:]){8,140}?),? because (?!of\b)([^;:]{6,160})\.$/.exec(text);
  if (m && !HEDGED.test(m[1]!)) {
    const effect = standsAlone(capitalise(m[1]!.replace(POINT_OPENER, "")), sentence);
    // A leading "it"/"they" in the reason is the question's own subject ("Why is the day remembered?" "It marked …").
    // Two reasons ("because A and because B"): the first alone, as its "because" shows it; the second's marker would stay
    // inside the answer ("A and because B").
    // A result of the reason after ", so" ("because the path is steep, so carts go slowly") is the reason's own outcome, not
    // part of this effect's reason: the answer ends before it.
    const told = m[2]!.replace(/,? and (?:also )?because .*$/, "").replace(/, so (?!that\b)(?![a-z]+ that\b).*$/, "");
    // So is a leading "its"/"their": the subject's own parts ("Why do solids …?" "Their particles are …").
    const leading = /^(?:it|they|its|their) /.exec(told)?.[0] ?? "";
    const rest = standsAlone(told.slice(leading.length), sentence);
    const reason = rest === null ? null : leading + rest;
    const question = ask(effect);
    if (question && reason) return { sentenceIndex, kind: "reason", question, answer: capitalise(reason), start: at(m[2]!), end: at(m[2]!) + told.length, effect: effect!, reason };
  }

  // "She went back so that she could help her family." / "He ran in order to raise money."
  m = /^((?:[^;:]{3,160}, )?[^,;:]{8,140}?),? (in order to|so that) ([^,;:]{6,120})\.$/.exec(text);
  if (m) {
    const effect = standsAlone(m[1]!, sentence);
    const purpose = standsAlone(m[3]!, sentence);
    const question = ask(effect);
    const answer = m[2] === "in order to" ? `To ${m[3]}` : `So that ${purpose}`;
    if (question && purpose) return { sentenceIndex, kind: "purpose", question, answer, start: at(m[3]!), end: at(m[3]!) + m[3]!.length };
  }

  // "Wicker bends easily, so landings are gentle." -> "Wicker bends easily. What happens as a result?"
  m = /^([^,;:]{12,140}), so (?!that\b)([^,;:]{8,140})\.$/.exec(text);
  // With figures it is usually a reckoning ("she died in 1458, so she ruled from about 1479"), not a cause.
  if (m && !/^(?:This|These|That|It|They|He|She|There)\b/.test(m[1]!) && !/\d/.test(text)) {
    const cause = standsAlone(m[1]!, sentence);
    const result = standsAlone(capitalise(m[2]!), sentence);
    if (cause && result && whyQuestion(cause, articleText) && !CLAIM.test(result)) {
      const happened = PAST_CLAUSE.test(cause) ? "happened" : "happens";
      return { sentenceIndex, kind: "result", question: `${cause}. What ${happened} as a result?`, answer: result, start: at(m[2]!), end: at(m[2]!) + m[2]!.length, effect: result, reason: cause };
    }
  }

  // "As a result, the farms were abandoned." after a sentence that stands alone.
  // (Never "As a result of the flood, …": that names its own cause, not the sentence before.)
  m = /^(?:As a result(?! of\b)|Because of this|Consequently|Therefore|For this reason),? ([^;:]{8,160})\.$/.exec(text);
  if (m && previous && previous.section === sentence.section) {
    // "On the other hand, …", "However, …": the joint to the sentence before that, not part of the cause.
    const cause = standsAlone(capitalise(previous.text.replace(LINKING_OPENER, "")), previous);
    const result = standsAlone(capitalise(m[1]!), sentence);
    if (cause && result && !/^(?:This|These|That|It|They|He|She|As a result|Because)\b/.test(cause) && cause.split(/\s+/).length <= 30 && !CLAIM.test(result)) {
      const happened = PAST_CLAUSE.test(cause) ? "happened" : "happens";
      return { sentenceIndex, kind: "result", question: `${cause} What ${happened} as a result?`, answer: result, start: at(m[1]!), end: at(m[1]!) + m[1]!.length, effect: result, reason: cause.replace(/\.$/, "") };
    }
  }
  return null;
}

export function findCauses(sentences: Sentence[]): CauseFact[] {
  const out: CauseFact[] = [];
  // The sentences only (not the title or headings, which capitalise every word): where a capital in mid-sentence marks a name.
  const prose = sentences.map((s) => s.text).join(" ");
  sentences.forEach((s, i) => {
    const found = causeOf(s, i, sentences[i - 1], prose);
    if (found) out.push(found);
  });
  return out;
}

// Each clause's words, once: a chain's walk compares every step with every clause it reaches. Bounded, as a long-running
// server sees many articles.
const wordSets = boundedMemo<Set<string>>(5000);
function contentWords(text: string): Set<string> {
  return wordSets(text, () => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 3)));
}

/** Another fact's answer can stand beside this one when it is of the same kind and says something else. */
function fitsBeside(other: CauseFact, fact: CauseFact): boolean {
  if (other === fact || other.answer.toLowerCase() === fact.answer.toLowerCase()) return false;
  return saysOther(other.answer, fact);
}

/** An option's words are not the key's told again (summary and body), nor in the stem. */
function saysOther(option: string, fact: CauseFact): boolean {
  // Nearly the same words: the same reason told twice (summary and body), not a wrong one.
  if (shareOfSmaller(contentWords(fact.answer), contentWords(option)) >= 0.5) return false;
  return !fact.question.toLowerCase().includes(option.toLowerCase());
}

/** Two clauses about the same event: half the words of the shorter, two at least. */
function sameEvent(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  const share = shareOfSmaller(x, y);
  return share >= 0.5 && Math.round(share * Math.max(1, Math.min(x.size, y.size))) >= 2;
}

/** One article's chain of causes (every step its sentences state, each fact's among them), and each walk on it, built once. */
const chainsOf = new WeakMap<CauseFact[], { steps: ChainStep[]; walks: Map<string, string[]> }>();

/** Every clause the article's chain of causes reaches from this one: its causes' causes (back), or its results' results. */
function chainFrom(start: string, back: boolean, all: CauseFact[], sentences: Sentence[]): string[] {
  let chain = chainsOf.get(all);
  if (!chain) {
    chainsOf.set(all, (chain = { steps: toldSteps(sentences).map((t) => ({ id: t as object, ...t })), walks: new Map() }));
  }
  const key = `${back ? "<" : ">"}${start}`;
  let reached = chain.walks.get(key);
  if (!reached) chain.walks.set(key, (reached = walkChain(start, chain.steps, back, sameEvent)));
  return reached;
}

/**
 * The other facts' clauses of this fact's kind, each as an option reads: for a "Why …?" the reasons the article gives for
 * other events (a result fact's cause as much as a reason fact's reason), for "What happened as a result?" the results of
 * other causes. A result offered among reasons, or a reason among results, is the one option of another kind: judges
 * passed the key as the only reason among results. Never a reason of this same event or of the key itself (a cause of a
 * cause is a cause too), nor a result of this same cause or of the key (a result of a result is a result).
 */
function sameKindOptions(fact: CauseFact, all: CauseFact[], sentences: Sentence[]): { option: string; fact: CauseFact }[] {
  if (fact.kind === "purpose") return all.filter((o) => o.kind === "purpose" && fitsBeside(o, fact)).map((o) => ({ option: o.answer, fact: o }));
  if (!fact.effect || !fact.reason) return [];
  // Right answers more than one step away: a cause of the key is a cause of this event too ("the mill stopped because the
  // wheel broke", so the broken wheel is a reason the miller left), a result of a result a result.
  const event = fact.kind === "reason" ? fact.effect : fact.reason;
  const right = chainFrom(event, fact.kind === "reason", all, sentences);
  // Nor the question's own event told back ("Why did the wheel break?" "The wheel broke"), nor what the event led to (for
  // a "Why …?") or came from (for a result): a giveaway of the other side of the chain, not a wrong answer of the kind.
  const giveaways = [event, ...chainFrom(event, fact.kind !== "reason", all, sentences)];
  const out: { option: string; fact: CauseFact }[] = [];
  for (const o of all) {
    if (o === fact || o.kind === "purpose" || !o.effect || !o.reason) continue;
    // (A whole sentence before "As a result" may hold a reason and its own result, "A, so B": its first clause is the reason;
    // or an effect and its own reason, "A because B": A is the cause of the result.)
    const option = o.kind === fact.kind ? o.answer : capitalise(fact.kind === "reason" ? o.reason.replace(/,? (?:and )?so (?!that\b).*$|,? because .*$/, "") : o.effect);
    // The other fact's far end (its effect for a reason, its cause for a result) must be another event than this one's.
    const [theirs, mine, key] = fact.kind === "reason" ? [o.effect, fact.effect, fact.reason] : [o.reason, fact.reason, fact.effect];
    if (sameEvent(theirs, mine) || sameEvent(theirs, key) || option.toLowerCase() === fact.answer.toLowerCase() || !saysOther(option, fact)) continue;
    if (right.some((r) => sameEvent(option, r)) || giveaways.some((r) => sameEvent(option, r))) continue;
    out.push({ option, fact: o });
  }
  return out;
}

/**
 * "Why …?" with the article's own reasons as options (or "What happened as a result?" with its results). With fewer than
 * two other clauses of the kind, no fair set exists: the cause is asked another way (a change, or restated as a statement).
 */
export function makeCauseQuestion(fact: CauseFact, all: CauseFact[], sentences: Sentence[], random: () => number): GeneratedQuestion | null {
  const sentence = sentences[fact.sentenceIndex]!;
  // Only the article's other causes: every cause question judged in rounds 3 and 4 with a plain statement of the
  // article among its options failed ("not causes at all", 4 of 4 in round 4), so with fewer than two other causes
  // there is no fair set. Two of them, the ones farthest after the key in the article (going round): each cause
  // question of the article then offers its own set (one could not be answered by elimination from another).
  const others = sameKindOptions(fact, all, sentences).filter((o, i, list) => list.findIndex((p) => p.option.toLowerCase() === o.option.toLowerCase()) === i);
  const at = all.indexOf(fact);
  const after = (o: { fact: CauseFact }) => (all.indexOf(o.fact) - at + all.length) % all.length;
  const distractors = others.length >= 3 ? [...others].sort((a, b) => after(b) - after(a)).slice(0, 2) : others;
  if (distractors.length < 2) return null;
  return multipleChoiceQuestion(
    {
      prompt: fact.question,
      key: fact.answer,
      others: distractors.map((d) => d.option),
      source: sourceIn(sentence, { start: fact.start, end: fact.end }),
      keyKind: "cause",
      confidence: distractors.length === 3 ? 0.8 : 0.74,
    },
    random,
  );
}

/**
 * A reason or result with no fair option set, restated the other way round as a true statement: "Wicker bends easily, so
 * landings are gentle" -> "Landings are gentle because wicker bends easily." It asks which fact explains which. Never a
 * copy of the sentence, a hedged or reported reason, a reason that leans on the effect's words ("it", "they"), or a long one.
 */
export function restatedCause(effect: string, reason: string, articleText: string): string | null {
  if (HEDGE_WORDS.test(effect) || HEDGE_WORDS.test(reason) || CLAIM.test(effect) || /^(?:it|they|its|their|this|these|that|those)\b/i.test(reason)) return null;
  // A reason that opens with a clause of its own and then a pronoun subject ("when prices climb, they raise …"): the
  // pronoun meant someone the sentence before named, and the restated statement has lost it.
  if (/^(?:when|whenever|if|after|before|as soon as|once|while|as|since|until|unless|although|because)\b[^,]*?(?:, |\s)(?:they|it|he|she|this|these|those|(?:their|its|his|her) [a-z]+)\b/i.test(reason)) return null;
  // A reason cut inside a shared verb ("most owls hunt, and are hunted by, many beasts" gave "and are hunted by, many
  // things"): it opens on a joining word, or a preposition stands before a comma with its object on the other side.
  if (/^(?:and|or|but|nor|yet|then)\b/i.test(reason) || /\b(?:by|of|to|with|for|from|in|on|at|into|about),/i.test(reason)) return null;
  // The effect now comes first: a pronoun in it ("sent as his envoy", "grows there") would point ahead or nowhere.
  if (/\b(?:he|him|his|she|her|it|its|they|them|their|this|these|those|there|here)\b/i.test(effect)) return null;
  // ("People had to pick one because …": a "one" standing for a noun only the reason names now comes before it.)
  if (/(?<!\b(?:no|any|every|each) )\bones?(?=$|[.,;]| (?:because|and|but|or|so|to|in|on|at|by|for|with|from|again|too|instead)\b)/i.test(effect.replace(/[.,]+$/, ""))) return null;
  // ("… because unlike the river, there is …": an opening comparison or link of the reason, set off by its comma, stands
  // mid-sentence after "because" and seems to say what the effect is unlike.)
  if (/^(?:unlike|like|as with|compared (?:with|to)|in contrast to|apart from|besides|despite|for example|for instance|in fact|of course|however|instead|as a result)\b[^,]*,/i.test(reason)) return null;
  // A clause with no verb of its own is no effect; an aside cut from inside the subject ("water and salts, such as urea,
  // are pushed out") leaves a subject without its verb.
  if (!whyQuestion(effect, articleText)) return null;
  const at = articleText.toLowerCase().indexOf(effect.toLowerCase());
  const after = articleText.slice(at + effect.length, at + effect.length + 20);
  // (A relative clause that closes a sentence opening on its reason, "Because A, B, which led to C.", is cut from a whole
  // effect: B because A stays true. Anywhere else the reason may be the relative clause's. It closes the sentence only
  // where no comma comes before the stop: in "Because of A, only the farms, which had wells, survived." the effect cut
  // before it is a subject without its verb.)
  const closingRelative = /^, (?:which|who)\b[^,.;:!?]*[.!?]/.test(articleText.slice(at + effect.length, at + effect.length + 200)) && /\bBecause\b[^.;:]*, $/.test(articleText.slice(Math.max(0, at - 200), at));
  if (at >= 0 && /^,? (?:such as|including|like|known as|for example|which|who)\b/.test(after) && !closingRelative) return null;
  const plain = reason.replace(/[.,]+$/, "");
  const statement = `${capitalise(effect.replace(/[.,]+$/, ""))} because ${lowerUnlessName(plain, articleText)}.`;
  if (statement.split(/\s+/).length > 28 || articleText.includes(statement.slice(0, -1)) || /[;:()"“”]/.test(statement)) return null;
  return statement;
}

/**
 * A clause's first word in lower case unless the article writes it with a capital inside a sentence (after a small word, a
 * comma or an initial: "the writer W. W. Jacobs"), so a name that opens a sentence keeps its capital.
 */
export function lowerUnlessName(text: string, articleText: string): string {
  const first = text.split(" ")[0]!;
  const lower = first.toLowerCase();
  if (first === lower || /^(?:the|a|an|its|their|our|some|many|most|each|every|no)$/.test(lower)) return lower + text.slice(first.length);
  // "Idrisu Kalvo was ill": two capitalised words, the first no opening word, are a name the article may only ever open sentences with.
  const second = text.split(" ")[1] ?? "";
  if (/^[A-Z][a-z]+$/.test(second) && !/^(?:this|that|these|those|his|her|in|on|at|by|for|after|before|when|while|during|if|as|since|because)$/.test(lower)) return text;
  // ("Tavin's boat sank": the name is found without its "'s", which the article may give it only at sentence starts.)
  const escaped = first.replace(/['’]s$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:[a-z,]|\\b[A-Z]\\.) ${escaped}(?:['’]s)?(?![\\w'’-])`).test(articleText) ? text : lower + text.slice(first.length);
}

export function makeRestatedCause(fact: CauseFact, sentences: Sentence[], articleText: string): GeneratedQuestion | null {
  if (fact.kind === "purpose" || !fact.effect || !fact.reason) return null;
  // "Ada left because Ada was ill": the reason's person, named by the effect already, is "she" again, as the article wrote it.
  const person = sentences[fact.sentenceIndex]!.person;
  const again = person && fact.reason.startsWith(`${person.name} `) && fact.effect.includes(person.name);
  const statement = restatedCause(fact.effect, again ? person.pronoun + fact.reason.slice(person.name.length) : fact.reason, articleText);
  if (!statement) return null;
  return statementQuestion({ statement, isTrue: true, source: sourceIn(sentences[fact.sentenceIndex]!, { start: fact.start, end: fact.end }), keyKind: "cause", confidence: 0.64 });
}
