import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";
import type { Span } from "./types";

/**
 * Number distractors a reader of the article could defend, or a reader of the
 * stem alone could rule out: a count the article gives elsewhere for the same
 * thing (a second right answer), and a value the stem's own conversion or
 * before-and-after figures already settle.
 */

const BLANK = "_____";
const WORD_VALUES = new Map<string, number>([
  ...["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"].map((w, i): [string, number] => [w, i + 2]),
  ["one", 1],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
]);

/** "3", "3,000", "three", "Three" -> a number; null for anything else ("1.5 million" keeps its scale word and is compared as written). */
export function numberValue(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d[\d,]*(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  return WORD_VALUES.get(t) ?? null;
}

/** The thing a blank counts: the plural noun within three words after it ("_____ great sea voyages" -> "voyages"). */
function countedNoun(stem: string): string | null {
  const at = stem.indexOf(BLANK);
  if (at < 0) return null;
  const m = /^ ((?:[a-z-]+ ){0,2}?)([a-z]{3,}s)\b/.exec(stem.slice(at + BLANK.length));
  return m ? m[2]! : null;
}

const counts = articleMemo<Set<number>>();
/** Every value the article gives for `noun`: "seven voyages", "12 large voyages", "three more voyages". */
function countsOf(articleText: string, noun: string): Set<number> {
  return counts(articleText, noun, () => {
    const number = `\\d[\\d,]*(?:\\.\\d+)?|${[...WORD_VALUES.keys()].join("|")}`;
    const re = new RegExp(`(?<![\\w.,-])(${number}) (?:[a-z-]+ ){0,2}${escapeRegExp(noun)}\\b`, "gi");
    const values = new Set<number>();
    for (const m of articleText.matchAll(re)) {
      const value = numberValue(m[1]!);
      if (value !== null) values.add(value);
    }
    return values;
  });
}

/** The article gives `candidate` for the thing the blank counts, so it is a second right answer (or a confusion the article invites). */
export function statedForSameThing(key: Span, candidate: string, stem: string, articleText: string): boolean {
  const noun = countedNoun(stem);
  const value = numberValue(candidate);
  if (!noun || value === null || value === numberValue(key.text)) return false;
  return countsOf(articleText, noun).has(value);
}

// Units a stem may convert between, as [unit, its pair, how many of the pair one unit makes].
const UNIT = {
  km: "(?:km|kilomet(?:re|er)s?)",
  mile: "(?:miles?)",
  m: "(?:m|met(?:re|er)s?)",
  ft: "(?:ft|feet|foot)",
  kg: "(?:kg|kilograms?|kilos?)",
  lb: "(?:lbs?|pounds?)",
  cm: "(?:cm|centimet(?:re|er)s?)",
  inch: "(?:in|inch|inches)",
};
const CONVERSIONS: [string, string, number][] = [
  [UNIT.km, UNIT.mile, 0.6214],
  [UNIT.mile, UNIT.km, 1.609],
  [UNIT.m, UNIT.ft, 3.281],
  [UNIT.ft, UNIT.m, 0.3048],
  [UNIT.kg, UNIT.lb, 2.205],
  [UNIT.lb, UNIT.kg, 0.4536],
  [UNIT.cm, UNIT.inch, 0.3937],
  [UNIT.inch, UNIT.cm, 2.54],
];

/** The key in another unit, as the stem states it ("_____ kilometres, or about 190 miles"), or null. */
function statedConversion(stem: string): { factor: number; stated: number } | null {
  const at = stem.indexOf(BLANK);
  if (at < 0) return null;
  const after = stem.slice(at + BLANK.length);
  const rest = stem.slice(0, at) + " " + after;
  for (const [unit, pair, factor] of CONVERSIONS) {
    if (!new RegExp(`^ ?${unit}\\b`, "i").test(after)) continue;
    const m = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?) ?${pair}\\b`, "i").exec(rest);
    if (m) return { factor, stated: Number(m[1]!.replace(/,/g, "")) };
  }
  return null;
}

/**
 * The values the stem's own figures allow the blank: a percentage worked out from two amounts of one currency
 * ("a room at $200 … now $220"), or an amount worked out from a percentage and another amount ("rise by 10 percent …
 * cost $200 … will cost $_____"). Empty when the stem settles nothing.
 */
function valuesWorkedOut(stem: string): number[] {
  const at = stem.indexOf(BLANK);
  if (at < 0) return [];
  const amounts = [...stem.matchAll(/([£$€¥])(\d[\d,]*(?:\.\d+)?)/g)].map((m) => ({ currency: m[1]!, value: Number(m[2]!.replace(/,/g, "")) }));
  if (/^ ?(?:percent|per cent|%)/.test(stem.slice(at + BLANK.length))) {
    const first = amounts[0];
    const second = amounts.find((a, i) => i > 0 && a.currency === first?.currency);
    if (!first || !second || first.value <= 0 || first.value === second.value) return [];
    return [(Math.abs(second.value - first.value) / first.value) * 100];
  }
  const currency = /[£$€¥]$/.exec(stem.slice(0, at))?.[0];
  const percent = /(\d+(?:\.\d+)?) ?(?:percent|per cent|%)/.exec(stem);
  const other = amounts.find((a) => a.currency === currency);
  if (!currency || !percent || !other) return [];
  const p = Number(percent[1]) / 100;
  return [other.value * (1 + p), other.value * (1 - p), other.value / (1 + p), other.value / (1 - p)];
}

/** The stem's own figures work the key out ("rents rise by _____ percent … a room at $200 … now $220"): asked typed, it tests sums, not the article. */
export function stemWorksOut(key: Span, stem: string): boolean {
  const value = numberValue(key.text);
  return key.type === "NUMBER" && value !== null && valuesWorkedOut(stem).some((w) => Math.abs(w - value) <= Math.max(0.5, 0.01 * w));
}

/**
 * The stem itself settles the value (a conversion of the key, or the two
 * amounts a percentage is worked out from), so every option but the key is
 * ruled out by arithmetic: no distractor is fair there.
 */
export function ruledOutByStem(key: Span, candidate: string, stem: string): boolean {
  const keyValue = numberValue(key.text);
  const value = numberValue(candidate);
  if (keyValue === null || value === null) return false;
  const conversion = statedConversion(stem);
  if (conversion) {
    const fits = (v: number) => Math.abs(v * conversion.factor - conversion.stated) <= 0.15 * conversion.stated;
    if (fits(keyValue)) return !fits(value);
  }
  const workedOut = valuesWorkedOut(stem);
  const fits = (v: number) => workedOut.some((w) => Math.abs(w - v) <= Math.max(0.5, 0.01 * w));
  return fits(keyValue) && !fits(value);
}
