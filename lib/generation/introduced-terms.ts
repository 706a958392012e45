import { tagged } from "./question-stems";
import type { Sentence } from "./types";

/**
 * Lower-case terms the article introduces in passing, with what they are or do set off after them: "through the gate, the
 * narrow opening in the wall", "on the floor, a thick layer of …", "a jelly called the core", "the valve, which lets …".
 * An explanatory article names the parts it explains so as often as it defines them in sentences of their own; with its
 * defined terms they make the set of named things whose jobs make-function-questions asks (one named in the title is the
 * whole the parts belong to, never one of them).
 */

const TERM = String.raw`([a-z][a-z-]{2,}(?: [a-z][a-z-]{2,})?)`;
// "the gate, the narrow opening …" / "the floor, a thick layer …": an appositive noun phrase after the term.
const APPOSITIVE = new RegExp(String.raw`\bthe ${TERM}, (?:the|a|an) [a-z]`, "g");
// "a jelly called the core", "tubes known as the ducts": the term ends where its phrase does, so "called the plate stands
// behind …" names "plate", not "plate stands". (The lazy term takes one word first, and a second only when that ends the phrase.)
const CALLED = new RegExp(String.raw`\b(?:called|known as) the ([a-z][a-z-]{2,}(?: [a-z][a-z-]{2,})??)(?=[,.;:)]| (?:which|that|and|or|is|are|was|were|in|of|on|at|to|with)\b)`, "g");
// "the valve, which lets …": a present-tense verb after "which".
const WHICH = new RegExp(String.raw`\bthe ${TERM}, which [a-z-]+s\b`, "g");
// Words that stand for something named elsewhere, or count off a list, and are no term; and times of day or year ("found it
// in the morning, which changes everything": the "which" is the whole event's, and a time is no part that does a job).
const NOT_A_TERM = /^(?:one|ones|other|others|same|first|second|third|last|next|rest|latter|former|following|result|reason|way|time|year|day|end|start|middle|side|top|bottom|front|back|case|idea|fact|point|number|most|best|whole|main|morning|evening|afternoon|night|dawn|dusk|noon|midnight|week|month|season|spring|summer|autumn|fall|winter|moment|hour|minute|century|decade)\b/;

// A sentence opening on a phrase ("Under the old rule, the council …", "In the lower yard, the keeper …"): the comma after
// its noun closes the phrase, and the words after it are the clause's subject, not what the noun is.
// ("Despite the noise, the clock …", "Around the column, a brass ring …": every preposition may open one.)
const OPENING_PHRASE = /^(?:Under|In|At|On|When|If|After|Before|During|By|For|With|Near|Along|Across|Behind|Inside|Below|Above|Beyond|Throughout|Within|As|Once|Since|Because|Although|While|From|Through|Over|Without|Unlike|Like|Despite|Around|Beside|Besides|Beneath|Between|Among|Amid|Against|Towards?|Until|Upon|Into|Onto|Outside|Underneath|Past|Thanks to|Due to|According to|Apart from|Instead of|Next to|Even|Whenever|Wherever|Unless|Though)\b[^,]*$/;

// "Above the bag lies the board, a flat plank …": a verb after the phrase puts its subject after it, so the noun with the
// appositive is that subject, no end of the phrase.
const INVERTING_VERB = /\b(?:sits|sit|lies|lie|hangs|hang|stands|stand|rests|rest|runs|run|is|are|was|were|sat|lay|hung|stood)\s+$/;
function openingPhrase(before: string): boolean {
  return OPENING_PHRASE.test(before) && !INVERTING_VERB.test(before);
}

/** "called the cap sits on each leg": a second word the tagger reads as the sentence's verb is no part of the term. */
function calledTerm(term: string, after: string): string {
  const [first, second] = term.split(" ");
  if (!second) return term;
  const terms = tagged(`The ${term}${after.slice(0, 40)}`);
  return terms[2]?.tags?.includes("Verb") ? first! : term;
}

/**
 * "makes the jar heavier, which …": a noun and the describing word the verb gives it (the "which" is the whole change's),
 * no named thing; nor "most important" read as a defined term from "The most important is the …". A term's last word is
 * its head noun.
 */
export function endsDescribing(term: string): boolean {
  if (!term.includes(" ")) return false;
  const tags = tagged(`the ${term}`).at(-1)?.tags ?? [];
  return tags.includes("Adjective") && !tags.includes("Noun");
}

/** The introduced terms, in the article's order, without repeats or the title's words. */
export function findIntroducedTerms(sentences: Sentence[], title: string): string[] {
  const titleWords = new Set(title.toLowerCase().split(/[^a-z-]+/));
  const out: string[] = [];
  for (const s of sentences) {
    for (const re of [APPOSITIVE, CALLED, WHICH]) {
      re.lastIndex = 0;
      for (const m of s.text.matchAll(re)) {
        const term = re === CALLED ? calledTerm(m[1]!, s.text.slice(m.index + m[0].length)) : m[1]!;
        if (re === APPOSITIVE && openingPhrase(s.text.slice(0, m.index))) continue;
        if (NOT_A_TERM.test(term) || term.split(" ").some((w) => titleWords.has(w)) || out.includes(term) || endsDescribing(term)) continue;
        out.push(term);
      }
    }
  }
  return out;
}
