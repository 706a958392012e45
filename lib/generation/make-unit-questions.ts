import { singularOf } from "./singular-of";
import { lowerFirstWord } from "./why-question";
import { choiceQuestion, sourceIn } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * What a quantity is measured in, where the article says so of a named quantity ("Rainfall is measured in millimetres",
 * "Torque is the turning force, measured in newton metres (N m)."): "In what unit is rainfall measured?". The options
 * are the article's units of other measures, so all are units and none could also measure this quantity; with fewer than
 * three of them the unit is typed (its short form in brackets counts too).
 */

const SUBJECT = "((?:The |A |An )?[A-Za-z][a-z-]*(?: [a-z][a-z-]*){0,2})";
const UNIT = "([a-z]+(?: (?:per|of) [a-z]+| [a-z]+)?)";
const ABBR = "(?: \\(([A-Za-z°%/ ]{1,8})\\))?";
// "Current is measured in amps (A); …" / "Depth is usually measured in fathoms."
const MEASURED = new RegExp(`^${SUBJECT} (is|are) (?:usually |often |commonly |normally |generally )?(?:measured|expressed|recorded) in ${UNIT}${ABBR}(?=[.;,]| and\\b)`);
// "Frequency is the number of turns a second, measured in hertz (Hz)."
const DEFINED_THEN_MEASURED = new RegExp(`^${SUBJECT} (is|are) (?:the|a|an) [^,;:()]{4,80}, (?:usually |often |commonly )?(?:measured|expressed|recorded) in ${UNIT}${ABBR}\\.$`);
// A subject that only points back or counts ("It", "This", "Each one") names no quantity.
const NOT_A_QUANTITY = /^(?:it|this|that|these|those|they|each|some|all|one|which|what|there)\b/i;

const NOT_A_UNIT = /^(?:terms|part|parts|many|several|some|the|a|an|different|various|other|ways|much|units|money|value)\b/;
// Units a school article writes out, to find the article's other units for options: after a figure or "in" only ("on their
// feet" is no unit).
const KNOWN_UNITS =
  /(?<=\d |\bin )(?:(?:kilo|centi|milli)?(?:metres?|meters?)(?: per (?:second|hour))?|kilometres? per hour|miles? per hour|miles|feet|inches|(?:kilo|milli)?grams|tonnes|litres|liters|hertz|decibels|newtons|joules|watts|volts|amps|pascals|calories|degrees (?:Celsius|Fahrenheit)|light[- ]years|knots)\b/g;

// What each known unit measures: options come only from other measures, as "centimetres" is as right as "millimetres" for
// rainfall. The first that fits wins ("metres per second" is a speed, "newton metres" no length).
const MEASURES: [string, RegExp][] = [
  ["speed", /\bper (?:second|hour)$|^knots?$/],
  ["torque", /^newton met(?:re|er)s?$/],
  ["length", /^(?:kilo|centi|milli)?(?:metres?|meters?)$|^miles?$|^feet$|^foot$|^inch(?:es)?$|^yards?$|^light[- ]years?$|^fathoms?$/],
  ["mass", /^(?:kilo|milli)?grams?$|^tonnes?$|^tons?$|^pounds?$|^ounces?$/],
  ["volume", /^(?:milli)?lit(?:re|er)s?$|^gallons?$|^pints?$/],
  ["area", /^hectares?$|^acres?$|^square [a-z]+$/],
  ["time", /^(?:seconds?|minutes?|hours?|days?|years?)$/],
  ["frequency", /^hertz$/], ["loudness", /^decibels?$/], ["force", /^newtons?$/], ["energy", /^(?:kilo)?(?:joules?|calories?)$/],
  ["power", /^(?:kilo|mega)?watts?$/], ["voltage", /^volts?$/], ["current", /^amps?$|^amperes?$/],
  ["pressure", /^(?:hecto|kilo)?pascals?$|^(?:milli)?bars?$/], ["temperature", /^degrees (?:celsius|fahrenheit)$|^kelvin$/],
];
const measureOf = (unit: string) => MEASURES.find(([, re]) => re.test(unit.toLowerCase()))?.[0];

/**
 * "Air pressure is measured in weather stations": "in" names a place there, not a unit. A unit is one the table knows, one
 * the article writes after a figure ("40 fathoms"), or one it gives a short form in brackets ("newton metres (N m)").
 */
function isUnit(fact: UnitFact, articleText: string): boolean {
  if (measureOf(fact.unit) || fact.abbreviation) return true;
  const words = fact.unit.replace(/[^a-z ]/g, "").split(" ").join("\\s+");
  return new RegExp(`\\d\\s+${words}\\b`, "i").test(articleText);
}

export interface UnitFact {
  sentenceIndex: number;
  quantity: string;
  verb: string;
  unit: string;
  abbreviation?: string;
  /** Where the unit's words sit in the article. */
  start: number;
}

export function findUnitFacts(sentences: Sentence[]): UnitFact[] {
  const out: UnitFact[] = [];
  sentences.forEach((s, sentenceIndex) => {
    const m = MEASURED.exec(s.text) ?? DEFINED_THEN_MEASURED.exec(s.text);
    // "… in terms of sales", "… in seconds, minutes and hours": no one unit of the quantity.
    if (!m || NOT_A_QUANTITY.test(m[1]!) || NOT_A_UNIT.test(m[3]!) || /^(?: \([^)]*\))?(?:,? (?:and|or)\b|, [a-z]+(?:, [a-z]+)*,? (?:and|or) )/.test(s.text.slice(m.index + m[0].length))) return;
    const at = s.text.indexOf(` in ${m[3]}`, m[1]!.length) + 4;
    out.push({ sentenceIndex, quantity: m[1]!, verb: m[2]!, unit: m[3]!, abbreviation: m[4]?.trim(), start: s.start + at });
  });
  return out;
}

// "miles per hour" -> "mile per hour", "inches" -> "inch": the unit's plural word folded by the shared singulariser.
const singular = (unit: string) => unit.replace(/\b[a-z]+s\b/, (word) => singularOf(word)).replace(/\bfeet\b/, "foot");

export function makeUnitQuestions(sentences: Sentence[], articleText: string, random: () => number): GeneratedQuestion[] {
  const facts = findUnitFacts(sentences).filter((f) => isUnit(f, articleText));
  if (!facts.length) return [];
  // The article's units, the ones it gives for other quantities first.
  const seen = new Map<string, string>();
  for (const u of [...facts.map((f) => f.unit), ...(articleText.match(KNOWN_UNITS) ?? [])]) if (!seen.has(singular(u.toLowerCase()))) seen.set(singular(u.toLowerCase()), u.toLowerCase());
  const out: GeneratedQuestion[] = [];
  for (const fact of facts) {
    const sentence = sentences[fact.sentenceIndex]!;
    const quantity = lowerFirstWord(fact.quantity, articleText);
    const prompt = `In what unit ${fact.verb} ${quantity} measured?`;
    const source = sourceIn(sentence, { start: fact.start, end: fact.start + fact.unit.length });
    // Only units of other measures, and only when the key's own measure is known: else an option may be as right as the key.
    const measure = measureOf(fact.unit);
    const others = measure ? [...seen.values()].filter((u) => { const m = measureOf(u); return m && m !== measure; }).slice(0, 3) : [];
    const base = { prompt, answerText: fact.unit, source, spanType: "TERM" as const, keyKind: "term" as const, score: 1 };
    if (others.length === 3) {
      out.push({ type: "MULTIPLE_CHOICE", ...base, ...choiceQuestion(fact.unit, others, random), confidence: 0.76 });
    } else {
      const accepted = [...new Set([fact.unit, singular(fact.unit), ...(fact.abbreviation ? [fact.abbreviation] : [])])];
      out.push({ type: "FILL_BLANK", ...base, options: [], answerKey: { kind: "text", accepted }, confidence: 0.72 });
    }
  }
  return out;
}
