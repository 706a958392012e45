import nlp from "compromise";
import { escapeRegExp } from "./find-spans";
import { mentions, termVariants } from "./make-term-questions";
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
}

// "three kinds of tubes", "two types of cells": the sentence that names the kind and how many.
const KIND_OF = /\b(two|three|four|five|six|several|different|many)\s+(?:main\s+|different\s+)?(?:kinds|types|sorts)\s+of\s+([a-z]+s)\b/i;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
// Size words describe a part without naming it ("tiny hairs"): left off the name when the article names it without them.
const SIZE = /^(?:tiny|small|large|huge|big|little|thin|thick|long|short|narrow|wide)$/i;
// Words pointing outside the clause: the job cannot stand in a stem without them.
const POINTER = /\b(?:they|them|their|theirs|its|this|these|those|that|he|she|his|her|the two|the other|the others|one another|each other)\b/i;
// "bring it back", "send them out again": the goal is said only in a sibling clause.
const GOAL_ELSEWHERE = /\b(?:back|back again|there)$/i;

function sameParagraph(text: string, a: Sentence, b: Sentence): boolean {
  return a.section === b.section && !/\n\s*\n/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}

function singular(word: string): string {
  return word.replace(/ies$/i, "y").replace(/(sh|ch|x|ss)es$/i, "$1").replace(/([^s])s$/i, "$1");
}

/** Each other mention of the part ("capillary walls" for "capillaries"), with the sentence's own clause left out. */
function namedElsewhere(word: string, text: string, sentence: Sentence): boolean {
  const rest = text.slice(0, sentence.start) + text.slice(sentence.end);
  return mentions(rest, word) || mentions(rest, singular(word));
}

/**
 * The job's "it" written out: the job itself names a noun before it ("collect water as it comes in"), or the
 * sentence before opens with a bare singular noun as its subject ("Water travels …") and nothing between
 * could be meant. Otherwise the job is not asked.
 */
function writeOutIt(job: string, leadSubject: string | null): string | null {
  if (!/\bit\b/i.test(job)) return job;
  const before = job.slice(0, job.search(/\bit\b/i)).split(/\s+/).slice(1).join(" ");
  if (before && nlp(before).nouns().length > 0) return job;
  if (!leadSubject || /\bit\b.*\bit\b/i.test(job)) return null;
  return job.replace(/\bit\b/i, leadSubject);
}

/** The bare noun subject of a sentence ("Water travels in …" -> "water"), lower-cased where the article writes it so. */
function bareSubject(sentence: Sentence, text: string): string | null {
  const m = /^([A-Z][a-z]{2,}) ([a-z]+s)\b/.exec(sentence.text);
  if (!m || /^(?:It|This|That|There|He|She|They|One|Each)$/.test(m[1]!)) return null;
  // Read in the whole sentence: alone, "Sap moves" reads as two nouns.
  const doc = nlp(sentence.text);
  const first = doc.match("^.");
  if (!first.has("#Noun") || first.has("#Plural") || doc.verbs().first().text().split(/\s+/)[0] !== m[2]) return null;
  const lower = m[1]!.toLowerCase();
  // A name keeps its capital: the article writes it so inside a sentence too.
  return new RegExp(`[a-z,;] ${m[1]}\\b`).test(text) ? m[1]! : lower;
}

/** "Red pipes hold water, blue pipes carry gas, and green pipes drain the roof." after the sentence naming the kind. */
function parallelClauses(sentences: Sentence[], i: number, text: string): ParallelJob[] {
  const sentence = sentences[i]!;
  const lead = sentences[i - 1];
  if (!lead || !sameParagraph(text, lead, sentence)) return [];
  const kind = KIND_OF.exec(lead.text);
  if (!kind) return [];
  const body = sentence.text.replace(/[.!]$/, "");
  const clauses = body.split(/,\s+(?:and\s+|while\s+|whereas\s+)?|;\s+(?:and\s+)?|\s+(?:while|whereas)\s+/);
  if (clauses.length < 2) return [];
  const count = COUNT[kind[1]!.toLowerCase()];
  if (count && count !== clauses.length) return [];
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
    if (!nlp(`The ${part} ${m[3]} ${m[4]}`).verbs().first().text().toLowerCase().startsWith(m[3]!)) return [];
    read.push({ part, job: `${m[3]} ${m[4]}`, clause });
  }
  const parts = read.map((r) => r.part);
  if (new Set(parts).size !== parts.length) return [];
  const leadSubject = bareSubject(lead, text);
  const out: ParallelJob[] = [];
  for (const r of read) {
    const job = writeOutIt(r.job, leadSubject);
    if (!job) continue;
    const at = sentence.text.toLowerCase().indexOf(r.part, sentence.text.indexOf(r.clause));
    out.push({ sentenceIndex: i, part: r.part, job, kind: kind[2]!.toLowerCase(), parts, at: { start: sentence.start + at, end: sentence.start + at + r.part.length } });
  }
  return out;
}

// "The two upper rooms are the parlours, and they greet guests." / "…, which greet guests.": the part, its kind and its job.
const NAMED_WITH_JOB = /^The (?:(?:two|three|four|five|six) )?((?:[a-z]+ ){1,2})([a-z]+s) are (?:the |called )?([a-z]+)(?:, and they|, which| and they|; they) ([a-z]+) (.+?)[.!]$/;

/** One sentence per part, each naming the kind with its own words ("upper", "lower"), in one section. */
function namedPairs(sentences: Sentence[], text: string): ParallelJob[] {
  const found: { i: number; kind: string; part: string; verb: string; rest: string; modifier: string }[] = [];
  sentences.forEach((s, i) => {
    const m = NAMED_WITH_JOB.exec(s.text);
    if (m) found.push({ i, modifier: m[1]!.trim(), kind: m[2]!, part: m[3]!, verb: m[4]!, rest: m[5]! });
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
    out.push({ sentenceIndex: f.i, part: f.part, job, kind: f.kind, parts, at: { start: s.start + at, end: s.start + at + f.part.length } });
  }
  return out;
}

function rootsOf(words: string): string[] {
  return words
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 3)
    .map((w) => w.replace(/(?:es|s|ed|ing)$/, "").slice(0, 5));
}

/**
 * The article says a sibling does the job too: a sentence (other than the part's own) naming the sibling
 * with the job's verb and one of its other words. Then two options fit and no question is made.
 */
function sharedJob(job: ParallelJob, sentences: Sentence[]): boolean {
  const [verb, ...rest] = rootsOf(job.job);
  if (!verb) return true;
  const objects = rest.filter((r) => r !== verb);
  return job.parts.some(
    (p) =>
      p !== job.part &&
      sentences.some((s, i) => {
        if (i === job.sentenceIndex || !(mentions(s.text, p) || mentions(s.text, singular(p)))) return false;
        const roots = new Set(rootsOf(s.text));
        return roots.has(verb) && (objects.length === 0 || objects.some((o) => roots.has(o)));
      }),
  );
}

/** Every part read with its job and siblings, before the jobs that cannot be asked are dropped. */
// Read once per article: the jobs and the superlatives both ask.
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
    if (POINTER.test(j.job) || GOAL_ELSEWHERE.test(j.job) || j.job.split(/\s+/).length < 2) return false;
    // The job must not name the key or a sibling (the stem would answer itself or point at another option).
    if (j.parts.some((p) => mentions(j.job, p) || mentions(j.job, singular(p)))) return false;
    return !sharedJob(j, sentences);
  });
}

/** "Which pipes carry gas?": the siblings as options when there are three or more, else typed. */
export function makeParallelPartQuestion(job: ParallelJob, sentences: Sentence[], text: string, random: () => number): GeneratedQuestion | null {
  const sentence = sentences[job.sentenceIndex]!;
  const prompt = `Which ${job.kind} ${job.job}?`;
  const answerText = text.slice(job.at.start, job.at.end);
  if (!new RegExp(`^${escapeRegExp(job.part)}$`, "i").test(answerText)) return null;
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
    answerKey: { kind: "text", accepted: [...new Set([job.part, `the ${job.part}`, ...termVariants(job.part, true), ...[singularIn(job.part, text) ?? []].flat()])] },
    ...common,
    confidence: 0.74,
  };
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
  const forms = [singular(part), part.replace(/a$/, "um"), part.replace(/a$/, "on"), part.replace(/i$/, "us"), part.replace(/es$/, "is")];
  return forms.find((f) => f !== part && mentions(text, f)) ?? null;
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
    const sup = /\bits ([a-z]+) (?:is|was) the ([a-z]{3,}est|most [a-z]{3,})(?=[.!])/.exec(sentence.text);
    if (!sup) continue;
    const before = sentence.text.slice(0, sup.index);
    // The one part the clause before names: "the <pair word> <part>", and no other such part.
    const named = [...before.matchAll(/\bthe ([a-z]+) ([a-z]+)\b/gi)].filter((m) => PAIRED.some((p) => p.includes(m[1]!.toLowerCase())));
    if (named.length !== 1) continue;
    // "its" is the part's only where the part is the subject of the clause before: the sentence opens with it, or its "Because …" clause does.
    if (!/^(?:(?:Because|Since|As) )?the $/i.test(before.slice(0, named[0]!.index! + "the ".length))) continue;
    const [, word, head] = named[0]! as unknown as [string, string, string];
    const pair = PAIRED.find((p) => p.includes(word.toLowerCase()))!;
    const set = sets.find((j) => j.parts.some((p) => singularIn(p, text) === head.toLowerCase()));
    if (!set) continue;
    const key = `${word.toLowerCase()} ${head.toLowerCase()}`;
    // Every member the article names: each pair word with each part of the set.
    const members = set.parts.flatMap((p) => {
      const one = singularIn(p, text);
      return one ? pair.map((w) => `${w} ${one}`).filter((m) => mentions(text, m)) : [];
    });
    const others = members.filter((m) => m !== key);
    if (!members.includes(key) || others.length < 2) continue;
    const kind = singular(set.kind);
    const prompt = `Which ${kind} has the ${sup[2]} ${sup[1]}?`;
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
