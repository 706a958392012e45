import { IRREGULAR_PARTICIPLE } from "./irregular-participles";

/**
 * Whether a date sits in a clause that denies ("The roof was not repaired in 1703", "In 2020 the museum did not close"). Such a
 * date dates nothing that happened: a blank on it has every other date as a right answer too, a swapped date makes a
 * statement the article leaves open, and a timeline item built on it orders a non-event. The cloze makers, the statement
 * falsifier and the timeline share this one reading.
 */

// Where a clause with its own verb starts or ends: a semicolon or colon, or a comma before a joining word.
const BOUNDARY = /[;:]|,\s+(?:and|but|or|yet|so|while|whereas|although|though|because|after|before|when|which|who|where|until)\b/gi;
// "not only" adds, and "not until 1932" / "it was not until 1932 that" dates when the thing did happen.
const DENIAL = /\b(?:not(?! only\b)|never|no longer)\b|n't\b/i;
// "the Fenwick Act of 1882": a date that names a law or a treaty is part of the name, not the time of the clause's denial.
const NAMES_A_THING = /\b[A-Z][a-z]+ of $/;
// "can't miss the hall built in 1851": a date in a participle after a noun dates that noun's making, which is not denied.
const NOUN_PARTICIPLE = /\b(?:the|a|an|its|their|his|her)\s+(?:[a-z]+\s+){0,2}([a-z]+)\s+(?:in|on|during)\s+(?:the\s+)?(?:(?:early|late)\s+|mid-)?$/i;
const NOT_UNTIL = /\b(?:not|n't|never)\s+(?:[a-z]+\s+){0,3}(?:until|till)\s+(?:the\s+)?(?:(?:early|late)\s+|mid-)?$/i;

/** `start`/`end`: the date's offsets in `text` (one sentence). */
export function dateInNegatedClause(text: string, start: number, end: number): boolean {
  let from = 0;
  let to = text.length;
  for (const b of text.matchAll(BOUNDARY)) {
    if (b.index + b[0].length <= start) from = b.index + b[0].length;
    else if (b.index >= end) {
      to = b.index;
      break;
    }
  }
  const before = text.slice(from, start);
  if (NOT_UNTIL.test(before) || NAMES_A_THING.test(before) || participleAfterNoun(before)) return false;
  return DENIAL.test(before) || DENIAL.test(text.slice(end, to));
}

function participleAfterNoun(before: string): boolean {
  const word = NOUN_PARTICIPLE.exec(before)?.[1];
  return word !== undefined && (/ed$/.test(word) || IRREGULAR_PARTICIPLE.test(word));
}
