import type { KeyKind, ParsedArticle, Sentence, Span, SpanType } from "./types";

/** Below this confidence a teacher should look at the question before it is used ("Needs a look"). */
export const REVIEW_THRESHOLD = 0.6;
/** Below this the generator is too unsure to offer the question at all. */
export const DROP_THRESHOLD = 0.45;

export function keyKindOf(type: SpanType): KeyKind {
  switch (type) {
    case "FULL_DATE":
    case "YEAR":
    case "MONTH_YEAR":
    case "DECADE":
    case "CENTURY":
      return "date";
    case "NUMBER":
      return "number";
    case "TERM":
      return "term";
    case "EVENT":
      return "event";
    default:
      return "name";
  }
}

/**
 * How often a span of this kind made a sound question when judged: names the
 * gazetteer knows and exact dates most, guessed names and decades least.
 */
export function spanBase(span: Span): number {
  switch (span.type) {
    case "PERSON":
      return span.guessed ? 0.68 : 0.85;
    case "COUNTRY":
    case "CITY":
      return span.guessed ? 0.62 : 0.8;
    case "PLACE":
      return span.guessed ? 0.58 : 0.8;
    case "ORG":
      return span.guessed ? 0.5 : 0.72;
    case "EVENT":
      return 0.6;
    case "FULL_DATE":
    case "YEAR":
      return 0.85;
    case "MONTH_YEAR":
      return 0.8;
    case "DECADE":
      return 0.62;
    case "CENTURY":
      return 0.8;
    case "NUMBER":
      return 0.66;
    case "TERM":
      return 0.7;
  }
}

// A hedged value ("about 20", "roughly 600", "as many as") is a detail the article itself is unsure of.
const HEDGED = /(?:about|around|roughly|some|approximately|nearly|almost|more than|over|as many as|up to|an estimated|estimated|c\.|circa|perhaps|possibly|or)\s*$/i;

/** Multipliers for what makes a question on this span weaker: hedges, long stems, birth years. */
export function spanPenalty(sentence: Sentence, span: Span): number {
  let factor = 1;
  const before = sentence.text.slice(0, span.start - sentence.start);
  if (HEDGED.test(before)) factor *= 0.85;
  if (sentence.text.split(/\s+/).length > 35) factor *= 0.88;
  if (/\bborn\b/i.test(before.slice(-30)) && keyKindOf(span.type) === "date") factor *= HEDGED.test(before) ? 0.55 : 0.85;
  // An exact size, length or age is number recall, rarely the point of the sentence (judged trivia).
  const after = sentence.text.slice(span.end - sentence.start, span.end - sentence.start + 20);
  // "two" is often implied by the sentence itself ("into each other", "both").
  if (span.type === "NUMBER" && /^two$/i.test(span.text)) factor *= 0.85;
  if (span.type === "NUMBER" && /^ ?(?:feet|foot|inch|inches|metres?|meters?|km|kilomet(?:re|er)s?|miles?|hectares?|acres?|centimet(?:re|er)s?|years? old|pieces?|times)\b/.test(after)) factor *= 0.8;
  if (/\b(?:may|might|perhaps|possibly|probably|likely|believed|thought to)\b/i.test(sentence.text)) factor *= 0.9;
  // A claim the article only reports ("Some legends say that …", "According to tradition") is weaker ground for a key.
  if (/\b(?:legends?|stories|tradition|some sources|accounts?) (?:say|says|tell|tells|claim|claims|hold|holds)\b|\baccording to (?:legend|tradition)\b/i.test(sentence.text)) factor *= 0.9;
  // "Located in X, …" opens a sentence with background, not its point (judged a passing detail).
  if (/^(?:Located|Based|Situated) in $/.test(before)) factor *= 0.85;
  // A name read from its slot and then placed inside a larger place ("governor of X in central India", "X, Japan") is a small place: a side detail.
  if (span.typedOnly && /^(?:,? in (?:[a-z]+ )?[A-Z]|, [A-Z][a-z]+[,.])/.test(sentence.text.slice(span.end - sentence.start))) factor *= 0.9;
  // "As of 2014": the year only dates the source (judged trivia every time).
  if (keyKindOf(span.type) === "date" && /\bas of\s*$/i.test(before)) factor *= 0.55;
  // A count the sentence's own words fix ("double-hulled … two hulls", "both", "a pair"): it tests wording.
  if (span.type === "NUMBER" && /\b(?:double|twin|pair|both|single|triple|dual)\b/i.test(sentence.text)) factor *= 0.7;
  // A place or thing right after a describing word ("central India", "ancient Asia", "the tallest trees"):
  // the blank falls on the least telling word, and the word before gives it away.
  // (A name read from its slot, "the bacterium X", follows the word for its kind, not a describing word.)
  if ((span.type === "COUNTRY" || span.type === "PLACE" || span.type === "CITY" || span.type === "TERM") && !span.typedOnly && modifiedBefore(before)) factor *= span.type === "TERM" ? 0.75 : 0.6;
  if (span.type === "TERM" && placesSubject(before)) factor *= 0.8;
  return factor;
}

/** "Saliva in the _____ helps …": a term in a phrase that only places the subject is not what the sentence says (judged trivia). */
export function placesSubject(before: string): boolean {
  return /^[A-Z][a-z]+ (?:in|inside|on|at|from) the $/.test(before);
}

/** The text before a key ends in a describing word ("the tallest", "central"), not a function word or verb. */
export function modifiedBefore(before: string): boolean {
  return MODIFIER_BEFORE.test(before) && !NOT_MODIFIER.test(before);
}

// A lower-case word just before the key, which is neither a function word nor a verb form.
const MODIFIER_BEFORE = /\b[a-z]{3,}(?<!ed|ing) $/;
const NOT_MODIFIER =
  /\b(?:the|and|for|from|into|onto|across|through|around|near|with|without|along|over|under|between|among|toward|towards|against|about|after|before|during|since|until|upon|within|beyond|called|named|known|was|were|are|has|had|have|its|their|his|her|our|your|that|this|these|those|which|who|whose|than|then|also|both|such|each|every|many|some|most|all|any|other|another|took|gave|made|ruled|reached|entered|left|visited|invaded|crossed|became|remains|lies|sits|in|of|to|at|on|by|as|is|or|an)\s$/;

const STOP = new Set(
  "the and of to in a an for on by with that was were which this from as at its it is are be been has had have their his her they he she or but not also into than then there these those such when while after before over".split(" "),
);

/** Content words, cut to a crude stem so "tectonic"/"tectonics" and "digest"/"digestive" meet. */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => w.slice(0, 6));
}

/**
 * How central each sentence is to the article (0..1). Round 15 measured the ranking against the main ideas strict
 * judges listed for the 40 seen articles (fresh6-fresh10; each idea mapped to the sentences stating it): the ranking of
 * round 14 put 40% of those sentences in an article's top third, little better than chance (33%), because judges' main
 * ideas run through the whole article, one or two per paragraph, while it gave most of its weight to the summary and a
 * paragraph's opening sentence (an opener outside the summary states a main idea less often than the rest). What
 * marked a main-idea sentence was that it carries several facts (a sentence of under a dozen content words seldom
 * does) and that its rarer words recur elsewhere in the article. Fitted on fresh6, fresh8 and fresh10: 44% in the top
 * third there (39% before); 50% on fresh7 and fresh9, held out (43% before); 43% on fresh11, judged later and never
 * fitted on (35% before). A sentence that names or defines a term (`defining`, from findDefinitions) counts as carrying a
 * full load of facts however short it is: the naming sentence after a long example states an explanatory article's key
 * term. That lifts it by the length term only (up to 0.15): it passes the short sentences around it, not a long
 * example that shares more of the article's words. Confidence reads the level of the overlap rank instead
 * (`level`), which its lines were set on.
 *
 * Each sentence's rank (`rank`) and the level the overlap rank of round 14 gave it (`level`: title, summary, key facts,
 * recurring words, a paragraph's opener). The drop line, the review line and the calibrated odds were all set on that
 * level: a candidate's confidence reads `level`. The new order decides which sentences' questions come first and which
 * sentences get main statements (makeMainStatements takes the most central by `rank`, and score-confidence lifts a main
 * point), so a ranking change can still make a main statement that crosses a line.
 */
export function sentenceRanks(article: ParsedArticle, defining: ReadonlySet<number>): { rank: number[]; level: number[] } {
  const parts = sentenceParts(article, defining);
  const rank = parts.map((p) =>
    // An opener outside the summary was a main idea less often than the rest (judged): a small nudge is kept for the
    // paragraph's point, as the paragraph's central sentence is chosen by this rank too.
    Math.min(1, 0.25 * p.central + 0.1 * p.shared + 0.15 * p.facts + 0.15 * p.title + 0.15 * p.summary + 0.1 * p.keys + (p.first ? 0.1 : 0) + (p.opener ? 0.04 : 0)),
  );
  return { rank, level: parts.map(levelOf) };
}

/** The level of each sentence (sentenceRanks), which reads no defining sentences: what confidence reads. */
export function sentenceLevels(article: ParsedArticle): number[] {
  return sentenceParts(article, new Set()).map(levelOf);
}

function levelOf(p: SentenceParts): number {
  return Math.min(1, 0.35 * p.central + 0.25 * p.title + 0.25 * p.summary + 0.15 * p.keys + (p.first ? 0.1 : 0) + (p.opener ? 0.08 : 0));
}

/** What the rank and the level of a sentence are summed from (central and shared scaled to the article's most). */
type SentenceParts = { central: number; shared: number; title: number; keys: number; facts: number; summary: number; first: boolean; opener: boolean };

function sentenceParts(article: ParsedArticle, defining: ReadonlySet<number>): SentenceParts[] {
  const title = new Set(contentWords(article.title));
  const keyFacts = new Set(article.keyFacts.flatMap((k) => contentWords(k.text)));
  const sentenceWords = article.sentences.map((s) => [...new Set(contentWords(s.text))]);
  const frequency = new Map<string, number>();
  for (const words of sentenceWords) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const count = article.sentences.length;
  const raw = sentenceWords.map((words, i) => ({
    // Words that recur (up to four more times), over the sentence's length: the article's running theme.
    central: words.length ? words.reduce((sum, w) => sum + Math.min((frequency.get(w) ?? 1) - 1, 4), 0) / Math.sqrt(words.length) : 0,
    shared: sharedWeight(words, frequency, count),
    title: title.size ? Math.min(1, words.filter((w) => title.has(w)).length / title.size) : 0,
    keys: Math.min(words.filter((w) => keyFacts.has(w)).length, 4) / 4,
    // A sentence that names or defines one of the article's terms states a key idea however short it is.
    facts: defining.has(i) ? 1 : Math.min(words.length, FULL_SENTENCE_WORDS) / FULL_SENTENCE_WORDS,
  }));
  const maxShared = Math.max(1e-9, ...raw.map((r) => r.shared));
  const maxCentral = Math.max(1e-9, ...raw.map((r) => r.central));
  const openers = new Set(article.sections.flatMap((section) => section.paragraphs.map((p) => p.start)));
  return raw.map((r, i) => {
    const s = article.sentences[i]!;
    return {
      ...r,
      central: r.central / maxCentral,
      shared: r.shared / maxShared,
      summary: s.inSummary ? 1 : s.section === 0 ? 0.5 : 0,
      first: i === 0,
      opener: i > 0 && openers.has(s.start),
    };
  });
}

/** Distinct content words from which a sentence counts as carrying a full load of facts (shorter ones link or colour). */
const FULL_SENTENCE_WORDS = 12;

/**
 * How much of the rest of the article a sentence's words lead to: each word it shares with another sentence, weighted
 * by how rare the word is (a word in every sentence says nothing of where the article's weight lies).
 */
function sharedWeight(words: string[], frequency: Map<string, number>, count: number): number {
  return words.reduce((sum, w) => {
    const n = frequency.get(w) ?? 1;
    return n > 1 ? sum + Math.log(count / n) : sum;
  }, 0);
}

/** For each sentence start, the index of the paragraph it sits in (counted through the article), to spread a quiz over paragraphs. */
export function paragraphIndex(article: ParsedArticle): Map<number, number> {
  const paragraphs = article.sections.flatMap((section) => section.paragraphs).sort((a, b) => a.start - b.start);
  const out = new Map<number, number>();
  let p = 0;
  for (const s of article.sentences) {
    while (p < paragraphs.length - 1 && paragraphs[p]!.end <= s.start) p++;
    out.set(s.start, p);
  }
  return out;
}

/**
 * The sentences a quiz should ask about before any detail (their starts): the first sentence (the title event
 * or the article's main idea), the rest of the opening summary, the sentence each key-fact line restates
 * (the one sharing most of its words, two at least), and each paragraph's most central sentence.
 * Linear in the article: the key-fact lines are few and short.
 */
export function mainSentences(article: ParsedArticle, importance: number[]): Set<number> {
  const main = new Set<number>();
  const first = article.sentences[0];
  if (first) main.add(first.start);
  for (const s of article.sentences) if (s.inSummary) main.add(s.start);
  const words = article.sentences.map((s) => new Set(contentWords(s.text)));
  for (const fact of article.keyFacts) {
    const factWords = new Set(contentWords(fact.text));
    let best = -1;
    let shared = 1;
    words.forEach((w, i) => {
      const n = [...factWords].filter((x) => w.has(x)).length;
      if (n > shared) [best, shared] = [i, n];
    });
    if (best >= 0) main.add(article.sentences[best]!.start);
  }
  const paragraphs = paragraphIndex(article);
  const central = new Map<number, number>();
  article.sentences.forEach((s, i) => {
    const p = paragraphs.get(s.start)!;
    const held = central.get(p);
    if (held === undefined || (importance[i] ?? 0) > (importance[held] ?? 0)) central.set(p, i);
  });
  for (const i of central.values()) main.add(article.sentences[i]!.start);
  return main;
}

export function clamp01(value: number): number {
  return Math.max(0, Math.min(1, Math.round(value * 100) / 100));
}
