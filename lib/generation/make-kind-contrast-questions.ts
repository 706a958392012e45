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
// ("The excavation was …", "When the gas …": with no "a"/"an" before it, a sentence's first two words are no kind and thing.)
const FRAME = /^(?:In (?:an? )?|An? )([A-Za-z][a-z]{2,}) ([a-z]{3,}?)(s?)(?:,| (?!of\b|and\b|or\b)[a-z]+)/;
// Words that only point, count or place, never name a kind ("In the first kiln", "A few kilns", "The other kiln").
const NOT_A_KIND = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|each|every|all|some|most|many|few|other|another|such|same|one|two|three|first|second|third|last|next|new|old|simple|typical|normal|usual|single|whole|big|small|large|modern|early|later)$/i;
// A sentence that weighs one kind against the other, or leans on what came before, is true of both or of neither.
const COMPARES = /\b(?:both|unlike|like|than|also|too|either|neither|whereas|while|instead|as well|same as|similar|differ|different|compared|but not|other kind|either kind)\b/i;
// A hedge makes the other kind's statement possibly true as well.
const HEDGED = /\b(?:can|could|may|might|sometimes|often|usually|some|most)\b/i;
// How far apart the two frames may stand, in sentences: kinds set side by side are described together.
const NEAR = 3;

interface KindPair {
  head: string;
  kinds: [string, string];
  /** The sentences from the first frame to one past the last: the passage that sets the two kinds apart. */
  from: number;
  to: number;
}

/** The pairs of kinds the article sets side by side with one frame. */
export function findKindPairs(sentences: Sentence[]): KindPair[] {
  const frames: { head: string; kind: string; at: number; shape: string }[] = [];
  sentences.forEach((s, at) => {
    const m = FRAME.exec(s.text);
    if (!m || NOT_A_KIND.test(m[1]!) || !kindThenThing(s.text, m.index + m[0].indexOf(m[1]!), m[1]!.length + 1 + m[2]!.length)) return;
    // A kind opening the sentence may be a people's or a place's word ("French troops …"): it is a kind only if the
    // article writes it lower case somewhere ("… the animal cells …").
    const shape = s.text.startsWith("In ") ? "in" : "subject";
    if (/^[A-Z]/.test(m[1]!) && !lowerCaseIn(m[1]!.toLowerCase(), m[2]!, sentences)) return;
    frames.push({ head: m[2]!, kind: m[1]!.toLowerCase(), at, shape });
  });
  const pairs: KindPair[] = [];
  for (const [i, a] of frames.entries()) {
    for (const b of frames.slice(i + 1)) {
      if (b.head !== a.head || b.kind === a.kind || b.shape !== a.shape || b.at - a.at > NEAR || a.at === b.at) continue;
      // A third kind of the same thing nearby makes the other kind no sure opposite: the statement could fit the third.
      const third = frames.some((f) => f.head === a.head && f.kind !== a.kind && f.kind !== b.kind && Math.abs(f.at - a.at) <= NEAR + 2);
      if (third || pairs.some((p) => p.head === a.head)) continue;
      pairs.push({ head: a.head, kinds: [a.kind, b.kind], from: a.at, to: Math.min(sentences.length - 1, b.at + 1) });
    }
  }
  return pairs;
}

export function makeKindContrastQuestions(sentences: Sentence[], articleText: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const pair of findKindPairs(sentences)) {
    const named = pair.kinds.map((k) => new RegExp(`\\b${escapeRegExp(k)} ${escapeRegExp(pair.head)}s?\\b`, "gi"));
    // A kind's word used with the thing's word anywhere else in the passage ("a dry oven") would be a third use of it.
    for (let i = pair.from; i <= pair.to; i++) {
      const sentence = sentences[i]!;
      const text = sentence.text;
      const hits = named.map((re) => [...text.matchAll(re)]);
      const which = hits.findIndex((h) => h.length > 0);
      if (which < 0 || hits[1 - which]!.length > 0 || hits[which]!.length !== 1) continue;
      if (needsContext(sentence) || COMPARES.test(text) || /^(?:This|That|These|Those|It|They)\b/.test(text)) continue;
      if (text.split(/\s+/).length < 8 || text.split(/\s+/).length > 45) continue;
      const hit = hits[which]![0]!;
      const kind = pair.kinds[which]!;
      const other = pair.kinds[1 - which]!;
      const at = hit.index!;
      const written = text.slice(at, at + kind.length);
      const range = { start: sentence.start + at, end: sentence.start + at + kind.length };
      // The kind's word must not be written elsewhere in the sentence, or the blank's answer shows.
      const rest = text.slice(0, at) + text.slice(at + kind.length);
      if (new RegExp(`\\b${escapeRegExp(kind)}\\b`, "i").test(rest) || new RegExp(`\\b${escapeRegExp(other)}\\b`, "i").test(text)) continue;
      out.push({
        type: "FILL_BLANK",
        prompt: `${text.slice(0, at)}_____${text.slice(at + kind.length)} (a kind of ${pair.head})`,
        options: [],
        answerKey: { kind: "text", accepted: [kind] },
        answerText: written,
        source: sourceIn(sentence, range),
        spanType: "TERM",
        keyKind: "comparison",
        score: 1,
        confidence: 0.74,
      });
      if (HEDGED.test(text)) continue;
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

function lowerCaseIn(kind: string, head: string, sentences: Sentence[]): boolean {
  const re = new RegExp(`(?<=\\s)${escapeRegExp(kind)} ${escapeRegExp(head)}`);
  return sentences.some((s) => re.test(s.text));
}

function fitArticle(article: string, word: string): string {
  const an = /^[aeiou]/i.test(word);
  const upper = /^A/.test(article);
  return `${upper ? "A" : "a"}${an ? "n" : ""} `;
}
