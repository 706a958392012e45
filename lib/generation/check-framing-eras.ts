import type { Penalty } from "./check-trivia";
import { centuryBesideThePoint } from "./check-century-point";
import { BLANK } from "./blank";
import { MONTHS } from "./months";
import { CENTURY_ORDINAL, centuryNumber } from "./century-words";
import { BC_MARK, CE_MARK } from "./year-eras";

/**
 * A century or decade keyed where it only frames the sentence: the sentence's point is its main clause, and the era is
 * the scene. Reviewers on unseen articles failed these as trivia in every position: opening the sentence ("In the early
 * _____, …", "By the late _____ the town …"), set off by commas inside it ("The mill, in the _____, …"), closing it
 * ("… kept the town's time for the rest of the _____."), in a tribute ("one of the _____'s most admired …"), and above
 * all when the stem itself shows a year inside the era ("In the early _____, in 1904, …"): then the year answers it.
 */

// "19th century", "nineteenth-century": compiled once, as eraYears runs for every era key weighed.
const CENTURY_KEY = new RegExp(String.raw`\b(${CENTURY_ORDINAL})[\s-]century\b`, "i");
const BC_KEY = new RegExp(String.raw`\b${BC_MARK}`);
// Nothing but an era mark ("BCE", "A.D.") and the sentence's end after the blank, or a comma.
const ONLY_ERA_THEN_END = new RegExp(String.raw`^(?:\s*(?:${BC_MARK}|${CE_MARK}))?\s*[.!?]?\s*$`);
const ONLY_ERA_THEN_COMMA = new RegExp(String.raw`^(?:\s*(?:${BC_MARK}|${CE_MARK}))?,`);

/** The years an era key covers, and whether it is before the common era: "19th century", "1800s" (a century), "1840s". */
export function eraYears(key: string): { from: number; to: number; bc: boolean } | null {
  const bc = BC_KEY.test(key);
  const century = CENTURY_KEY.exec(key);
  if (century) {
    const n = centuryNumber(century[1]!);
    return { from: (n - 1) * 100, to: n * 100, bc };
  }
  const hundreds = /\b(\d{1,2})00s\b/.exec(key);
  if (hundreds) return { from: Number(hundreds[1]) * 100, to: Number(hundreds[1]) * 100 + 99, bc };
  const decade = /\b(\d{2,3}0)s\b/.exec(key);
  if (decade) return { from: Number(decade[1]), to: Number(decade[1]) + 9, bc };
  return null;
}

/** The key is a century or a decade, not a year or a day. */
export const isEraKey = (key: string): boolean => eraYears(key) !== null;

// A year after a word that dates, or one marked BC/BCE (see eraShownByYear).
const DATED_YEAR = new RegExp(String.raw`(?<![\d,.])(?:(?<=\b(?:in|by|of|from|until|till|since|after|before|${MONTHS}) )(\d{3,4})|(\d{3,4})(?=\s*${BC_MARK}))(?![\d,.]?\d)(?!s\b|\s*(?:%|per|metres|meters|km|miles|feet|kg|tonnes|tons|people|men|soldiers|years|km|m\b))(\s*${BC_MARK})?`, "g");

/**
 * A year shown in the stem (or its shown context) that falls inside the era keyed: "In the early _____, in 1904, …"
 * keyed "20th century". (A count beside a unit, "1500 metres", is no year.)
 */
export function eraShownByYear(prompt: string, key: string): boolean {
  const era = eraYears(key);
  if (!era) return false;
  const shown = prompt.split(BLANK).join(" ");
  // A year after a word that dates ("in 1904", "since 1850", "May 1901") or marked BC/BCE; a bare count ("About 250 ships") is no year.
  for (const m of shown.matchAll(DATED_YEAR)) {
    if (Boolean(m[3]) !== era.bc) continue;
    const year = Number(m[1] ?? m[2]);
    if (year >= era.from && year <= era.to && year >= 100) return true;
  }
  return false;
}

// Prepositions that open a phrase framing a clause in time ("for the rest of", "throughout", "well into", "by the end of").
const FRAMING_TIME = "(?:in|by|during|throughout|through|into|well into|until|till|since|across|over|for (?:the rest|much|most|part|all|the whole) of|by the (?:end|middle|start) of|at the (?:end|turn|start) of|towards? the end of|before|after)";
const QUALIFIER = "(?:(?:the )?(?:early|mid|middle|late|mid-)[\\s-]*)";

// "was rebuilt in the late", "were first built during the early": a dated passive event just before the era.
const PASSIVE_EVENT_BEFORE = /\b(?:was|were)\s+(?:first\s+|later\s+|finally\s+)?(?:[a-z]{3,}ed|built|rebuilt|begun|made|founded|won|fought|laid|set|struck|sold|taken|given|written|drawn|sunk|torn|broken|rung)\s+(?:in|during) (?:the )?(?:early|mid|middle|late)[\s-]+$/i;
// (Built once: asked of every era key.)
const QUALIFIED_ERA_BEFORE = new RegExp(`\\b(?:in|during) (?:the )?(?:early|mid|middle|late)[\\s-]+$`, "i");
const FRAMING_BEFORE = new RegExp(`\\b(?!in\\b|during\\b)${FRAMING_TIME} (?:the )?${QUALIFIER}?$`, "i");
const FRAMING_IN_PARENTHESIS = new RegExp(`(?:^|, )(?:(?:Then|But|And|Yet|So|Later|Soon|Still|However|Meanwhile|Even|Already),? )?${FRAMING_TIME} (?:about |around |roughly )?(?:the )?${QUALIFIER}?$`, "i");

/**
 * The era closes the sentence in a framing phrase ("… for the rest of the _____.", "… landmark in the late _____."): a
 * bare "in the _____" that dates the main clause's own event ("The abbey was built in the 12th century.") stays.
 */
export function eraInClosingPhrase(sentence: string, start: number, end: number): boolean {
  if (!ONLY_ERA_THEN_END.test(sentence.slice(end))) return false;
  const before = sentence.slice(0, start);
  // (Not right after a passive event, "The abbey church was rebuilt in the late _____.": the era dates the main event.)
  if (QUALIFIED_ERA_BEFORE.test(before)) return !PASSIVE_EVENT_BEFORE.test(before);
  return FRAMING_BEFORE.test(before);
}

/** The era sits between commas inside the sentence ("The mill, in the late _____, …", "Then, by the _____, …"). */
export function eraInParenthesis(sentence: string, start: number, end: number): boolean {
  if (!ONLY_ERA_THEN_COMMA.test(sentence.slice(end))) return false;
  return FRAMING_IN_PARENTHESIS.test(sentence.slice(0, start));
}

/** "one of the _____'s most admired …", "the _____'s greatest …": the era in a tribute to the subject. */
export function eraInTribute(sentence: string, end: number): boolean {
  return /^['’]s\b/.test(sentence.slice(end));
}

/**
 * Penalties for an era keyed where it only frames its sentence. A year in the stem inside the era gives the key away,
 * and any framing era is a sure sign of trivia: both put the question below the drop line, so the next candidate
 * (often the main clause of the same sentence) takes its place.
 */
export function framingEraPenalties(prompt: string, key: string, at: { sentence: string; start: number; end: number } | null, title = ""): Penalty[] {
  if (!isEraKey(key)) return [];
  const out: Penalty[] = [];
  if (eraShownByYear(prompt, key)) out.push({ check: "era-shown-by-year", factor: 0.6, belowDropLine: true });
  if (!at) return out;
  const { sentence, start, end } = at;
  if (eraInTribute(sentence, end)) out.push({ check: "era-in-tribute", factor: 0.6, belowDropLine: true });
  else if (eraInClosingPhrase(sentence, start, end)) out.push({ check: "era-in-closing-phrase", factor: 0.7, belowDropLine: true });
  else if (eraInParenthesis(sentence, start, end)) out.push({ check: "era-in-parenthesis", factor: 0.7, belowDropLine: true });
  // A century beside the sentence's point is held just below the review line (a likely side detail, no veto).
  else if (centuryBesideThePoint(sentence, start, end, key, title)) out.push({ check: "century-beside-the-point", factor: 1, belowReviewLine: true });
  return out;
}
