import { escapeRegExp } from "./find-spans";
import { vagueness } from "./make-cloze";
import { dangles } from "./question-stems";
import type { GeneratedQuestion, Sentence } from "./types";
import { sourceIn, statementQuestion } from "./question-parts";

/**
 * True/false on what an explanatory article says about direction and size:
 * the sentence as written, or with its one comparison word turned round
 * ("the price will fall" -> "the price will rise"). Only sentences with
 * exactly one such word, so the turned statement is plainly false by the
 * article, and never one the article states elsewhere.
 */
const OPPOSITES: [string, string][] = [
  ["rise", "fall"],
  ["rises", "falls"],
  ["rose", "fell"],
  ["increase", "decrease"],
  ["increases", "decreases"],
  ["increased", "decreased"],
  ["upward", "downward"],
  ["up", "down"],
  ["higher", "lower"],
  ["more", "less"],
  ["larger", "smaller"],
  ["bigger", "smaller"],
  ["faster", "slower"],
  ["warmer", "cooler"],
  ["hotter", "colder"],
  ["heavier", "lighter"],
  ["stronger", "weaker"],
  ["easier", "harder"],
  ["above", "below"],
  ["before", "after"],
  ["acids", "bases"],
  ["acid", "base"],
  ["acidic", "basic"],
];
export const OPPOSITE = new Map(OPPOSITES.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]));
const WORD = new RegExp(`\\b(${[...OPPOSITE.keys()].map(escapeRegExp).join("|")})\\b`, "gi");

// Turned words make a claim only about something that can grow or shrink; elsewhere they are idiom ("fell into ruin", "higher education").
export const MEASURE = /\b(?:price|prices|cost|costs|temperature|heat|speed|pressure|supply|demand|amount|number|level|levels|rate|force|mass|energy|sunlight|light|water|size|weight|volume|population|value|quantity|slope|concentration|motion|layers?|pH|acidity|boiling point|freezing point)\b/i;
export const IDIOM = /\b(?:higher education|fell into|rose to (?:power|fame)|up to|more or less|later on)\b/i;

export function makeOppositeStatement(sentence: Sentence, articleText: string, makeFalse: boolean): GeneratedQuestion | null {
  if (sentence.subject || dangles(sentence.text) || !MEASURE.test(sentence.text) || IDIOM.test(sentence.text)) return null;
  const all = [...sentence.text.matchAll(WORD)];
  // A threshold on a scale ("has a pH below 7") is the claim, whatever else the sentence names ("An acid …").
  const thresholds = all.filter((h) => /^(?:above|below)$/i.test(h[0]) && /^ (?:about |roughly )?-?\d/.test(sentence.text.slice(h.index! + h[0].length)));
  const hits = thresholds.length === 1 ? thresholds : all;
  // With two such words ("when supply rises …, the price will fall"), the last one is the outcome: only it is turned.
  if (hits.length === 0 || hits.length > 2 || /\b(?:not|no|never|than|neither|nor)\b/i.test(sentence.text)) return null;
  const hit = hits.at(-1)!;
  if (hits.length === 2 && !/^(?:when|if|as)\b/i.test(sentence.text)) return null;
  if (thresholds.length > 1) return null;
  const word = hit[0];
  // "the lower layers", "the upper floors": a name for a part, not a claim of direction (turned, it reads as nonsense).
  if (/\bthe $/i.test(sentence.text.slice(0, hit.index))) return null;
  const opposite = OPPOSITE.get(word.toLowerCase())!;
  // "more than", "up to", "before the …": fixed phrases and times, not claims of direction.
  const after = sentence.text.slice(hit.index! + word.length, hit.index! + word.length + 8);
  // "above 7", "below 0 °C": a threshold on a scale, which turned is plainly false; elsewhere "above"/"below" name a place.
  const threshold = /^(?:above|below)$/i.test(word) && /^ (?:about |roughly )?-?\d/.test(after);
  if (/^ (?:to|of|than|and)\b/.test(after) || (!threshold && /^(?:before|after|above|below|more|less|up|down)$/i.test(word))) return null;
  const swapped = /^[A-Z]/.test(word) ? opposite.charAt(0).toUpperCase() + opposite.slice(1) : opposite;
  const statement = sentence.text.slice(0, hit.index) + swapped + sentence.text.slice(hit.index! + word.length);
  if (makeFalse && articleText.includes(statement.replace(/[.!]$/, ""))) return null;
  const start = sentence.start + hit.index!;
  return statementQuestion({
    statement: makeFalse ? statement : sentence.text,
    isTrue: !makeFalse,
    source: sourceIn(sentence, { start, end: start + word.length }),
    keyKind: "term",
    confidence: makeFalse ? 0.72 : 0.7 * vagueness(sentence.text),
  });
}
