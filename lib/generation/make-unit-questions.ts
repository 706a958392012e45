import { singularOf } from "./singular-of";
import { lowerFirstWord } from "./why-question";
import { multipleChoiceQuestion, sourceIn } from "./question-parts";
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

// What each unit measures, in one list: options come only from other measures, as "centimetres" is as right as
// "millimetres" for rainfall, and the units an article writes for other quantities are found from the same words. The first
// that fits wins ("metres per second" is a speed, "newton metres" no length). `scan: false`: words too often no unit ("in
// years", "10 pounds" of money) are read as the key's unit but never gathered from the text as options.
const MEASURES: { measure: string; units: string; scan?: false }[] = [
  { measure: "speed", units: "(?:(?:kilo|centi|milli)?met(?:re|er)s?|miles?|feet|foot) per (?:second|hour)|knots?" },
  { measure: "torque", units: "newton met(?:re|er)s?" },
  { measure: "length", units: "(?:kilo|centi|milli)?met(?:re|er)s?|miles?|feet|foot|inch(?:es)?|yards?|light[- ]years?|fathoms?" },
  { measure: "mass", units: "(?:kilo|milli)?grams?|tonnes?|tons?" },
  { measure: "mass", units: "pounds?|ounces?", scan: false },
  { measure: "volume", units: "(?:milli)?lit(?:re|er)s?|gallons?|pints?" },
  { measure: "area", units: "hectares?|acres?|square [a-z]+", scan: false },
  { measure: "time", units: "seconds?|minutes?|hours?|days?|years?", scan: false },
  { measure: "frequency", units: "hertz" },
  { measure: "loudness", units: "decibels?" },
  { measure: "force", units: "newtons?" },
  { measure: "energy", units: "(?:kilo)?(?:joules?|calories?)" },
  { measure: "power", units: "(?:kilo|mega)?watts?" },
  { measure: "voltage", units: "volts?" },
  { measure: "current", units: "amps?|amperes?" },
  { measure: "pressure", units: "(?:hecto|kilo)?pascals?" },
  { measure: "pressure", units: "(?:milli)?bars?", scan: false },
  { measure: "temperature", units: "degrees (?:celsius|fahrenheit)|kelvin" },
];
const MEASURE_RES = MEASURES.map(({ measure, units }) => [measure, new RegExp(`^(?:${units})$`)] as const);
// Units a school article writes out, to find the article's other units for options: after a figure or "in" only ("on their
// feet" is no unit).
const KNOWN_UNITS = new RegExp(`(?<=\\d |\\bin )(?:${MEASURES.filter((m) => m.scan !== false).map((m) => m.units).join("|")})\\b`, "gi");
const measureOf = (unit: string) => MEASURE_RES.find(([, re]) => re.test(unit.toLowerCase()))?.[0];

// A quantity is asked only when it is itself a measure ("water depth", "rainfall", "a swing: the height between …"): a thing or
// a stuff ("Peat is measured in tonnes") is measured along several ("peat" by depth as well), so another unit may be right.
const MEASURE_WORD =
  /\b(?:depths?|heights?|lengths?|widths?|breadth|thickness|distances?|altitude|elevation|sizes?|areas?|volumes?|capacity|weights?|mass|density|speeds?|velocity|flows?|temperatures?|heat|pressures?|forces?|torque|energy|power|frequency|pitch|loudness|current|voltage|charge|resistance|brightness|time|duration|rainfall|snowfall|precipitation|wavelength)\b/i;

/**
 * "Air pressure is measured in weather stations": "in" names a place there, not a unit. A unit is one the table knows, one
 * the article writes after a figure ("40 fathoms"), or one it gives a short form in brackets ("newton metres (N m)").
 */
function isUnit(fact: UnitFact, articleText: string): boolean {
  if (measureOf(fact.unit) || fact.abbreviation) return true;
  const words = fact.unit.replace(/[^a-z ]/g, "").split(" ").join("\\s+");
  return new RegExp(`\\d\\s+${words}\\b`, "i").test(articleText);
}

interface UnitFact {
  sentenceIndex: number;
  quantity: string;
  verb: string;
  unit: string;
  abbreviation?: string;
  /** The words before the unit name a measure (MEASURE_WORD). */
  ofMeasure: boolean;
  /** Where the unit's words sit in the article. */
  start: number;
}

function findUnitFacts(sentences: Sentence[]): UnitFact[] {
  const out: UnitFact[] = [];
  sentences.forEach((s, sentenceIndex) => {
    const m = MEASURED.exec(s.text) ?? DEFINED_THEN_MEASURED.exec(s.text);
    // "… in terms of sales", "… in seconds, minutes and hours": no one unit of the quantity.
    if (!m || NOT_A_QUANTITY.test(m[1]!) || NOT_A_UNIT.test(m[3]!) || /^(?: \([^)]*\))?(?:,? (?:and|or)\b|, [a-z]+(?:, [a-z]+)*,? (?:and|or) )/.test(s.text.slice(m.index + m[0].length))) return;
    const at = s.text.indexOf(` in ${m[3]}`, m[1]!.length) + 4;
    out.push({ sentenceIndex, quantity: m[1]!, verb: m[2]!, unit: m[3]!, abbreviation: m[4]?.trim(), ofMeasure: MEASURE_WORD.test(s.text.slice(0, at)), start: s.start + at });
  });
  return out;
}

// "miles per hour" -> "mile per hour", "inches" -> "inch": the unit's plural word folded by the shared singulariser.
const singular = (unit: string) => unit.replace(/\b[a-z]+s\b/, (word) => singularOf(word)).replace(/\bfeet\b/, "foot");

export function makeUnitQuestions(sentences: Sentence[], articleText: string, random: () => number): GeneratedQuestion[] {
  const facts = findUnitFacts(sentences).filter((f) => f.ofMeasure && isUnit(f, articleText));
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
    if (others.length === 3) {
      out.push(multipleChoiceQuestion({ prompt, key: fact.unit, others, source, keyKind: "term", confidence: 0.76 }, random));
    } else {
      const accepted = [...new Set([fact.unit, singular(fact.unit), ...(fact.abbreviation ? [fact.abbreviation] : [])])];
      out.push({ type: "FILL_BLANK", prompt, options: [], answerKey: { kind: "text", accepted }, answerText: fact.unit, source, spanType: "TERM", keyKind: "term", score: 1, confidence: 0.72 });
    }
  }
  return out;
}
