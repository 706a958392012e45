import type { Definition } from "./find-definitions";
import { lowerFirstWord } from "./why-question";
import { mentions } from "./whole-words";
import { swapFitterFor } from "./kind-of-defined-term";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise, choiceQuestion, sourceIn, statementQuestion } from "./question-parts";
import { articleAgreeing } from "./make-statements";

/**
 * Definitions asked the other way round: "What is the esophagus?" with the
 * article's other definitions as options; and a definition given to another
 * term the article defines ("A product's demand is the quantity that can be
 * bought …"), as a false statement the article settles.
 */



/** "What is the esophagus?" / "What does inertia refer to?" */
function reverseStem(def: Definition, prose: string): string | null {
  const d = def.description;
  if (!d) return null;
  const subject = lowerFirstWord(d.subject, prose);
  if (d.verb === "refers to") return `What does ${subject} refer to?`;
  if (d.verb === "means") return `What does ${subject} mean?`;
  if (d.verb === "describes") return `What does ${subject} describe?`;
  return `What ${d.verb} ${subject}?`;
}

/** The definitions that can stand beside each other as options: described, and none naming another's term. */
function described(all: Definition[]): Definition[] {
  return all.filter((d) => d.description && d.description.text.split(/\s+/).length <= 20);
}

export function makeReverseDefinition(def: Definition, all: Definition[], sentences: Sentence[], random: () => number): GeneratedQuestion | null {
  const stem = reverseStem(def, sentences.map((s) => s.text).join(" "));
  if (!stem || !def.description) return null;
  const others = described(all).filter(
    (o) => o !== def && o.term.toLowerCase() !== def.term.toLowerCase() && o.plural === def.plural && !mentions(o.description!.text, def.term) && !mentions(stem, o.description!.text),
  );
  if (others.length < 2 || mentions(def.description.text, def.term)) return null;
  const key = capitalise(def.description.text);
  const distractors = shuffle(others, random)
    .slice(0, 3)
    .map((o) => capitalise(o.description!.text));
  if (new Set([key, ...distractors].map((t) => t.toLowerCase())).size !== distractors.length + 1) return null;
  const { options, answerKey } = choiceQuestion(key, distractors, random);
  const sentence = sentences[def.sentenceIndex]!;
  const at = sentence.start + sentence.text.indexOf(def.description.text);
  return {
    type: "MULTIPLE_CHOICE",
    prompt: stem,
    options,
    answerKey,
    answerText: key,
    source: sourceIn(sentence, { start: at, end: at + def.description.text.length }),
    spanType: "TERM",
    keyKind: "definition",
    score: 1,
    confidence: (def.pattern === "copula" ? 0.76 : 0.8) * (distractors.length === 3 ? 1 : 0.94),
  };
}

/**
 * The definition sentence with its term swapped for another term the article
 * defines (same number): false by the article, which gives that term another
 * meaning. Never a statement the article itself makes.
 */
export function makeSwappedDefinition(def: Definition, all: Definition[], sentences: Sentence[], articleText: string, random: () => number): GeneratedQuestion | null {
  if (!def.description || def.pattern === "alias") return null;
  const sentence = sentences[def.sentenceIndex]!;
  // Never a term inside the other ("volcano" and "stratovolcano"): one kind of the other may fit the definition too.
  const nested = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
  const fitsSwap = swapFitterFor(sentence.text, def.term, articleText);
  const others = described(all).filter((o) => !nested(o.term, def.term) && o.plural === def.plural && !mentions(sentence.text, o.term) && fitsSwap(o.term));
  const other = shuffle(others, random)[0];
  if (!other) return null;
  const offset = def.range.start - sentence.start;
  const replacement = /^[A-Z]/.test(def.term) && !/^[A-Z]/.test(other.term) ? capitalise(other.term) : other.term;
  // "A tissue is …" with "organ" swapped in reads "An organ is …": the "a"/"an" before the term agrees with the new word.
  const statement = articleAgreeing(sentence.text.slice(0, offset), replacement) + replacement + sentence.text.slice(offset + def.term.length);
  if (articleText.includes(statement.replace(/\.$/, ""))) return null;
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start: def.range.start, end: def.range.end }),
    keyKind: "definition",
    confidence: 0.74,
  });
}

/**
 * The title's own topic defined, as a true statement cut before its first aside ("A geyser is a hot spring that …"),
 * for when the article describes too few other terms for "What is …?" to have options: what the topic is stays the
 * first thing a teacher asks, and the cut is no copy of the sentence. The aside may be a clause (", which …"), examples
 * (", such as …") or a phrase that explains the description's last words (", a region where …"): the cut before it is
 * whole. A description the finder set aside for a pointer is read here as the sentence writes it, when the pointer
 * stands only in the aside cut away.
 */
export function makeTopicStatement(def: Definition, sentences: Sentence[]): GeneratedQuestion | null {
  if (def.pattern !== "copula") return null;
  const sentence = sentences[def.sentenceIndex]!;
  const d = def.description ?? def.written;
  if (!d) return null;
  const text = d.text.split(TOPIC_ASIDE)[0]!.trim();
  const statement = `${capitalise(d.subject)} ${d.verb} ${text}.`;
  if (text === d.text || text.split(/\s+/).length < 4 || POINTER.test(text) || !sentence.text.startsWith(statement.slice(0, -1))) return null;
  // An aside the description resumes after ("an animal, such as a lion, that hunts …") cut away the defining words too.
  if (RESUMED.test(sentence.text.slice(statement.length - 1))) return null;
  const at = sentence.text.indexOf(text);
  return statementQuestion({ statement, isTrue: true, source: sourceIn(sentence, { start: sentence.start + at, end: sentence.start + at + text.length }), keyKind: "statement", confidence: 0.68 });
}

// Where a topic's description ends and its aside begins: a clause, examples, or a phrase opened by "a"/"an" that says
// more of the description's last words. (Not an "a" phrase another follows, ", a hedge or a fence": that is the rest of
// a list, and the cut before it would leave "forms where wind.")
const TOPIC_ASIDE = /, (?:which|and|but|while|so|such as|including|for example|for instance|an?(?= [a-z])(?![^,.]*?(?:,| and| or) (?:an?|the) ))\b/;
const RESUMED = /^,(?: [^,]+,)+ (?:that|who|whose|where|when)\b/;
const POINTER = /\b(?:it|its|they|them|their|this|these|those|he|she|him|her)\b/i;

