import nlp from "compromise";
import { kindsOfTerm, sameKindAs, swapFitterFor } from "./kind-of-defined-term";
import type { Definition } from "./find-definitions";
import type { TermList } from "./find-lists";
import { escapeRegExp } from "./find-spans";
import { termVariants } from "./make-term-questions";
import { mentions, termPattern } from "./whole-words";
import { dangles } from "./question-stems";
import { shuffle } from "./random";
import { singularOf } from "./singular-of";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise, choiceQuestion, sourceIn, statementQuestion } from "./question-parts";
import { boundedMemo } from "./article-memo";
import { endsDescribing } from "./introduced-terms";

/**
 * What each part does: "The large intestine absorbs water …" asked both ways,
 * "Which part absorbs water …?" (the article's other listed parts as options)
 * and "What does the large intestine do?" (the other parts' jobs as options).
 * The parts are the members of a list of lower-case things the article gives
 * ("the mouth, the stomach and the anus"); a fact is read only where the part
 * (or "It"/"This part" with the part as the subject just before) is the subject
 * of a plain present-tense verb, or is "the place where" something happens.
 */

export interface FunctionFact {
  sentenceIndex: number;
  part: string;
  /** What the part does, as a verb phrase ("absorbs water from what is left"), or what happens there ("waste gets eliminated"). */
  clause: string;
  place: boolean;
  /** Where the clause sits in the article. */
  range: { start: number; end: number };
  /** The kind of thing the parts are ("part", "layer", "organ"), singular. */
  kind: string;
  /** The part and its fellow parts as the article names them ("legislative branch" for a list of "legislative, executive and judicial"). */
  parts: string[];
}

const KINDS = /\b(parts|organs|layers|zones|stages|branches|plates|boundaries|glands|regions|levels|forms|types|cells|structures|components|chambers|planets|bones|muscles|sections|areas|houses|bodies|phases|pieces)\b/i;
// Verbs that state no job: being, having, measuring, seeming.
const NOT_A_JOB = /^(?:is|was|are|were|has|had|have|does|did|seems|seemed|measures|measured|looks|becomes|became|remains|lies|sits|weighs|means|can|could|may|might|will|would|must|should)\b/i;
// A job stated with a copula or as a power: "is responsible for", "has the power to", "can cancel".
const JOB_PHRASE = /^(?:is|was) (?:mainly |chiefly |largely )?(?:responsible for|in charge of|charged with|used for|used to)\s|^(?:has|had) the (?:power|job|task|role|duty|right) (?:to|of)\s|^can (?!be\b)[a-z]+\s/i;
const ADVERB = /^(?:also|only|then|mainly|mostly|further|still|first|finally|in turn|usually|often)\s+/i;
// The clause ends before a second clause or a purpose ("…, so it will fit", "… while the tongue …").
// A plain comma may sit inside a list ("controls thinking, memory and speech"): only a comma before a new clause or a participle ends it.
const CLAUSE_END = /(?:,\s*(?:and|but|so|while|which|who|because|whereas|as|such as|where|when|[a-z]+ing)\b|\s+(?:so that|so|while|whereas|because|until)\s|[;:]\s|\.$)/;
const PLACE = /^(?:is|was) (?:also )?(?:the place |the part |the organ |the layer )?where\s+|^(?:is|was) here that\s+/i;

/**
 * The clause's first word is the verb of "the <part> <clause>": compromise reads it so, or (as it
 * takes an unknown part's name for a compound noun: "cerebrum controls") its base form is a verb.
 */
const verbAfterCache = boundedMemo<boolean>(5000);
function isVerbAfter(part: string, clause: string): boolean {
  return verbAfterCache(`${part}\u0000${clause}`, () => readsAsVerbAfter(part, clause));
}

function readsAsVerbAfter(part: string, clause: string): boolean {
  const word = clause.split(/\s+/)[0]!;
  if (nlp(`The ${part} ${clause}`).verbs().first().text().split(/\s+/)[0] === word) return true;
  const base = singularOf(word);
  return nlp(base).has("#Verb") && !nlp(base).has("#Noun");
}

// Singulars ending in "s" after another letter than s or u: "iris", "axis", "lens", "gas" are one thing each.
const SINGULAR_IN_S = /(?:[^s]is|lens|gas|atlas|canvas|bias|species|series)$/i;

function plural(word: string): boolean {
  return /(?:[^su]s|teeth|feet|people|children|mice|geese)$/i.test(word.trim()) && !SINGULAR_IN_S.test(word.trim());
}

/** The kind of thing the list's lead names ("Several different parts make up …" -> "part"). */
export function kindOf(lead: string): string {
  const m = KINDS.exec(lead);
  if (!m) return "part";
  const word = m[1]!.toLowerCase();
  return singularOf(word);
}

/** Sentences of one paragraph: no blank line between them. */
export function sameParagraph(text: string, a: Sentence, b: Sentence): boolean {
  return a.section === b.section && !/\n\s*\n/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}

/** Intro phrase before the subject ("Inside it, ", "Extremely dense, "): short, ends with a comma, holds no verb of its own we need. */
function stripIntro(text: string): { rest: string; offset: number } {
  const m = /^[A-Z][^,.;:]{0,40}?,\s+(?=(?:the|an?|it|this)\b)/i.exec(text);
  return m && !/^(?:The|A|An|It|This)\s/.test(text) ? { rest: text.slice(m[0].length), offset: m[0].length } : { rest: text, offset: 0 };
}

/** The part a sentence opens with as its subject ("The stomach …", "Extremely dense, the canopy …"), or null. */
function subjectPart(text: string, parts: string[], describing = false): string | null {
  const { rest } = stripIntro(text);
  for (const part of parts) if (openingPattern(part, describing).test(rest)) return part;
  return null;
}

// Every sentence is read against every list's parts: each part's pattern is compiled once, not once per sentence (bounded).
const openings = boundedMemo<RegExp>(5000);
function openingPattern(part: string, describing: boolean): RegExp {
  return openings(`${describing ? "d" : "s"}${part}`, () => {
    // "The green pigment chlorophyll absorbs …": a named term may follow the words that describe it.
    const before = describing ? "(?:the |an? )?(?:[a-z]+ ){0,2}" : "(?:the |an? )?";
    return new RegExp(`^${before}${escapeRegExp(part)}(?![\\w-])`, "i");
  });
}

/** The part "It" or "This part" means: the subject of the nearest sentence before it in the paragraph (over other "It" sentences). */
function referent(sentences: Sentence[], i: number, parts: string[], text: string, place: boolean): string | null {
  for (let j = i - 1; j >= 0 && sameParagraph(text, sentences[j]!, sentences[i]!); j--) {
    const prev = sentences[j]!.text;
    const subject = subjectPart(prev, parts);
    if (subject) return subject;
    if (/^(?:It|This (?:part|organ|layer))\b/.test(prev)) continue;
    // "The tract finishes at the rectum. This is the place where …": a place pointed back to, when the sentence names one part only.
    const named = parts.filter((p) => mentions(prev, p));
    return place && named.length === 1 ? named[0]! : null;
  }
  return null;
}

// The lead of the set of terms the article names one by one ("tiny pores called stomata"): their kind is unknown, so "Which of these …?".
const NAMED_TERMS = "(terms the article names)";

/**
 * The article's own named terms as one set of parts, when it names four or more plain ones: those it defines, then those it
 * introduces in passing (introduced-terms), each at its first mention.
 */
function namedTerms(definitions: Definition[], introduced: string[], text: string): TermList | null {
  const terms = definitions.filter((d) => d.pattern !== "alias" && /^[a-z][a-z-]+(?: [a-z-]+)?$/.test(d.term) && !endsDescribing(d.term)).map((d) => ({ text: d.term, ...d.range }));
  for (const term of introduced) {
    const at = text.search(new RegExp(`(?<![\\w-])${escapeRegExp(term)}(?![\\w-])`));
    if (at >= 0) terms.push({ text: term, start: at, end: at + term.length });
  }
  const unique = terms.filter((d, i) => terms.findIndex((e) => e.text === d.text) === i);
  if (unique.length < 4) return null;
  return { items: unique, sentenceIndex: -1, lead: NAMED_TERMS };
}

export function findFunctionFacts(sentences: Sentence[], lists: TermList[], text: string, definitions: Definition[] = [], introduced: string[] = []): FunctionFact[] {
  const out: FunctionFact[] = [];
  const named = namedTerms(definitions, introduced, text);
  // A part in two lists is read with the longer list (more fellow parts to offer); the named terms last.
  for (const list of [...[...lists].sort((a, b) => b.items.length - a.items.length), ...(named ? [named] : [])]) {
    if (list.items.length < 3 || list.items.some((i) => /^[A-Z]/.test(i.text))) continue;
    const kind = list.lead === NAMED_TERMS ? "of these" : kindOf(list.lead);
    // "three branches: legislative, executive and judicial" … "The judicial branch decides …": the parts are named with their kind word.
    const withKind = list.items.every((i) => mentions(text, `${i.text} ${kind}`) || mentions(text, `${i.text} ${kind}s`));
    const names = list.items.map((i) => (withKind ? `${i.text} ${kind}` : i.text));
    const parts = [...names].sort((a, b) => b.length - a.length);
    sentences.forEach((sentence, i) => {
      if (i === list.sentenceIndex) return;
      for (const f of relativeJobs(sentence, i, parts, kind, names, text)) if (!out.some((o) => o.part === f.part && o.clause === f.clause)) out.push(f);
      const { rest, offset } = stripIntro(sentence.text);
      let part: string | null = null;
      let after = "";
      const pointer = /^(?:It|This (?:part|organ|layer))\s+/.exec(rest);
      if (pointer) {
        after = rest.slice(pointer[0].length);
        part = referent(sentences, i, parts, text, PLACE.test(after.replace(ADVERB, "")));
      } else {
        const describing = list.lead === NAMED_TERMS;
        part = subjectPart(sentence.text, parts, describing);
        const before = describing ? "(?:the |an? )?(?:[a-z]+ ){0,2}" : "(?:the |an? )?";
        // "The legislative branch, Congress, makes …": a name set off by commas after the part is skipped.
        if (part) after = rest.slice(new RegExp(`^${before}${escapeRegExp(part)}(?:, [^,]{2,40},)?\\s+`, "i").exec(rest)?.[0].length ?? rest.length);
      }
      if (!part || plural(part) || !after) return;
      after = after.replace(ADVERB, "").replace(/^can (?:also|only) /, "can ");
      const place = PLACE.exec(after);
      let clause = place ? after.slice(place[0].length) : after;
      if (!place && !JOB_PHRASE.test(clause) && (NOT_A_JOB.test(clause) || !/^[a-z]+s\b/.test(clause) || !isVerbAfter(part, clause))) return;
      const cut = CLAUSE_END.exec(clause);
      clause = (cut ? clause.slice(0, cut.index) : clause).trim();
      // "those nutrients" points back to the sentence before: "the nutrients" stands alone.
      clause = clause.replace(/\b(?:those|these)\s+(?=[a-z])/g, "the ");
      if (clause.split(/\s+/).length < 2 || /\b(?:this|they|their|he|she|his|her)\b|^that\b/i.test(clause) || /^it\b/i.test(clause)) return;
      // "forms the second layer": where the part sits among its kind, not a job it does.
      if (new RegExp(`^(?:forms|makes up|constitutes|is)\\b.*\\b${kind}s?\\b`).test(clause)) return;
      // Another part named in the clause would be read as its own answer ("squeezes food into the stomach").
      if (parts.some((p) => p !== part && mentions(clause, p))) return;
      // Where the clause sits (its first words, when "those" was put as "the").
      const head = clause.split(/\s+/)[0]!;
      const whole = sentence.text.indexOf(clause, offset);
      const at = whole >= 0 ? whole : sentence.text.indexOf(head, offset);
      if (at < 0) return;
      const start = sentence.start + at;
      const end = Math.min(sentence.end, start + (whole >= 0 ? clause.length : head.length));
      if (out.some((f) => f.sentenceIndex === i && f.clause === clause)) return;
      out.push({ sentenceIndex: i, part, clause, place: place !== null, range: { start, end }, kind, parts: names });
    });
  }
  return out;
}

// "… sits the valve, which lets air out.": a part's job told in a relative clause after it, wherever the part stands.
const relativeAfter = boundedMemo<RegExp>(5000);
function relativePattern(part: string): RegExp {
  return relativeAfter(part, () => new RegExp(`\\bthe ${escapeRegExp(part)}, which (?:also |mainly |only )?(?=[a-z-]+s\\b)`, "i"));
}

/**
 * The word after "which" is the clause's verb, read where it stands: "the bin, which guards keep locked" and "the floor,
 * which rats cannot climb" open on the clause's own subject (the part is the object), and "the <part> guards keep" read
 * as a sentence took "guards" for the part's verb.
 */
const verbAfterWhichCache = boundedMemo<boolean>(5000);
function verbAfterWhich(part: string, clause: string): boolean {
  return verbAfterWhichCache(`${part}\u0000${clause}`, () => {
    const terms = nlp(`The ${part}, which ${clause}`).terms().json() as { text: string; terms: { tags: string[] }[] }[];
    const at = terms.findIndex((t) => t.text.toLowerCase() === "which");
    const next = terms[at + 1]?.terms[0]?.tags ?? [];
    return next.includes("Verb") && isVerbAfter(part, clause);
  });
}

// The words before the part tell what a person does: "she", "they" …, a name inside them, or an opening word the article
// writes with a capital inside its sentences too ("Orla rows out in the dinghy, which …").
const PERSON_PRONOUN = /\b(?:he|she|they|we|I|you)\b/i;
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|It|Its|There|Here|Each|Every|Some|Most|All|Both|One|Two|In|On|At|By|Behind|Above|Below|Inside|Next|Then|Finally|First)$/;
function toldOfPerson(before: string, text: string): boolean {
  if (PERSON_PRONOUN.test(before) || /[a-z,] [A-Z][a-z]/.test(before)) return true;
  const name = /^[A-Z][a-z'’-]+(?= )/.exec(before)?.[0];
  if (!name || NOT_A_NAME.test(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[a-z,] $/.test(text.slice(Math.max(0, at - 2), at)) && !/[\w-]/.test(text.charAt(at + name.length))) return true;
  }
  return false;
}

/**
 * The jobs the sentence gives its parts in "the <part>, which <does …>" clauses (one present-tense verb phrase each). Not in
 * a sentence about what a person does ("Tessa rows out in the small boat, which carries four people"): there the thing is a
 * prop of the event, and what it does an aside, not the sentence's point.
 */
function relativeJobs(sentence: Sentence, i: number, parts: string[], kind: string, names: string[], text: string): FunctionFact[] {
  if (!sentence.text.includes(", which ")) return [];
  const out: FunctionFact[] = [];
  for (const part of parts) {
    const m = plural(part) ? null : relativePattern(part).exec(sentence.text);
    if (!m || toldOfPerson(sentence.text.slice(0, m.index), text)) continue;
    const after = sentence.text.slice(m.index + m[0].length);
    // ("fine-tunes the focus": a joined verb is read by its last word, which the tagger knows.)
    if (NOT_A_JOB.test(after) || !verbAfterWhich(part, after.replace(/^[a-z]+-(?=[a-z]+s\b)/, ""))) continue;
    const cut = CLAUSE_END.exec(after);
    // "At the back, the valve, which opens on each stroke, lets air in": a "which" after the sentence's subject is an aside
    // the main verb follows, so it ends at its comma (elsewhere a comma may sit inside a list: "stores seeds, nuts and …").
    const aside = /^(?:[A-Z][^,.;:]{0,40}, )?$/.test(sentence.text.slice(0, m.index));
    const told = cut ? after.slice(0, cut.index) : after;
    const clause = (aside ? told.replace(/,.*$/, "") : told).trim();
    // (The same refusals as a job told of the part as subject: a pointer, a clause too short, another part named.)
    // ("makes sense of it", "keeps it clear": an object pointing outside the clause; "fills the bowl and helps it …" names its own.)
    const pointed = /\b(?:it|them)\b/.exec(clause);
    if (pointed && !/\b(?:the|a|an) [a-z]{3,}/.test(clause.slice(0, pointed.index))) continue;
    if (clause.split(/\s+/).length < 2 || /\b(?:this|they|their|he|she|his|her|those|these)\b|^that\b/i.test(clause)) continue;
    if (parts.some((p) => p !== part && mentions(clause, p))) continue;
    const start = sentence.start + m.index + m[0].length;
    out.push({ sentenceIndex: i, part, clause, place: false, range: { start, end: start + clause.length }, kind, parts: names });
  }
  return out;
}

// Content words of a clause, cut to a crude root, so "break"/"broken"/"breaks" meet.
// Cached: alsoDoes asks for every sentence's roots once per (fact, part) pair.
const rootCache = boundedMemo<Set<string>>(5000);
export function roots(clause: string): Set<string> {
  return rootCache(clause, () => rootsOf(clause));
}

function rootsOf(clause: string): Set<string> {
  return new Set(
    clause
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 3)
      .map(rootOf),
  );
}

// Past forms that no ending rule turns back into their verb ("brought" -> "bring").
const IRREGULAR: Record<string, string> = {
  broken: "break", broke: "break", brought: "bring", held: "hold", kept: "keep", took: "take", taken: "take", made: "make",
  sent: "send", built: "build", grew: "grow", grown: "grow", bore: "bear", borne: "bear", drew: "draw", gave: "give",
  given: "give", found: "find", caught: "catch", fought: "fight", sold: "sell", told: "tell", began: "begin", knew: "know",
  wore: "wear", spun: "spin", hung: "hang", shook: "shake", rose: "rise", fell: "fall", threw: "throw", thrown: "throw",
  stood: "stand", struck: "strike", swam: "swim", chose: "choose", drove: "drive", wrote: "write", spoke: "speak",
  went: "go", came: "come", became: "become", led: "lead", won: "win", lost: "lose", left: "leave", met: "meet", ran: "run",
  saw: "see", seen: "see", paid: "pay", spent: "spend", sank: "sink", sunk: "sink", bought: "buy", taught: "teach",
  thought: "think", rode: "ride", fled: "flee", flew: "fly", flown: "fly", dug: "dig", fed: "feed", felt: "feel",
  heard: "hear", meant: "mean", sat: "sit", shot: "shoot", stole: "steal", stolen: "steal", wove: "weave", woven: "weave",
  froze: "freeze", frozen: "freeze", hid: "hide", hidden: "hide", laid: "lay", said: "say", sang: "sing", sung: "sing",
};

/** One word cut to a crude root, so that "carry"/"carries"/"carried" and "store"/"stored" meet. */
export function rootOf(word: string): string {
  const w = IRREGULAR[word] ?? word;
  return w
    .replace(/i(?:es|ed)$/, "y")
    .replace(/(?:es|s|ed|ing)$/, "")
    .replace(/e$/, "")
    .slice(0, 5);
}

// The fact's verbs, read once per fact (compromise is the slow part of alsoDoes).
const verbRoots = new WeakMap<FunctionFact, string[]>();
function verbRootsOf(fact: FunctionFact): string[] {
  let found = verbRoots.get(fact);
  if (!found) {
    found = [...roots(`${nlp(fact.clause).verbs().text()} ${fact.place ? "" : fact.clause.split(/\s+/)[0]}`)].filter((r) => !/^(?:gets|get|make|take|have|does)/.test(r));
    verbRoots.set(fact, found);
  }
  return found;
}

/** A part the article says also does what the clause says (a shared verb or object in a sentence naming it): not a fair wrong option. */
function alsoDoes(part: string, fact: FunctionFact, facts: FunctionFact[], sentences: Sentence[]): boolean {
  // "where the bulk of the food is broken down": another part that does some of it is the fair rival, not a second answer.
  if (/\b(?:the bulk|most|the majority|the main part)\b/i.test(fact.clause) && !facts.some((f) => f.part === part && f.clause === fact.clause)) return false;
  // What it does: the verbs of the clause (its object is shared too often: "the food" in every sentence of a digestion article).
  const main = verbRootsOf(fact);
  if (facts.some((f) => f.part === part && main.some((r) => roots(f.clause).has(r)))) return true;
  // The key's own sentence may name another part in passing ("Rising above the canopy, the emergent layer holds …").
  return sentencesNaming(part, sentences).some((i) => i !== fact.sentenceIndex && main.some((r) => roots(sentences[i]!.text).has(r)));
}

// Which sentences name each part, found once per article and part (every option of every fact asks).
const naming = new WeakMap<Sentence[], Map<string, number[]>>();
export function sentencesNaming(part: string, sentences: Sentence[]): number[] {
  let byPart = naming.get(sentences);
  if (!byPart) naming.set(sentences, (byPart = new Map()));
  let found = byPart.get(part);
  if (!found) {
    found = [];
    for (const [i, s] of sentences.entries()) if (mentions(s.text, part)) found.push(i);
    byPart.set(part, found);
  }
  return found;
}



/**
 * Wrong options: the parts nearest the key in the article's list (its neighbours: a layer just above or
 * below, the organ before or after), two from a short list, three from a longer one. Reviewers found parts
 * far from the key absurd ("the anus breaks food into nutrients", "the forest floor lets light through to
 * the layers below") while the real rival was left out.
 */
function pickOthers(fact: FunctionFact, others: string[]): string[] {
  const at = fact.parts.indexOf(fact.part);
  const distance = (p: string) => Math.abs(fact.parts.indexOf(p) - at) + (fact.parts.indexOf(p) < at ? 0 : 0.5);
  // Named terms of several kinds have no neighbours; the farthest ones keep the set apart from a definition question's set.
  const sign = fact.kind === "of these" ? -1 : 1;
  return [...others].sort((a, b) => sign * (distance(a) - distance(b))).slice(0, fact.parts.length <= 5 ? 2 : 3);
}

/**
 * The article's named terms are of several kinds ("magma", "summit", "stratovolcano"): where it says what kind the part is,
 * only terms it makes things of that kind may stand for it, as an option or as this builder's swap ("pure water" beside
 * ions is ruled out by its kind alone). One list's parts are of one kind by the list. (The list-sibling swap of the
 * false statements, falsify-statement.ts, has no such check yet: "runny summit" for "runny lava" still comes from it.)
 */
function ofTheKeysKind(fact: FunctionFact, other: string, articleText: string): boolean {
  if (fact.kind !== "of these" || !articleText) return true;
  return sameKindAs(kindsOfTerm(fact.part, articleText), kindsOfTerm(other, articleText));
}

/** "Which part absorbs water …?" with the other parts as options. */
export function makePartQuestion(fact: FunctionFact, facts: FunctionFact[], sentences: Sentence[], random: () => number, articleText = ""): GeneratedQuestion | null {
  const sentence = sentences[fact.sentenceIndex]!;
  const prompt = fact.place ? `Which ${fact.kind} is the place where ${fact.clause}?` : `Which ${fact.kind} ${fact.clause}?`;
  const fitsSwap = swapFitterFor(sentence.text, fact.part, articleText);
  const others = fact.parts.filter((p) => p !== fact.part && !plural(p) && !mentions(prompt, p) && !mentions(p, fact.part) && !mentions(fact.part, p) && !alsoDoes(p, fact, facts, sentences) && ofTheKeysKind(fact, p, articleText) && fitsSwap(p));
  if (others.length < 2) return null;
  const partAt = sentence.text.toLowerCase().indexOf(fact.part.toLowerCase());
  const answer = partAt >= 0 ? { start: sentence.start + partAt, end: sentence.start + partAt + fact.part.length } : fact.range;
  return {
    type: "MULTIPLE_CHOICE",
    prompt,
    ...choiceQuestion(fact.part, pickOthers(fact, others), random),
    answerText: fact.part,
    source: sourceIn(sentence, answer),
    spanType: "TERM",
    keyKind: "function",
    score: 1,
    // A sure parse (a listed part as subject of a job verb); the part named through "It" is a step less sure.
    // "Which of these …?" among named terms of several kinds is less sure than among one list's parts.
    confidence: (partAt >= 0 ? 0.82 : 0.78) * (fact.kind === "of these" ? 0.9 : 1),
  };
}

/** "What does the large intestine do?" with other parts' jobs as options (never another job of the same part). */
export function makeJobQuestion(fact: FunctionFact, facts: FunctionFact[], sentences: Sentence[], random: () => number): GeneratedQuestion | null {
  // "Is responsible for …" reads badly as what a part does: asked only the other way round.
  if (fact.place || JOB_PHRASE.test(fact.clause)) return null;
  const sentence = sentences[fact.sentenceIndex]!;
  const seen = new Set<string>([fact.part]);
  const others: string[] = [];
  for (const f of shuffle(facts, random)) {
    if (f.place || JOB_PHRASE.test(f.clause) || seen.has(f.part) || mentions(f.clause, fact.part)) continue;
    seen.add(f.part);
    others.push(capitalise(f.clause));
  }
  if (others.length < 2) return null;
  const key = capitalise(fact.clause);
  return {
    type: "MULTIPLE_CHOICE",
    prompt: `What does the ${fact.part} do?`,
    ...choiceQuestion(key, others.slice(0, 3), random),
    answerText: key,
    source: sourceIn(sentence, fact.range),
    spanType: "TERM",
    keyKind: "function",
    score: 1,
    confidence: 0.76,
  };
}

/**
 * "The brainstem coordinates balance …" for "The cerebellum coordinates balance …":
 * a false statement with the sentence's part swapped for another listed part the
 * article never says does the same, only where the sentence names its part itself.
 */
export function makeSwappedPart(fact: FunctionFact, facts: FunctionFact[], sentences: Sentence[], articleText: string, random: () => number): GeneratedQuestion | null {
  const sentence = sentences[fact.sentenceIndex]!;
  if (fact.place || sentence.subject || dangles(sentence.text)) return null;
  const m = termPattern(fact.part).exec(sentence.text);
  // "The council, a group of elected members, …": the words set off after the part describe it alone.
  if (!m || sentence.text.charAt(m.index + m[0].length) === ",") return null;
  const fitsSwap = swapFitterFor(sentence.text, fact.part, articleText);
  const others = fact.parts.filter((p) => p !== fact.part && !plural(p) && !mentions(sentence.text, p) && !mentions(p, fact.part) && !mentions(fact.part, p) && !alsoDoes(p, fact, facts, sentences) && ofTheKeysKind(fact, p, articleText) && fitsSwap(p));
  const other = shuffle(others, random)[0];
  if (!other) return null;
  const swapped = /^[A-Z]/.test(m[0]) ? capitalise(other) : other;
  const statement = sentence.text.slice(0, m.index) + swapped + sentence.text.slice(m.index + m[0].length);
  if (articleText.includes(statement.replace(/[.!]$/, ""))) return null;
  const start = sentence.start + m.index;
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start, end: start + m[0].length }),
    keyKind: "function",
    confidence: 0.72,
  });
}

/** "Which part absorbs water …?" typed: the part's name is the answer (so a quiz's typed share goes to a main idea, not a cloze on a detail). */
export function makeTypedPartQuestion(fact: FunctionFact, sentences: Sentence[], articleText: string): GeneratedQuestion | null {
  const sentence = sentences[fact.sentenceIndex]!;
  // The answer is the article's own words: the part where the sentence names it, or (for "It …") where the sentence it points back to does.
  const inSentence = sentence.text.toLowerCase().indexOf(fact.part.toLowerCase());
  const at = inSentence >= 0 ? sentence.start + inSentence : articleText.toLowerCase().lastIndexOf(fact.part.toLowerCase(), sentence.start);
  if (at < 0) return null;
  const answerText = articleText.slice(at, at + fact.part.length);
  // "Which of these …?" needs its options: not typed.
  if (fact.kind === "of these") return null;
  const prompt = fact.place ? `Which ${fact.kind} is the place where ${fact.clause}?` : `Which ${fact.kind} ${fact.clause}?`;
  if (mentions(prompt, fact.part)) return null;
  return {
    type: "FILL_BLANK",
    prompt,
    options: [],
    answerKey: { kind: "text", accepted: [...new Set([answerText, ...termVariants(fact.part, false)])] },
    answerText,
    source: sourceIn(sentence, { start: at, end: at + fact.part.length }),
    spanType: "TERM",
    keyKind: "function",
    score: 1,
    confidence: inSentence >= 0 ? 0.76 : 0.72,
  };
}
