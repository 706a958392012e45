import { articleAliases } from "./aliases";
import { dangles } from "./question-stems";
import { shuffle } from "./random";
import { lowerFirstWord } from "./why-question";
import type { GeneratedQuestion, Sentence } from "./types";
import { multipleChoiceQuestion, sourceIn } from "./question-parts";

/**
 * Purposes and goals the article states in a sure shape ("The canal was meant
 * to carry coal", "The guild's aim was to train pilots", "Ida set out to map
 * the coast", "…, hoping to reach the pole", "… in order to …"), asked as
 * "What was the canal meant to do?" with the article's purposes of OTHER actors
 * as options: each a "To …" clause, true of someone in the article, not of the
 * actor asked about. An actor's own other goals are never options (they would be
 * right answers too), so an article about one actor gives no such question.
 */

export interface PurposeFact {
  sentenceIndex: number;
  /** The stem ("What was the canal meant to do?"). */
  question: string;
  /** Whose purpose it is, in lower case (the person a pronoun stands for, when the article is about one person). */
  actor: string;
  /** The option text: "To carry coal to the port". */
  answer: string;
  /** The purpose's words in the article. */
  start: number;
  end: number;
  /** The actor is a name (surer than "the vehicle", which the article may call by other words). */
  named: boolean;
  /** The actor as the article writes it. */
  shownActor: string;
}

// An opening phrase before the subject ("In 1901, ", "After the war ended, ", "Although tired, ").
const OPENER = "(?:(?:In|At|On|By|After|Before|During|For|With|From|Although|Though|While|When|Once|Soon|Later|Then|Equipped|Confronted|Faced|Under|Within|Early|Late)\\b[^;:]{0,110}?, )?";
// A short subject: a name, or a determiner and up to five words, or a pronoun (resolved below).
const SUBJECT = "((?:(?:The|A|An|His|Her|Their|Its|the|a|an) )?[A-Za-z][\\w'’&.-]*(?: [\\w'’&.-]+){0,5}?)";
// The purpose itself: "to" and a verb, up to the clause's end.
const PURPOSE = "to ((?!be\\b)[a-z]+(?: [^,;:.()\"“”]+?)?)(?=[,;.]| and (?:it|he|she|they|was|were)\\b| (?:so that|in order|so as|because)\\b|$)";

const PASSIVE = new RegExp(`^${OPENER}${SUBJECT} (was|were|is|are) (?:\\w+ly |also |first )?(meant|intended|designed|built|created|developed|conceived|founded|established|formed|set up|made) ${PURPOSE}`);
const GOAL = new RegExp(`^${OPENER}${SUBJECT}['’]s? (?:main |chief |primary |ultimate |stated |first )?(goal|aim|purpose|objective|mission|intention|task) (was|is) ${PURPOSE}`);
const GOAL_OF = new RegExp(`^${OPENER}The (?:main |chief |primary |ultimate |stated )?(goal|aim|purpose|objective|mission|task) of ${SUBJECT} (was|is) ${PURPOSE}`);
// An adverb between subject and verb ("Ida also sought to …") is no part of the subject.
const ADVERB = "(?:(?:also|then|later|soon|first|finally|eventually|once|still|always|now) )?";
const AIMED = new RegExp(`^${OPENER}${SUBJECT} ${ADVERB}(aimed|sought|set out|hoped|wanted|planned|tried|intended|meant|strove|vowed|resolved|attempted|wished|made up (?:his|her|their) minds?) ${PURPOSE}`);
const PARTICIPLE = new RegExp(`^${OPENER}${SUBJECT} ([a-z]+ed|set out|began|began|ran|went|left|took|made|built|began|set off|sailed|rode|wrote|led|fought)\\b[^;:]{3,120}?, (intending|hoping|aiming|seeking|trying|wanting|planning) ${PURPOSE}`);
const IN_ORDER = new RegExp(`^${OPENER}${SUBJECT} ([a-z]+ed|set out|began|ran|went|left|took|made|built|sent|sailed|rode|wrote|led|fought)\\b[^;:]{0,120}? in order ${PURPOSE}`);

const BASE: Record<string, string> = {
  aimed: "aim",
  sought: "seek",
  "set out": "set out",
  hoped: "hope",
  wanted: "want",
  planned: "plan",
  tried: "try",
  intended: "intend",
  meant: "mean",
  strove: "strive",
  vowed: "vow",
  resolved: "resolve",
  attempted: "attempt",
  wished: "wish",
  intending: "intend",
  hoping: "hope",
  aiming: "aim",
  seeking: "seek",
  trying: "try",
  wanting: "want",
  planning: "plan",
};

const PRONOUN_SUBJECT = /^(?:he|she|they|it|his|her|their|its)$/i;
const POINTING = /^(?:this|that|these|those|such|the (?:new|same|latter|former) )/i;
const PERSONAL = /\b(?:he|him|his|she|her|hers|they|them|their|it|its|this|these|those)\b/i;

function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** The subject as a stem shows it, and whose purpose it is; null when it cannot be named. */
function actorOf(subject: string, sentence: Sentence, articleText: string): { shown: string; actor: string; named: boolean } | null {
  if (POINTING.test(subject)) return null;
  const person = sentence.person ?? sentence.titlePerson;
  if (PRONOUN_SUBJECT.test(subject)) {
    if (!person || !/^(?:he|she)$/i.test(subject) || subject.toLowerCase() !== person.pronoun) return null;
    return { shown: person.name, actor: person.name.toLowerCase(), named: true };
  }
  if (/\b(?:he|him|his|she|her|they|them|their|it|its)\b/i.test(subject)) return null;
  // "The canal" reads "the canal" in a stem; a name keeps its capitals.
  const shown = /^(?:The|A|An) /.test(subject) ? lowerFirstWord(subject, articleText) : subject;
  const named = /^[A-Z]/.test(shown);
  // Any name of the article's one person stands for that person.
  const titleWords = person ? person.name.split(/\s+/).filter((w) => w.length > 2) : [];
  const isPerson = titleWords.some((w) => new RegExp(`\\b${w}\\b`).test(subject));
  const actor = isPerson ? person!.name.toLowerCase() : subject.toLowerCase().replace(/^(?:the|a|an) /, "");
  return { shown, actor, named };
}

function purposeOf(sentence: Sentence, sentenceIndex: number, articleText: string): PurposeFact | null {
  const text = sentence.text;
  const make = (subject: string, purpose: string, question: (shown: string) => string): PurposeFact | null => {
    const who = actorOf(subject, sentence, articleText);
    const words = purpose.split(/\s+/).length;
    if (!who || words < 2 || words > 16 || PERSONAL.test(purpose)) return null;
    const stem = question(who.shown);
    if (dangles(stem)) return null;
    const at = text.indexOf(`to ${purpose}`);
    if (at < 0) return null;
    // The key's range holds "to …", which the option shows capitalised.
    const start = sentence.start + at;
    return { sentenceIndex, question: stem, actor: who.actor, answer: `To ${purpose}`, start, end: start + 3 + purpose.length, named: who.named, shownActor: who.shown };
  };
  let m = GOAL_OF.exec(text);
  if (m) return make(m[2]!, m[4]!, (s) => `What ${m![3]} the ${m![1]} of ${s}?`);
  m = GOAL.exec(text);
  if (m) return make(m[1]!, m[4]!, (s) => `What ${m![3]} ${possessive(s)} ${m![2]}?`);
  m = PASSIVE.exec(text);
  if (m) {
    const verb = /^(?:meant|intended|designed)$/.test(m[3]!) ? "meant" : m[3]!;
    return make(m[1]!, m[4]!, (s) => `What ${m![2]} ${s} ${verb} to do?`);
  }
  m = AIMED.exec(text);
  if (m && /^made up/.test(m[2]!)) return make(m[1]!, m[3]!, (s) => `What did ${s} decide to do?`);
  if (m) return make(m[1]!, m[3]!, (s) => `What did ${s} ${BASE[m![2]!] ?? m![2]} to do?`);
  m = PARTICIPLE.exec(text);
  if (m) return make(m[1]!, m[4]!, (s) => `What did ${s} ${BASE[m![3]!]} to do?`);
  m = IN_ORDER.exec(text);
  if (m) return make(m[1]!, m[3]!, (s) => `What did ${s} want to do?`);
  return null;
}

export function findPurposes(sentences: Sentence[], articleText: string): PurposeFact[] {
  const out: PurposeFact[] = [];
  sentences.forEach((s, i) => {
    const found = purposeOf(s, i, articleText);
    if (found) out.push(found);
  });
  // One actor under two names ("Koxinga, also known as Zheng Chenggong"): their goals are one actor's, never each other's options.
  for (const fact of out) {
    if (!fact.named) continue;
    const names = new Set([fact.actor, ...articleAliases(fact.shownActor, articleText).map((a) => a.toLowerCase())]);
    for (const other of out) if (other !== fact && names.has(other.actor)) other.actor = fact.actor;
  }
  return out;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 3));
}

/** Another actor's purpose, saying something else: surely wrong for this actor. */
function fitsBeside(other: PurposeFact, fact: PurposeFact): boolean {
  if (other.actor === fact.actor || other.actor.includes(fact.actor) || fact.actor.includes(other.actor)) return false;
  const mine = words(fact.answer);
  const theirs = words(other.answer);
  const shared = [...theirs].filter((w) => mine.has(w)).length;
  if (shared / Math.max(1, Math.min(mine.size, theirs.size)) >= 0.5) return false;
  // The option may not name the actor asked about ("To help Ida") nor be named in the stem.
  return !fact.question.toLowerCase().includes(other.answer.slice(3).toLowerCase()) && !other.answer.toLowerCase().includes(fact.actor);
}

export function makePurposeQuestion(fact: PurposeFact, all: PurposeFact[], sentences: Sentence[], random: () => number): GeneratedQuestion | null {
  const others = all.filter((o) => fitsBeside(o, fact));
  // One option per other actor: two goals of one actor side by side would hint which is the odd one.
  const byActor = new Map<string, PurposeFact>();
  for (const o of shuffle(others, random)) if (!byActor.has(o.actor)) byActor.set(o.actor, o);
  const distractors = [...byActor.values()].slice(0, 3);
  if (distractors.length < 2) return null;
  const sentence = sentences[fact.sentenceIndex]!;
  const unnamed = [fact, ...distractors].filter((f) => !f.named).length;
  return multipleChoiceQuestion(
    {
      prompt: fact.question,
      key: fact.answer,
      others: distractors.map((d) => d.answer),
      source: sourceIn(sentence, { start: fact.start, end: fact.end }),
      keyKind: "purpose",
      // A thing named by common words ("the vehicle") may be another option's actor under another name: less sure.
      confidence: (distractors.length === 3 ? 0.78 : 0.72) * (unnamed ? 0.92 : 1),
    },
    random,
  );
}
