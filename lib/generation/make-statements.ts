import { escapeRegExp } from "./find-spans";
import { IRREGULAR_PAST } from "./finite-verb";
import { amountsIn } from "./fair-number-options";
import { vagueness } from "./make-cloze";
import { cutFigurePointer, dangles } from "./question-stems";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise, sourceIn, statementQuestion } from "./question-parts";

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
/** "a stratovolcano" -> "an ash cone", "An acid" -> "A base": the "a"/"an" ending the text before agrees with the new word. */
export function articleAgreeing(head: string, to: string): string {
  const article = /\b(a|an|A|An) $/.exec(head);
  if (!article) return head;
  const vowel = /^(?:[aeio]|u(?!ni|se|ro))/i.test(to);
  const fixed = vowel ? article[1]!.replace(/^([Aa])n?$/, "$1n") : article[1]!.replace(/n$/, "");
  return head.slice(0, article.index) + fixed + " ";
}

const WORD = new RegExp(`\\b(${[...OPPOSITE.keys()].map(escapeRegExp).join("|")})\\b`, "gi");

// Turned words make a claim only about something that can grow or shrink; elsewhere they are idiom ("fell into ruin", "higher education").
export const MEASURE = /\b(?:price|prices|cost|costs|temperature|heat|speed|pressure|supply|demand|amount|number|level|levels|rate|force|mass|energy|sunlight|light|water|size|weight|volume|population|value|quantity|slope|concentration|motion|layers?|pH|acidity|boiling point|freezing point)\b/i;
export const IDIOM = /\b(?:higher education|fell into|rose to (?:power|fame)|up to|more or less|later on|(?:falls|fall|fell|falling) on)\b/i;

// A second verb joined to a direction word's subject further along its clause ("rises in the east and sets", "rises each
// morning, then sinks"). Turned, the pair no longer reads ("falls in the east and sets") and the other half may still
// hold: nothing the article settles as false.
const SECOND_VERB = new RegExp(`\\b(?:and|or|then)\\s(?:[a-z]+ly\\s)?(?:${IRREGULAR_PAST}|[a-z]+(?:s|ed))\\b`);
/** `after`: the text after the direction word. */
export function pairedWithVerb(after: string): boolean {
  return SECOND_VERB.test(after.replace(/,\s(?=then\b)/g, " ").split(/[,;.]/)[0]!);
}

/**
 * "climbs until it bobs on the top": a change with the point it goes on to, which only that direction reaches. Turned
 * ("falls until it floats at the top"), the sentence contradicts itself: no claim the article settles as false.
 * `after`: the text after the direction word.
 */
export function goesUntil(after: string): boolean {
  return /^(?: (?:steadily|slowly|quickly|gradually|further|again))?,? until\b/i.test(after);
}

export function makeOppositeStatement(sentence: Sentence, articleText: string, makeFalse: boolean): GeneratedQuestion | null {
  // (Most sentences name no measure: they are let go before the parse that dangles asks for. A figure pointer holds no
  // measure word, so the sentence names one exactly when the text left once it is cut does.)
  if (sentence.subject || !MEASURE.test(sentence.text)) return null;
  // A closing pointer to a figure ("…, as this graph shows") is left out: the claim before it stands alone.
  const text = cutFigurePointer(sentence.text);
  if (sentence.subject || dangles(text) || !MEASURE.test(text) || IDIOM.test(text)) return null;
  const all = [...text.matchAll(WORD)];
  // A threshold on a scale ("has a pH below 7") is the claim, whatever else the sentence names ("An acid …").
  const thresholds = all.filter((h) => /^(?:above|below)$/i.test(h[0]) && /^ (?:about |roughly )?-?\d/.test(text.slice(h.index! + h[0].length)));
  const hits = thresholds.length === 1 ? thresholds : all;
  // With two such words ("when supply rises …, the price will fall"), the last one is the outcome: only it is turned.
  if (hits.length === 0 || hits.length > 2 || /\b(?:not|no|never|than|neither|nor)\b/i.test(text)) return null;
  const hit = hits.at(-1)!;
  if (hits.length === 2 && !/^(?:when|if|as)\b/i.test(text)) return null;
  if (thresholds.length > 1) return null;
  const word = hit[0];
  // "the lower layers", "the upper floors": a name for a part, not a claim of direction (turned, it reads as nonsense).
  if (/\bthe $/i.test(text.slice(0, hit.index))) return null;
  // "Ditches lower the water table": "lower" as a verb turns to "raise" ("higher the water table" is no English).
  const verb = /^lower$/i.test(word) && /^ (?:the|a|an|its|their|his|her)\b/.test(text.slice(hit.index! + word.length)) && !/\b(?:a|an|its|their|his|her|is|are|was|were)\s$/i.test(text.slice(0, hit.index));
  const opposite = verb ? "raise" : OPPOSITE.get(word.toLowerCase())!;
  // "more than", "up to", "before the …": fixed phrases and times, not claims of direction.
  const after = text.slice(hit.index! + word.length, hit.index! + word.length + 8);
  // "above 7", "below 0 °C": a threshold on a scale, which turned is plainly false; elsewhere "above"/"below" name a place.
  const threshold = /^(?:above|below)$/i.test(word) && /^ (?:about |roughly )?-?\d/.test(after);
  if (/^ (?:to|of|than|and)\b/.test(after) || (!threshold && /^(?:before|after|above|below|more|less|up|down)$/i.test(word))) return null;
  if (makeFalse && (pairedWithVerb(text.slice(hit.index! + word.length)) || goesUntil(text.slice(hit.index! + word.length)))) return null;
  const swapped = /^[A-Z]/.test(word) ? capitalise(opposite) : opposite;
  const statement = articleAgreeing(text.slice(0, hit.index), swapped) + swapped + text.slice(hit.index! + word.length);
  if (makeFalse && articleText.includes(statement.replace(/[.!]$/, ""))) return null;
  // "When rents fall …, a room at $200 goes for $220": the sentence's own two figures show the direction, so the turned one refutes itself.
  if (makeFalse && showsOwnChange(text)) return null;
  const start = sentence.start + hit.index!;
  return statementQuestion({
    statement: makeFalse ? statement : text,
    isTrue: !makeFalse,
    source: sourceIn(sentence, { start, end: start + word.length }),
    keyKind: "term",
    confidence: makeFalse ? 0.72 : 0.7 * vagueness(text),
  });
}

/** Two different amounts in one unit in a sentence ("$200 … $220", "from 2 euros to 3 euros", "from 10 to 14 percent"): its own figures say which way a value moved. */
function showsOwnChange(text: string): boolean {
  const amounts = amountsIn(text);
  return amounts.some((a, i) => amounts.some((b, j) => j > i && a.unit === b.unit && a.value !== b.value)) || /\bfrom \S*\d[\d,.]* (?:to|up to|down to) \S*\d/.test(text);
}

// "… is not always a richer one" -> "… is always a richer one": a limit the article sets, turned into the claim it denies.
const LIMITED = /\b(is|are|was|were) not (always|only|just|everything|all)\b/;
// An opening that points at an example or turns from the sentence before; the claim itself stands without it.
export const LEAD_IN = /^(?:As (?:this|these|the) [a-z]+ (?:shows?|suggests?)|However|Still|Yet|In short|In other words|Even so),\s*/;

/**
 * A false statement from a sentence that limits a claim ("A bigger harvest is
 * not always a richer one"): the "not" left out, the opening lead-in cut. Only when
 * the sentence has one such limit, no other negation, and stands alone.
 */
export function makeLimitFlip(sentence: Sentence, articleText: string): GeneratedQuestion | null {
  if (sentence.subject) return null;
  const text = sentence.text.replace(LEAD_IN, "");
  const m = LIMITED.exec(text);
  if (!m || /\b(?:no|never|nor|neither|nobody|nothing|cannot|n't)\b/i.test(text.replace(LIMITED, "")) || (text.match(/\bnot\b/g) ?? []).length !== 1) return null;
  // The limit belongs to the sentence's own subject, which a reader must see: a plain noun phrase, no pronoun.
  const subject = text.slice(0, m.index).trim();
  if (!/^(?:(?:The|A|An) )?[A-Za-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}$/.test(subject) || /^(?:It|This|That|These|Those|They|He|She|There|What)\b/.test(subject)) return null;
  // "not only X but (also) Y" is no limit but a pair: flipped it reads as nonsense.
  if (/\bbut\b/.test(text.slice(m.index))) return null;
  // The rest after the limit: a short complement, cut at a comma ("…, only the cheapest one") that would contradict the flip.
  const rest = text.slice(m.index + m[0].length).replace(/,.*$/, "").replace(/[.!]$/, "").trim();
  if (!rest || rest.split(/\s+/).length > 10 || dangles(`${subject} ${rest}`)) return null;
  const statement = `${capitalise(subject)} ${m[1]} ${m[2]} ${rest}.`;
  if (articleText.includes(statement.replace(/\.$/, ""))) return null;
  const at = sentence.start + sentence.text.indexOf(m[0]);
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start: at, end: at + m[0].length }),
    keyKind: "statement",
    confidence: 0.72,
  });
}
