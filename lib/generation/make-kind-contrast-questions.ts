import { escapeRegExp, tagWords } from "./find-spans";
import { needsContext } from "./question-stems";
import { sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * Two kinds of one thing set side by side: "In a dry kiln, … . In a wet kiln, … ." An article that opens neighbouring
 * sentences with the same frame for two kinds of one thing says in each what sets that kind apart, so a sentence about
 * one kind is false of the other. Each sentence that names one of the two kinds (and not the other) is asked two ways:
 * the kind's word as a typed blank ("In a _____ kiln, the clay …", "a kind of kiln"), and the sentence given the other
 * kind as a false statement.
 */

// "In a dry kiln, …" / "In wet kilns, …" / "A dry kiln heats …" / "Dry kilns heat …": a kind's word, then the thing's word.
// ("The excavation was …", "When the gas …": with no "a"/"an" before it, a sentence's first two words are a kind and a
// thing only when the thing is plural and the tagger reads the first as a describing word: kindThenThing.)
const FRAME = /^(?:In (?:an? )?|An? )([A-Za-z][a-z]{2,}) ([a-z]{3,}?)(s?)(?:,| (?!of\b|and\b|or\b)[a-z]+)|^([A-Z][a-z]{2,}) ([a-z]{3,}?)(s) (?!of\b|and\b|or\b|are\b|were\b|is\b|was\b)[a-z]+/;
// Words that only point, count or place, never name a kind ("In the first kiln", "A few kilns", "The other kiln").
const NOT_A_KIND = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|each|every|all|some|most|many|few|other|another|such|same|one|two|three|first|second|third|last|next|new|old|simple|typical|normal|usual|single|whole|big|small|large|modern|early|later|only|both|several|more|less|young|good|bad)$/i;
// A sentence that weighs one kind against the other, or leans on what came before, is true of both or of neither.
const COMPARES = /\b(?:both|unlike|like|than|also|too|either|neither|whereas|while|instead|as well|same as|similar|differ|different|compared|but not|other kind|either kind)\b/i;
// A hedge makes the other kind's statement possibly true as well.
const HEDGED = /\b(?:can|could|may|might|sometimes|often|usually|some|most)\b/i;
// How far apart two neighbouring frames may stand, in sentences: kinds set side by side are described together.
const NEAR = 3;

interface KindSet {
  head: string;
  /** Two or more kinds, in the order the article frames them. */
  kinds: string[];
  /** The sentences that open with a kind's frame, and the kind each opens with. */
  frames: Map<number, string>;
  /** The sentences from the first frame to one past the last: the passage that sets the kinds apart. */
  from: number;
  to: number;
  /** Two kinds, and the article frames no other kind of the thing anywhere: the one is the other's sure opposite. */
  onlyPair: boolean;
}

/**
 * The sets of kinds of one thing the article sets side by side with one frame: each frame within NEAR sentences of the
 * one before, all with the same thing's word and the same shape.
 */
export function findKindSets(sentences: Sentence[]): KindSet[] {
  const frames: { head: string; kind: string; at: number; shape: string }[] = [];
  sentences.forEach((s, at) => {
    const m = FRAME.exec(s.text);
    if (!m) return;
    const [kind, head] = m[1] ? [m[1], m[2]!] : [m[4]!, m[5]!];
    if (NOT_A_KIND.test(kind) || !kindThenThing(s.text, m.index + m[0].indexOf(kind), kind.length + 1 + head.length)) return;
    // A kind opening the sentence may be a people's or a place's word ("French troops …"): it is a kind only if the
    // article writes it lower case somewhere ("… the animal cells …") or the tagger knows it as no name's word.
    if (/^[A-Z]/.test(kind) && !lowerCaseIn(kind.toLowerCase(), head, sentences) && !plainWord(s.text, m.index + m[0].indexOf(kind))) return;
    frames.push({ head, kind: kind.toLowerCase(), at, shape: m[1] ? (s.text.startsWith("In ") ? "in" : "one") : "many" });
  });
  const sets: { head: string; shape: string; kinds: string[]; frames: Map<number, string>; first: number; last: number }[] = [];
  for (const f of frames) {
    const open = sets.find((k) => k.head === f.head && k.shape === f.shape && f.at - k.last <= NEAR);
    if (open) {
      if (!open.kinds.includes(f.kind)) open.kinds.push(f.kind);
      open.frames.set(f.at, f.kind);
      open.last = f.at;
    } else sets.push({ head: f.head, shape: f.shape, kinds: [f.kind], frames: new Map([[f.at, f.kind]]), first: f.at, last: f.at });
  }
  // (How many kinds of the thing the article frames alike anywhere: a false statement swaps one of two only when there are no
  // others. A frame of another shape, "An electric circuit is …" beside "In a series circuit, …", says what the thing is.)
  const kindsOf = (head: string, shape: string) => new Set(frames.filter((f) => f.head === head && f.shape === shape).map((f) => f.kind)).size;
  return sets
    .filter((k) => k.kinds.length >= 2)
    .map((k) => ({ head: k.head, kinds: k.kinds, frames: k.frames, from: k.first, to: Math.min(sentences.length - 1, k.last + 1), onlyPair: k.kinds.length === 2 && kindsOf(k.head, k.shape) === 2 }));
}

export function makeKindContrastQuestions(sentences: Sentence[], articleText: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const set of findKindSets(sentences)) {
    const named = set.kinds.map((k) => new RegExp(`\\b${escapeRegExp(k)} ${escapeRegExp(set.head)}s?\\b`, "gi"));
    for (let i = set.from; i <= set.to; i++) {
      const sentence = sentences[i]!;
      const text = sentence.text;
      const hits = named.map((re) => [...text.matchAll(re)]);
      const mentioned = hits.filter((h) => h.length > 0).length;
      // The kind a sentence is about: the one its frame opens with ("Dry kilns heat the wood of wet ones"), or the only kind it names.
      const framed = set.frames.get(i);
      const which = framed !== undefined ? set.kinds.indexOf(framed) : mentioned === 1 ? hits.findIndex((h) => h.length > 0) : -1;
      if (which < 0 || hits[which]!.length !== 1) continue;
      if (needsContext(sentence) || COMPARES.test(text) || /^(?:This|That|These|Those|It|They)\b/.test(text)) continue;
      const words = text.split(/\s+/).length;
      if (words < 4 || words > 45) continue;
      const hit = hits[which]![0]!;
      const kind = set.kinds[which]!;
      const at = hit.index!;
      const written = text.slice(at, at + kind.length);
      const range = { start: sentence.start + at, end: sentence.start + at + kind.length };
      // The kind's word must not be written elsewhere in the sentence, or the blank's answer shows.
      const rest = text.slice(0, at) + text.slice(at + kind.length);
      if (new RegExp(`\\b${escapeRegExp(kind)}\\b`, "i").test(rest)) continue;
      out.push({
        type: "FILL_BLANK",
        prompt: `${text.slice(0, at)}_____${text.slice(at + kind.length)} (a kind of ${set.head})`,
        options: [],
        answerKey: { kind: "text", accepted: [kind] },
        answerText: written,
        source: sourceIn(sentence, range),
        spanType: "TERM",
        keyKind: "comparison",
        score: 1,
        confidence: 0.74,
      });
      // The other kind as a false statement: only of two kinds (with a third, the statement could fit it), of a sentence that
      // names one of them, states no hedge, and is long enough to say what sets its kind apart.
      if (!set.onlyPair || mentioned !== 1 || HEDGED.test(text) || words < 8) continue;
      const other = set.kinds[1 - which]!;
      if (new RegExp(`\\b${escapeRegExp(other)}\\b`, "i").test(text)) continue;
      const swapped = /^[A-Z]/.test(written) ? other.charAt(0).toUpperCase() + other.slice(1) : other;
      const article = /^(?:a|an) $/i.exec(text.slice(Math.max(0, at - 3), at))?.[0];
      let before = text.slice(0, at);
      // "a series …" -> "an open …": the article before the kind's word agrees with the new word.
      if (article) before = before.slice(0, before.length - article.length) + fitArticle(article, swapped);
      const statement = before + swapped + text.slice(at + kind.length);
      if (articleText.includes(statement.replace(/[.!]$/, ""))) continue;
      out.push(statementQuestion({ statement, isTrue: false, source: sourceIn(sentence, range), keyKind: "comparison", confidence: 0.72 }));
    }
  }
  return out;
}

/** The tagger reads the first word as a describing word or noun and the second as a noun ("series circuit", "dry kilns"). */
function kindThenThing(text: string, at: number, length: number): boolean {
  const words = tagWords(text).filter((w) => w.start >= at && w.end <= at + length + 1);
  const [kind, thing] = words;
  if (!kind || !thing) return false;
  const describing = (kind.tags.includes("Adjective") || kind.tags.includes("Noun")) && !kind.tags.some((t) => /^(?:Verb|Determiner|Conjunction|Preposition|Adverb|Pronoun)$/.test(t));
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

function fitArticle(article: string, word: string): string {
  const an = /^[aeiou]/i.test(word);
  const upper = /^A/.test(article);
  return `${upper ? "A" : "a"}${an ? "n" : ""} `;
}
