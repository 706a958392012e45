import { articleMemo, boundedMemo } from "./article-memo";
import nlp from "compromise";
import { singularOf } from "./find-category-lists";
import { STOP_WORDS } from "./find-siblings";
import { escapeRegExp } from "./find-spans";
import { rootOf, roots, sameParagraph, sentencesNaming } from "./make-function-questions";
import { termVariants } from "./make-term-questions";
import { mentions } from "./whole-words";
import { capitalise, choiceQuestion, sourceIn } from "./question-parts";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * Jobs of sibling parts stated side by side, which the list-based jobs (make-function-questions)
 * cannot read because the parts are never listed:
 * - parallel clauses after the sentence naming their kind: "Pipes come in three kinds. Red pipes hold
 *   water, blue pipes carry gas, and green pipes drain the roof." (each clause a plural part and its verb);
 * - one sentence per part, each naming the kind: "The two front rooms are the parlours, and they greet
 *   guests. The two back rooms are the sculleries, which hold the pots."
 * Asked "Which <kind> <job>?", with the sibling parts as options, or typed when there are only two.
 */
export interface ParallelJob {
  sentenceIndex: number;
  /** The part as the article names it ("arteries"). */
  part: string;
  /** What the part does, as a plural verb phrase with its pronouns written out ("carry water to the roof"). */
  job: string;
  /** The kind of the parts, plural ("pipes"). */
  kind: string;
  /** The part and its siblings, as the article names them. */
  parts: string[];
  /** Where the part is named in the sentence. */
  at: { start: number; end: number };
  /** The words the article names the part's kind with, when it does ("upper" in "the two upper rooms are the combs"). */
  modifier?: string;
}

// "three kinds of tubes", "two types of blood cells": the sentence that names the kind and how many. Only a number:
// without one ("many kinds of crops") nothing ties the clauses that follow to the kind.
const KIND_OF = /\b(two|three|four|five|six)\s+(?:main\s+|different\s+)?(?:kinds|types|sorts)\s+of\s+(?:[a-z]+\s+)?([a-z]+s)\b/i;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
// Size words describe a part without naming it ("tiny hairs"): left off the name when the article names it without them.
const SIZE = /^(?:tiny|small|large|huge|big|little|thin|thick|long|short|narrow|wide)$/i;
// Words pointing outside the clause: the job cannot stand in a stem without them.
const POINTER = /\b(?:they|them|their|theirs|its|this|these|those|that|he|she|his|her|the two|the other|the others|one another|each other)\b/i;
// "bring it back", "send them out again": the goal is said only in a sibling clause.
const GOAL_ELSEWHERE = /\b(?:back|back again|there)$/i;
// "also gather", "never sting", "only feed": the job presupposes or denies what the siblings do, so it does not single one out.
const NOT_ALONE = /\b(?:also|too|not|never|only|rarely|seldom|even|both|either|neither|all)\b|n't\b/i;
// "make it easy to …", "find it hard": an "it" that stands for what comes after, not for a thing.
const DUMMY_IT = /\bit\s+(?:to\b|(?:is|was)\b|(?:easy|easier|hard|harder|possible|impossible|difficult|likely|unlikely|safe|necessary|useful)\b)/i;

/** Each other mention of the part ("capillary walls" for "capillaries"), with the sentence's own clause left out. */
function namedElsewhere(word: string, text: string, sentence: Sentence): boolean {
  const rest = text.slice(0, sentence.start) + text.slice(sentence.end);
  return mentions(rest, word) || mentions(rest, singularOf(word));
}

/**
 * The job's "it", written out or kept. Two shapes only, else the job is not asked:
 * - the job's own object, taken up again by a time clause ("gather sap as it rises"): kept;
 * - the verb's object ("carry it away") when the sentence before opens with a bare singular noun as its
 *   subject ("Water travels …"): that noun written in.
 * "drain the fields into it" (a noun of another sentence) and "make it easy to …" (no thing at all) are not asked.
 */
function writeOutIt(job: string, leadSubject: string | null): string | null {
  if (!/\bit\b/i.test(job)) return job;
  if (/\bit\b.*\bit\b/i.test(job) || DUMMY_IT.test(job)) return null;
  if (/^[a-z]+ (?:[a-z]+ ){1,4}(?:as|when|after|before|until|once|while) it\b/i.test(job) && !/^[a-z]+ it\b/i.test(job)) return job;
  if (!leadSubject || !/^[a-z]+ it\b/i.test(job)) return null;
  return job.replace(/\bit\b/i, leadSubject);
}

/** The bare noun subject of a sentence ("Water travels in …" -> "water"), lower-cased where the article writes it so. */
function bareSubject(sentence: Sentence, sentences: Sentence[]): string | null {
  const m = /^([A-Z][a-z]{2,}) ([a-z]+s)\b/.exec(sentence.text);
  if (!m || /^(?:It|This|That|There|He|She|They|One|Each)$/.test(m[1]!)) return null;
  if (!opensWithNounAndVerb(sentence.text, m[2]!)) return null;
  const lower = m[1]!.toLowerCase();
  // A name keeps its capital: the article writes it so inside a sentence too (a heading or title, with no end stop, does not count).
  const capital = new RegExp(`[a-z,;] ${m[1]}\\b`);
  return sentences.some((s) => /[.!?]["')]?$/.test(s.text) && capital.test(s.text)) ? m[1]! : lower;
}

// The tagger reads each lead once per process (bounded): a long article repeats its leads.
const nounThenVerb = boundedMemo<boolean>(5000);
function opensWithNounAndVerb(text: string, verb: string): boolean {
  return nounThenVerb(`${text}\u0000${verb}`, () => {
    // Read in the whole sentence: alone, "Sap moves" reads as two nouns.
    const doc = nlp(text);
    const first = doc.match("^.");
    return first.has("#Noun") && !first.has("#Plural") && doc.verbs().first().text().split(/\s+/)[0] === verb;
  });
}

// The verb check reads each clause with the tagger: the same clause is read once per process (bounded).
const verbFirst = boundedMemo<boolean>(5000);
function leadsWithVerb(part: string, verb: string, rest: string): boolean {
  const clause = `The ${part} ${verb} ${rest}`;
  return verbFirst(clause, () => nlp(clause).verbs().first().text().toLowerCase().startsWith(verb));
}

/** A job that a sibling's job in the same sentence holds whole ("Rods detect light, while cones detect light and colour"). */
function coveredBySibling(job: string, siblingJobs: string[]): boolean {
  const [verb, ...objects] = job.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const content = objects.filter((w) => w.length > 3 && !STOP_WORDS.has(w)).map(rootOf);
  return siblingJobs.some((other) => {
    const [otherVerb, ...rest] = other.toLowerCase().split(/[^a-z]+/).filter(Boolean);
    if (!otherVerb || rootOf(otherVerb) !== rootOf(verb!)) return false;
    const theirs = new Set(rest.map(rootOf));
    return content.every((r) => theirs.has(r));
  });
}

/** "Red pipes hold water, blue pipes carry gas, and green pipes drain the roof." after the sentence naming the kind. */
function parallelClauses(sentences: Sentence[], i: number, text: string): ParallelJob[] {
  const sentence = sentences[i]!;
  const lead = sentences[i - 1];
  if (!lead || !sameParagraph(text, lead, sentence)) return [];
  const kind = KIND_OF.exec(lead.text);
  // "kinds of glass" ("glass" is no plural), "kinds of its …": no kind read.
  if (!kind || /(?:ss|us|is)$/i.test(kind[2]!) || STOP_WORDS.has(kind[2]!.toLowerCase())) return [];
  const body = sentence.text.replace(/[.!]$/, "");
  // "while"/"whereas" split clauses only after a comma: a bare "while" may join a clause to the one before it.
  const clauses = body.split(/,\s+(?:and\s+|while\s+|whereas\s+)?|;\s+(?:and\s+)?/);
  if (clauses.length < 2) return [];
  const count = COUNT[kind[1]!.toLowerCase()];
  if (count !== clauses.length) return [];
  const read: { part: string; job: string; clause: string }[] = [];
  for (const clause of clauses) {
    const m = /^([A-Za-z]+ )?([A-Za-z][a-z]+s) ([a-z]+) (.+)$/.exec(clause);
    if (!m) return [];
    let part = m[2]!;
    // "tiny capillaries": the size word is left off when the article names the part without it.
    if (m[1] && !(SIZE.test(m[1].trim()) && namedElsewhere(part, text, sentence))) return [];
    part = part.toLowerCase();
    // A plural part with a plain plural verb: "veins bring", not "veins brought" (a story) or "Water's path" (no part).
    if (/s$/.test(m[3]!) && !/ss$/.test(m[3]!)) return [];
    if (!leadsWithVerb(part, m[3]!, m[4]!)) return [];
    // "also gather", "never sting": the part is still a sibling, but its job is not asked (see NOT_ALONE).
    read.push({ part, job: `${m[3]} ${m[4]}`, clause });
  }
  const parts = read.map((r) => r.part);
  if (new Set(parts).size !== parts.length) return [];
  const leadSubject = bareSubject(lead, sentences);
  const out: ParallelJob[] = [];
  for (const r of read) {
    if (coveredBySibling(r.job, read.filter((o) => o !== r).map((o) => o.job))) continue;
    const job = writeOutIt(r.job, leadSubject);
    if (!job) continue;
    const at = sentence.text.toLowerCase().indexOf(r.part, sentence.text.indexOf(r.clause));
    out.push({ sentenceIndex: i, part: r.part, job, kind: kind[2]!.toLowerCase(), parts, at: { start: sentence.start + at, end: sentence.start + at + r.part.length } });
  }
  return out;
}

// "The two upper rooms are the parlours, and they greet guests." / "…, which greet guests.": the part, its kind and its job.
// "are the atria" or "are called the atria", never a bare word ("are wealthy" is an adjective, not a name).
const NAMED_WITH_JOB = /^The (?:(?:two|three|four|five|six) )?((?:[a-z]+ ){1,2})([a-z]+s) are (?:called )?(?:the )([a-z]+)(?:, and they|, which| and they|; they) ([a-z]+) (.+?)[.!]$/;

/** One sentence per part, each naming the kind with its own words ("upper", "lower"), in one section. */
function namedPairs(sentences: Sentence[], text: string): ParallelJob[] {
  const found: { i: number; kind: string; part: string; verb: string; rest: string; modifier: string }[] = [];
  sentences.forEach((s, i) => {
    const m = NAMED_WITH_JOB.exec(s.text);
    // "are the richest": a superlative or comparative is not a name.
    if (m && !/(?:est|er)$/.test(m[3]!)) found.push({ i, modifier: m[1]!.trim(), kind: m[2]!, part: m[3]!, verb: m[4]!, rest: m[5]! });
  });
  const out: ParallelJob[] = [];
  for (const f of found) {
    // Siblings: the same kind, named with other words, in sentences of the same paragraph.
    const siblings = found.filter((g) => g.kind === f.kind && sameParagraph(text, sentences[g.i]!, sentences[f.i]!));
    const parts = siblings.map((g) => g.part);
    if (parts.length < 2 || new Set(parts).size !== parts.length || new Set(siblings.map((g) => g.modifier)).size !== siblings.length) continue;
    if (/s$/.test(f.verb) && !/ss$/.test(f.verb)) continue;
    const job = writeOutIt(`${f.verb} ${f.rest}`, null);
    if (!job) continue;
    const s = sentences[f.i]!;
    const at = s.text.indexOf(f.part, s.text.indexOf(" are "));
    out.push({ sentenceIndex: f.i, part: f.part, job, kind: f.kind, parts, at: { start: s.start + at, end: s.start + at + f.part.length }, modifier: f.modifier });
  }
  return out;
}

/** Sentences naming the part, or opening with "They"/"These …" right after one that does (same paragraph). */
function sentencesAbout(part: string, sentences: Sentence[], text: string): number[] {
  const named = new Set([...sentencesNaming(part, sentences), ...sentencesNaming(singularOf(part), sentences)]);
  for (const i of [...named]) {
    const next = sentences[i + 1];
    if (next && /^(?:They|These [a-z]+)\b/.test(next.text) && sameParagraph(text, sentences[i]!, next)) named.add(i + 1);
  }
  return [...named];
}

/**
 * The article says a sibling does the job too: a sentence (other than the part's own) naming the sibling
 * (or "They" right after it) with the job's verb, in any form ("carried", "brought"), and one of its other
 * words. Then two options fit and no question is made. (Siblings in the part's own sentence: coveredBySibling.)
 */
function sharedJob(job: ParallelJob, sentences: Sentence[], text: string): boolean {
  const [first, ...words] = job.job.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  if (!first) return true;
  const verb = rootOf(first);
  const objects = [...roots(words.join(" "))].filter((r) => r !== verb);
  // A verb of three letters ("eat", "dig") is not among a sentence's roots: looked for as a word.
  const short = first.length <= 3 ? new RegExp(`\\b${escapeRegExp(first)}(?:s|es|ed|ing)?\\b`, "i") : null;
  return job.parts.some(
    (p) =>
      p !== job.part &&
      sentencesAbout(p, sentences, text).some((i) => {
        if (i === job.sentenceIndex) return false;
        const found = roots(sentences[i]!.text);
        return (short ? short.test(sentences[i]!.text) : found.has(verb)) && (objects.length === 0 || objects.some((o) => found.has(o)));
      }),
  );
}

/**
 * Every part read with its job and siblings, before the jobs that cannot be asked are dropped. Read once per
 * article (the jobs and the superlatives both ask), keyed on the sentences: one array per parsed text.
 */
const jobsRead = new WeakMap<Sentence[], ParallelJob[]>();
function readJobs(sentences: Sentence[], text: string): ParallelJob[] {
  const known = jobsRead.get(sentences);
  if (known) return known;
  const out: ParallelJob[] = [];
  jobsRead.set(sentences, out);
  // Only sentences after one naming "kinds of" something are read as parallel clauses (cheap test first).
  sentences.forEach((s, i) => {
    if (i > 0 && KIND_OF.test(sentences[i - 1]!.text)) out.push(...parallelClauses(sentences, i, text));
  });
  out.push(...namedPairs(sentences, text));
  return out;
}

export function findParallelJobs(sentences: Sentence[], text: string): ParallelJob[] {
  return readJobs(sentences, text).filter((j) => {
    if (POINTER.test(j.job) || GOAL_ELSEWHERE.test(j.job) || NOT_ALONE.test(j.job) || j.job.split(/\s+/).length < 2) return false;
    // The job must not name the key or a sibling (the stem would answer itself or point at another option).
    if (j.parts.some((p) => mentions(j.job, p) || mentions(j.job, singularOf(p)))) return false;
    return !sharedJob(j, sentences, text);
  });
}

/** "Which pipes carry gas?": the siblings as options when there are three or more, else typed. */
export function makeParallelPartQuestion(job: ParallelJob, sentences: Sentence[], text: string, random: () => number): GeneratedQuestion | null {
  const sentence = sentences[job.sentenceIndex]!;
  const prompt = `Which ${job.kind} ${job.job}?`;
  const answerText = text.slice(job.at.start, job.at.end);
  if (answerText.toLowerCase() !== job.part.toLowerCase()) return null;
  const others = job.parts.filter((p) => p !== job.part);
  const common = { answerText, source: sourceIn(sentence, job.at), spanType: "TERM" as const, keyKind: "function" as const, score: 1 };
  if (others.length >= 2) {
    const key = capitalise(job.part);
    return { type: "MULTIPLE_CHOICE", prompt, ...choiceQuestion(key, others.slice(0, 3).map(capitalise), random), ...common, answerText: key, confidence: 0.8 };
  }
  return {
    type: "FILL_BLANK",
    prompt,
    options: [],
    answerKey: { kind: "text", accepted: [...new Set([job.part, `the ${job.part}`, ...termVariants(job.part, true), ...[singularIn(job.part, text)].filter((w): w is string => w !== null), ...byKind(job)])] },
    ...common,
    confidence: 0.74,
  };
}

/** The part as the article also names it, by its kind ("the three lower rooms are the cellars": "lower rooms"). */
function byKind(job: ParallelJob): string[] {
  if (!job.modifier) return [];
  const [m, kind] = [job.modifier, job.kind];
  return [`${m} ${kind}`, `${m} ${singularOf(kind)}`, `the ${m} ${kind}`, `two ${m} ${kind}`, `2 ${m} ${kind}`, `the two ${m} ${kind}`];
}

// Words that tell apart the members of a pair of parts ("left"/"right" lung): a sibling is the same part with the other word.
const PAIRED = [
  ["left", "right"],
  ["upper", "lower"],
  ["front", "back"],
  ["inner", "outer"],
  ["northern", "southern"],
  ["eastern", "western"],
];

/** The singular a plural part is named by in the article ("ventricles" -> "ventricle", "atria" -> "atrium"), or null. */
function singularIn(part: string, text: string): string | null {
  return firstNamed(`${singularOf(part)}|${part.replace(/a$/, "um")}|${part.replace(/a$/, "on")}|${part.replace(/i$/, "us")}|${part.replace(/es$/, "is")}`, text, part);
}

// Whether the article names a word: each word looked for once per article (the superlatives ask for every set and sentence).
const named = articleMemo<string | null>();
/** The first of the "|"-joined words the article names (other than `not`), or null. */
function firstNamed(words: string, text: string, not = ""): string | null {
  return named(text, `${words}\u0000${not}`, () => words.split("|").find((f) => f !== not && mentions(text, f)) ?? null);
}

/**
 * "Because the rear tank has to hold the most, its wall is the thickest." The part the clause is about is one of a set
 * the article names (left/right of each of its kind's parts): "Which chamber has the thickest wall?" with the
 * other members the article names as options.
 */
export function makeSuperlativePartQuestions(sentences: Sentence[], text: string, random: () => number): GeneratedQuestion[] {
  const sets = readJobs(sentences, text);
  if (sets.length === 0) return [];
  const out: GeneratedQuestion[] = [];
  for (const sentence of sentences) {
    const sup = /\bits ([a-z]+) (is|was) the ([a-z]{3,}est|most [a-z]{3,})(?=[.!])/.exec(sentence.text);
    if (!sup) continue;
    const before = sentence.text.slice(0, sup.index);
    // The one part the clause before names: "the <pair word> <part>", and no other such part.
    const named = [...before.matchAll(/\bthe ([a-z]+) ([a-z]+)\b/gi)].filter((m) => PAIRED.some((p) => p.includes(m[1]!.toLowerCase())));
    if (named.length !== 1) continue;
    // "its" is the part's only where the part is the subject of the clause before: the sentence opens with it, or its
    // "Because …" clause does, and that clause says what the part must do ("has to pump …"), so that the noun after
    // the verb ("feeds the aorta, its wall …") is not the nearer owner of "its".
    if (!/^(?:(?:Because|Since|As) )?the $/i.test(before.slice(0, named[0]!.index! + "the ".length))) continue;
    if (!/^(?:has to|had to|must|needs to|needed to)\b/.test(before.slice(named[0]!.index! + named[0]![0].length).trim())) continue;
    const [, word, head] = named[0]! as unknown as [string, string, string];
    const pair = PAIRED.find((p) => p.includes(word.toLowerCase()))!;
    const set = sets.find((j) => j.parts.some((p) => singularIn(p, text) === head.toLowerCase()));
    if (!set) continue;
    const key = `${word.toLowerCase()} ${head.toLowerCase()}`;
    // Every member the article names: each pair word with each part of the set.
    const members = set.parts.flatMap((p) => {
      const one = singularIn(p, text);
      return one ? pair.map((w) => `${w} ${one}`).filter((m) => firstNamed(m, text)) : [];
    });
    const others = members.filter((m) => m !== key);
    if (!members.includes(key) || others.length < 2) continue;
    const kind = singularOf(set.kind);
    const prompt = `Which ${kind} ${sup[2] === "was" ? "had" : "has"} the ${sup[3]} ${sup[1]}?`;
    const start = sentence.start + named[0]!.index! + "the ".length;
    out.push({
      type: "MULTIPLE_CHOICE",
      prompt,
      ...choiceQuestion(capitalise(key), shuffle(others, random).slice(0, 3).map(capitalise), random),
      answerText: capitalise(key),
      source: sourceIn(sentence, { start, end: start + key.length }),
      spanType: "TERM",
      keyKind: "comparison",
      score: 1,
      confidence: 0.78,
    });
  }
  return out;
}
