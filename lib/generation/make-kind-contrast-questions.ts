import { findAnnouncedKindPairs, POINTING_WORDS } from "./announced-kinds";
import { escapeRegExp, tagWords } from "./find-spans";
import { termVariants } from "./make-term-questions";
import { OPPOSITE } from "./make-statements";
import { needsContext } from "./question-stems";
import { sourceIn } from "./question-parts";
import { pluralsOf, singularOf } from "./singular-of";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * Two kinds of one thing set against each other: "In a dry kiln, … . In a wet kiln, however, … ." Where neighbouring
 * sentences open with the same frame for the only two kinds of a thing the article names, and the article itself states
 * the contrast between them (a contrast word, or a pair of opposite words across the two sentences), each of the two
 * sentences is asked as a typed blank of its kind's word ("In a _____ kiln, the clay …", "a kind of kiln").
 * No false statement is made with the other kind swapped in: what the article says of one kind it may leave unsaid of the
 * other, and nothing but the article's words could show the swapped statement false.
 */

// "In a dry kiln, …" / "In wet kilns, …" / "A dry kiln heats …" / "Dry kilns heat …": a kind's word, then the thing's word.
// ("The excavation was …", "When the gas …": with no "a"/"an" before it, a sentence's first two words are a kind and a
// thing only when the thing is plural and the tagger reads the first as a describing word: kindThenThing.)
const FRAME = /^(?:In (an? )?|(An? ))([A-Za-z][a-z]{2,}) ([a-z]{3,})(?:,| (?!of\b|and\b|or\b)[a-z]+)|^([A-Z][a-z]{2,}) ([a-z]{3,}s) (?!of\b|and\b|or\b|are\b|were\b|is\b|was\b)[a-z]+/;
// Words that only point, count, place or date, never name a kind ("In the first kiln", "A few kilns", "In a recent study"):
// the pointing words an announced pair refuses too, and describing words that only an announcement could prove a kind's.
const NOT_A_KIND = new RegExp(`^(?:${[...POINTING_WORDS, "new", "old", "simple", "typical", "normal", "usual", "single", "whole", "big", "small", "large", "modern", "early", "earlier", "later", "late", "recent", "separate", "further", "similar", "different", "young", "good", "bad", "ancient", "medieval", "past", "present", "future", "previous", "following", "great", "famous", "certain", "particular"].join("|")})$`, "i");
// A narrative's openers set times, studies and cases side by side, not kinds of a thing ("In dry years", "In a second study").
const NOT_A_THING = /^(?:time|year|day|week|month|season|century|decade|age|era|period|study|survey|report|case|way|moment|sense|world|note|version|letter|book|chapter|speech|interview|attempt|trial)$/;
// A sentence that says what both kinds share, leans on a likeness or a comparison, or hedges: the two kinds may not differ there.
const SHARED = /\b(?:also|both|like|likewise|too|as well|as in|just as|same|similar|similarly|either|neither|than|compared|other kind|either kind|can|could|may|might|sometimes|often|usually|some|most)\b/i;
// "… are sold by someone else, usually a grocer, and …", "…, often without a receipt.": a hedge inside a short aside
// qualifies the aside, not what the sentence says of its kind.
const HEDGED_ASIDE = /, (?:usually|often|sometimes|mostly|typically) [^,;]{1,30}(?:,|(?=\.$))/g;
// The article states the contrast between the two: a contrast word in either framed sentence. (Not a bare "but": inside
// one kind's sentence it sets that sentence's own clauses against each other, "… is a kind of oven, but it …".)
const CONTRAST = /\b(?:unlike|whereas|in contrast|by contrast|instead|however|on the other hand)\b/i;
// Opposite words across the two sentences also state the contrast ("one single loop" against "separate branches").
// (Not "on"/"off": the preposition "on" is too common to prove anything.)
const MORE_OPPOSITES: [string, string][] = [
  ["single", "separate"],
  ["single", "several"],
  ["open", "closed"],
  ["wet", "dry"],
  ["hot", "cold"],
  ["fast", "slow"],
  ["quickly", "slowly"],
];
const OPPOSITE_WORD = new Map([...OPPOSITE, ...MORE_OPPOSITES.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][])]);
// How far apart the two framed sentences may stand, in sentences: kinds set against each other are described together.
const NEAR = 2;

interface Frame {
  head: string;
  kind: string;
  at: number;
  /** The "a"/"an" before the kind's word, if any ("In a series circuit"). */
  article: string | undefined;
  /** A setting ("In a dry kiln, …") or the sentence's subject ("A dry kiln heats …", "Dry kilns heat …"). */
  opener: "in" | "subject";
}

interface KindPair {
  head: string;
  /** The two kinds, in the order the article frames them. */
  kinds: [string, string];
  /** The framed sentence of each kind that the other kind's sentence is set against. */
  at: [number, number];
}

/**
 * The pairs of kinds of one thing the article sets against each other: two framed sentences within NEAR of each other,
 * the only two kinds of that thing the article names anywhere, with a stated contrast and no shared trait or hedge in
 * either sentence or their neighbours.
 */
export function findKindPairs(sentences: Sentence[], articleText: string): KindPair[] {
  const frames = openingFrames(sentences);
  // The tagger's reading of a frame costs a millisecond a sentence, and a long article opens many sentences "In a …":
  // it is asked only of frames that the words alone would pair, once each.
  const read = new Map<number, boolean>();
  const isKind = (n: number) => read.get(n) ?? read.set(n, isKindFrame(frames[n]!, sentences)).get(n)!;
  const kindCount = new Map<string, number>();
  const pairs: KindPair[] = [];
  const pairsWith = (a: Opening, b: Opening) => {
    // Kinds framed alike: a setting set against a definition ("A wet kiln is a kind of oven") is no contrast of two kinds.
    if (b.head !== a.head || b.kind === a.kind || b.opener !== a.opener || pairs.some((p) => p.head === a.head)) return false;
    if ((kindCount.get(a.head) ?? kindCount.set(a.head, kindsNamed(a.head, articleText).size).get(a.head)) !== 2) return false;
    const around = new Set([a.at - 1, a.at, a.at + 1, b.at - 1, b.at, b.at + 1].filter((i) => i >= 0 && i < sentences.length));
    if ([...around].some((i) => SHARED.test(sentences[i]!.text))) return false;
    return statesContrast(sentences[a.at]!.text, sentences[b.at]!.text, [a.kind, b.kind, a.head]);
  };
  for (const [n, a] of frames.entries()) {
    // The frames within NEAR after this one: the pair is with the first of them the tagger reads as a kind, if any.
    const next: number[] = [];
    for (let m = n + 1; m < frames.length && frames[m]!.at - a.at <= NEAR; m++) next.push(m);
    if (!next.some((m) => pairsWith(a, frames[m]!)) || !isKind(n)) continue;
    const b = next.find(isKind);
    if (b !== undefined && pairsWith(a, frames[b]!)) pairs.push({ head: a.head, kinds: [a.kind, frames[b]!.kind], at: [a.at, frames[b]!.at] });
  }
  // Two kinds the article announces ("Glue comes in two basic types.") and then describes one sentence each: the announcement
  // closes the set and states the contrast. The two sentences still must be read as kind and thing, and share no trait.
  for (const p of findAnnouncedKindPairs(sentences)) {
    const texts = p.at.map((i) => sentences[i]!.text);
    if (pairs.some((q) => q.head === p.head) || texts.some((t) => SHARED.test(t.replace(HEDGED_ASIDE, ",")))) continue;
    if (p.kinds.every((_, n) => kindThenThing(texts[n]!, p.kindAt[n]!, p.written[n]!))) pairs.push({ head: p.head, kinds: p.kinds, at: p.at });
  }
  return pairs;
}

interface Opening extends Frame {
  /** The kind's word as written, where it stands in its sentence, and the thing's word as written. */
  written: { kind: string; at: number; thing: string };
}

/** Every sentence's opening frame that the words alone allow (a kind's word and a thing's word, see FRAME). */
function openingFrames(sentences: Sentence[]): Opening[] {
  const frames: Opening[] = [];
  sentences.forEach((s, at) => {
    const m = FRAME.exec(s.text);
    if (!m) return;
    const [kind, written] = m[3] ? [m[3], m[4]!] : [m[5]!, m[6]!];
    const article = m[1] ?? m[2];
    // After "a"/"an" the thing's word is singular by grammar; otherwise it is plural ("In wet kilns", "Dry kilns").
    const head = article ? written : singularOf(written);
    if (!article && head === written) return;
    if (NOT_A_KIND.test(kind) || NOT_A_THING.test(head)) return;
    frames.push({ head, kind: kind.toLowerCase(), at, article: article?.trim(), opener: m[0].startsWith("In ") ? "in" : "subject", written: { kind, at: m.index + m[0].indexOf(kind), thing: written } });
  });
  return frames;
}

/** The tagger reads the frame's two words as a kind and a thing, and a capitalised kind as no name's word. */
function isKindFrame(frame: Opening, sentences: Sentence[]): boolean {
  const text = sentences[frame.at]!.text;
  const { kind, at, thing } = frame.written;
  if (!kindThenThing(text, at, kind.length + 1 + thing.length)) return false;
  // A kind opening the sentence may be a people's or a place's word ("French troops …"): it is a kind only if the
  // article writes it lower case somewhere or the tagger knows it as no name's word.
  return !/^[A-Z]/.test(kind) || lowerCaseIn(kind.toLowerCase(), frame.head, sentences) || plainWord(text, at);
}

export function makeKindContrastQuestions(sentences: Sentence[], articleText: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const pair of findKindPairs(sentences, articleText)) {
    pair.at.forEach((i, which) => {
      const sentence = sentences[i]!;
      const text = sentence.text;
      const kind = pair.kinds[which]!;
      const other = pair.kinds[1 - which]!;
      if (needsContext(sentence) || new RegExp(`\\b${escapeRegExp(other)}\\b`, "i").test(text)) return;
      const words = text.split(/\s+/).length;
      if (words < 6 || words > 45) return;
      const hit = new RegExp(`\\b${escapeRegExp(kind)} ${escapeRegExp(pair.head)}`, "i").exec(text);
      if (!hit) return;
      const at = hit.index;
      // The kind's word must not be written elsewhere in the sentence, or the blank's answer shows.
      if (new RegExp(`\\b${escapeRegExp(kind)}\\b`, "i").test(text.slice(0, at) + text.slice(at + kind.length))) return;
      // "In an _____ cell" would give a vowel away: the blank stands after "a(n)".
      const before = text.slice(0, at).replace(/\b(a|A)n? $/, "$1(n) ");
      const range = { start: sentence.start + at, end: sentence.start + at + kind.length };
      out.push({
        type: "FILL_BLANK",
        prompt: `${before}_____${text.slice(at + kind.length)} (a kind of ${pair.head})`,
        options: [],
        answerKey: { kind: "text", accepted: [...new Set([...termVariants(`${kind} ${pair.head}`, false), ...termVariants(kind, false)])] },
        answerText: text.slice(at, at + kind.length),
        source: sourceIn(sentence, range),
        spanType: "TERM",
        keyKind: "comparison",
        kindSet: pair.head,
        score: 1,
        confidence: 0.74,
      });
    });
  }
  return out;
}

/**
 * The article's own statement that the two sentences differ: a contrast word, or opposite words across them. The kinds'
 * own words and the thing's (`named`) are no such proof: "wet" and "dry" are the kinds themselves, written in each framed
 * sentence whether or not the article says how the two differ.
 */
function statesContrast(first: string, second: string, named: string[]): boolean {
  if (CONTRAST.test(first) || CONTRAST.test(second)) return true;
  const left = new Set(named.flatMap((w) => [w.toLowerCase(), `${w.toLowerCase()}s`]));
  const wordsOf = (text: string) => new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !left.has(w)));
  const one = wordsOf(first);
  const two = wordsOf(second);
  return [...one].some((w) => !two.has(w) && OPPOSITE_WORD.has(w) && two.has(OPPOSITE_WORD.get(w)!) && !one.has(OPPOSITE_WORD.get(w)!));
}

// Before a thing's word, a pointing or counting word ("each kiln", "several kilns") or a joining word names no kind of it.
const NO_KIND_BEFORE = new RegExp(`^(?:${[...POINTING_WORDS, "of", "in", "on", "to", "for", "with", "from", "by", "and", "or", "is", "are", "was", "were"].join("|")})$`);

/** Every word the article writes before the thing's word as its kind ("series circuit", "a complete circuit"). */
function kindsNamed(head: string, articleText: string): Set<string> {
  const re = new RegExp(`\\b([A-Za-z][a-z]+) (?:${[head, ...pluralsOf(head)].map(escapeRegExp).join("|")})\\b`, "g");
  const kinds = new Set<string>();
  for (const m of articleText.matchAll(re)) {
    const word = m[1]!.toLowerCase();
    if (!NO_KIND_BEFORE.test(word)) kinds.add(word);
  }
  return kinds;
}

/** The tagger reads the first word as a describing word or noun and the second as a noun ("series circuit", "dry kilns"). */
function kindThenThing(text: string, at: number, length: number): boolean {
  const words = tagWords(text).filter((w) => w.start >= at && w.end <= at + length + 1);
  const [kind, thing] = words;
  if (!kind || !thing) return false;
  const describing = (kind.tags.includes("Adjective") || kind.tags.includes("Noun")) && !kind.tags.some((t) => /^(?:Verb|Determiner|Conjunction|Preposition|Adverb|Pronoun|Date|Value)$/.test(t));
  return describing && thing.tags.includes("Noun") && !thing.tags.includes("Pronoun");
}

/** The word at `at` is read as a plain describing word, not a people's, place's or person's name ("Primary", not "French", "Roman"). */
function plainWord(text: string, at: number): boolean {
  const tags = tagWords(text).find((w) => w.start === at)?.tags ?? [];
  return tags.includes("Adjective") && !tags.some((t) => /^(?:ProperNoun|Demonym|Place|Person|FirstName|Country)$/.test(t));
}

function lowerCaseIn(kind: string, head: string, sentences: Sentence[]): boolean {
  const re = new RegExp(`(?<=\\s)${escapeRegExp(kind)} ${escapeRegExp(head)}`);
  return sentences.some((s) => re.test(s.text));
}
