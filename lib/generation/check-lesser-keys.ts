import type { Penalty } from "./check-trivia";
import type { KeyInSentence } from "./check-sentence-point";
import type { GeneratedQuestion } from "./types";
import { NAMING_VERB, worksAnExample } from "./example-wording";
import { tagWords } from "./find-spans";

/**
 * Keys a teacher would ask only when the article offers nothing more central: the place at one end of a route ("sailed from
 * _____ to Vell"), the minutes of "three hours and ten minutes", and a figure that only illustrates ("for instance", a worked "If …", "a typical …", a count of kinds, a
 * number inside the wording that names a term). Strict judges failed every such key they met as trivia (sessions 18-19),
 * while the sentence's point (the saving of the route, the rule the example shows, the term) went unasked.
 *
 * These are no fault of the question, and a hold below the review line only shortened quizzes: each note leaves the odds as
 * they are and makes the question wait in selection (`LESSER_KEYS`), so any sure question of a main idea takes its slot first,
 * and it still fills a quiz that would otherwise stay short.
 */
export const LESSER_KEYS: ReadonlySet<string> = new Set(["end-of-a-route", "figure-of-an-example", "smaller-unit-of-a-measure"]);

const NAME_WORDS = String.raw`(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*`;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/;
const TO_NAME_AFTER = new RegExp(String.raw`^\s+to\s+${NAME_WORDS}`);
const FROM_NAME_TO_BEFORE = new RegExp(String.raw`\bfrom\s+${NAME_WORDS}\s+to\s+(?:the\s+)?$`);

/** "from _____ to Vell", "from Orrin to the _____": one named end of a route or a stretch of places. */
export function endOfARoute(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  return (FROM_BEFORE.test(before) && TO_NAME_AFTER.test(sentence.slice(end))) || FROM_NAME_TO_BEFORE.test(before);
}

// "in almost every language, from", "all kinds of cheese, from", "everything from": a class swept from one example to another.
// After a class the comma marks the sweep: "carried all kinds of goods from Kell to Vell" is the goods' route. (The class's
// words are captured: see sweptClass.)
const SWEEP_BEFORE = /(?:\b(?:every|all|any|many|most|each|various|countless)\s+((?:[a-z]+\s+){0,3}?[a-z]+),|\b(?:everything|anything|everyone|anyone|everywhere))\s+from\s+(?:the\s+)?/i;
// "most of the line, from", "all the way, from": a part of one thing, not a class (a class may carry its own "the": "every
// town on the river, from"); its "from A to B" is a route (a lesser key), not two examples.
const NOT_A_CLASS = /^(?:of|the|a|an|this|that|its|their|his|her)\b|\bway\b/i;
const SWEEP_FROM_BEFORE = new RegExp(`${SWEEP_BEFORE.source}$`, "i");
const SWEEP_TO_BEFORE = new RegExp(String.raw`${SWEEP_BEFORE.source}${NAME_WORDS}\s+to\s+(?:the\s+)?$`, "i");

/**
 * "spoken in nearly every port, from _____ to Lisbon": either end of a sweep over a class is one example of it, and
 * every other member the options offer is as right (the class is "every language"). Unlike a route's end, not a lesser
 * key but no key at all.
 */
export function endOfAnExampleSweep(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const sweep = (TO_NAME_AFTER.test(sentence.slice(end)) && SWEEP_FROM_BEFORE.exec(before)) || SWEEP_TO_BEFORE.exec(before);
  return !!sweep && sweptClass(sentence, sweep);
}

/** The words after "every", "many", … name a class ("every village", "many kinds of cloth"), not a part or a clause. */
function sweptClass(sentence: string, sweep: RegExpExecArray): boolean {
  const words = sweep[1];
  if (words === undefined) return true;
  if (NOT_A_CLASS.test(words)) return false;
  // "many settlers sailed from": a verb among them makes a clause, and its "from A to B" a route.
  const at = sweep.index + sweep[0].indexOf(words);
  return !tagWords(sentence).some((w) => w.start >= at && w.end <= at + words.length && w.tags.includes("Verb") && !w.tags.includes("Noun"));
}

// "A typical kettle holds …": one ordinary case of a kind.
const TYPICAL_BEFORE = /\b(?:a|an|the) typical\b/i;
// "joined in two different ways", "three main types": the count of kinds the sentence goes on to name.
const KINDS_AFTER = /^\s+(?:(?:main|basic|different|distinct|separate|major|key|broad)\s+){0,2}(?:ways|types|kinds|sorts|forms|classes|categories|groups)\b/i;
// "The place where two paths cross is called a …": the figure sits in the wording that names a term.
const NAMING_AFTER = new RegExp(String.raw`^[^.;:]*?${NAMING_VERB}`, "i");

/** A number that only illustrates, or only counts the kinds or words of an idea whose point lies elsewhere (see above). */
export function figureOfAnExample(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  return worksAnExample(sentence) || TYPICAL_BEFORE.test(before) || KINDS_AFTER.test(after) || NAMING_AFTER.test(after);
}

const COUNT_WORD = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)`;
// Each larger unit with the smaller ones a measure goes on in ("two days and nine hours", "40 feet 6 inches", "4 kg and 300
// grams"): a unit of another kind after it ("three days, and six weeks later …") is a second measure, not this one's part.
const SMALLER_UNITS: Record<string, string> = {
  year: "months?|weeks?|days?",
  month: "weeks?|days?",
  week: "days?",
  day: "hours?",
  hour: "minutes?",
  minute: "seconds?",
  degree: "minutes?",
  kilometre: "metres?",
  metre: "centimetres?|millimetres?",
  mile: "yards?|feet|foot",
  yard: "feet|foot|inch(?:es)?",
  foot: "inch(?:es)?",
  tonne: "kilograms?|kilos?",
  ton: "pounds?|hundredweights?",
  kilogram: "grams?",
  pound: "ounces?",
};
const unitName = (word: string) => word.toLowerCase().replace(/er(s?)$/, "re$1").replace(/^feet$/, "foot").replace(/s$/, "");
// "three hours and _____ minutes", "five feet _____ inches": the figure of a measure's smaller unit, after its larger one.
const LARGER_PART_BEFORE = new RegExp(String.raw`\b${COUNT_WORD} ([a-z]+) (?:and )?$`, "i");
// (Not a count of time from another event: "… and six weeks later".)
const SMALLER_UNIT_AFTER: Record<string, RegExp> = Object.fromEntries(
  Object.entries(SMALLER_UNITS).map(([unit, smaller]) => {
    const spelled = smaller.replace(/metres\?/g, "(?:metre|meter)s?");
    return [unit, new RegExp(String.raw`^\s+(?:${spelled})\b(?! (?:later|earlier|after|afterwards|before|ago)\b)`, "i")];
  }),
);

/** The figure of a measure's smaller unit ("and _____ minutes"): the measure's size is in its larger unit, asked on its own. */
export function smallerUnitOfAMeasure(sentence: string, start: number, end: number): boolean {
  const larger = LARGER_PART_BEFORE.exec(sentence.slice(0, start));
  const after = larger && SMALLER_UNIT_AFTER[unitName(larger[1]!)];
  return !!after && after.test(sentence.slice(end));
}

/**
 * The notes above, for a question on a span of its sentence. A false statement made by swapping the key hinges on the same
 * detail and waits as its cloze does; a true copy tests its whole sentence.
 */
export function lesserKeyPenalties(q: GeneratedQuestion, at: KeyInSentence | null): Penalty[] {
  if (!at || q.type === "ORDERING" || q.type === "MATCHING" || (q.type === "TRUE_FALSE" && q.answerText !== "False")) return [];
  const { sentence, start, end } = at;
  const out: Penalty[] = [];
  if ((q.keyKind === "name" || q.keyKind === "term") && endOfAnExampleSweep(sentence, start, end)) out.push({ check: "end-of-an-example-sweep", factor: 0.7, belowDropLine: true });
  else if (q.keyKind === "name" && endOfARoute(sentence, start, end)) out.push({ check: "end-of-a-route", factor: 1 });
  if (q.keyKind === "number" && figureOfAnExample(sentence, start, end)) out.push({ check: "figure-of-an-example", factor: 1 });
  if (q.keyKind === "number" && smallerUnitOfAMeasure(sentence, start, end)) out.push({ check: "smaller-unit-of-a-measure", factor: 1 });
  return out;
}
