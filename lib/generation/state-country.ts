import { escapeRegExp } from "./find-spans";
import { articleMemo } from "./article-memo";

/**
 * A US state asked where something was ("took a law degree in _____") is filled as truly by the country, where the article
 * itself names the country (judges failed a blank on a state that refused "the United States"). Georgia is left out: it
 * is a country too. Not before the state was in the country: where `dating` (the stem and its sentence) gives a year
 * before 1800, or the article says the state was then part of another country ("Texas, which was then part of Mexico").
 */
export function countryOfState(key: string, articleText: string, dating: string): string[] {
  if (!US_STATES.has(key) || !/\b(?:United States|U\.S\.A?\.|USA)(?![\w'’-])/.test(articleText)) return [];
  if (EARLY.test(dating) || inAnotherCountry(key, articleText)) return [];
  return ["United States", "United States of America", "USA", "U.S.", "US", "America"];
}

// A year, decade or century before 1800, or a year BC.
const EARLY = /\b1[0-7]\d\ds?\b|\b(?:1[0-7]|[1-9])(?:st|nd|rd|th) century\b|\b(?:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth) century\b|\d (?:BC|BCE)\b/i;

function inAnotherCountry(key: string, articleText: string): boolean {
  return memo(articleText, key, () => {
    const k = escapeRegExp(key);
    if (new RegExp(`\\bRepublic of ${k}\\b`).test(articleText)) return true;
    // The sentences that name the state, read for "then part of" a country other than the United States.
    for (const [sentence] of articleText.matchAll(new RegExp(`[^.!?\\n]*\\b${k}\\b[^.!?\\n]*`, "g"))) {
      if (THEN_PART_OF.test(sentence)) return true;
    }
    return false;
  });
}
const memo = articleMemo<boolean>();
const THEN_PART_OF =
  /\bthen (?:still )?(?:part of|an? (?:[a-z]+ )?(?:province|territory|colony|possession|department|region|state) of) (?!the United States|the U\.?S\.?\b)/;

const US_STATES = new Set(
  (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas " +
    "Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma " +
    "Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
  )
    .split(" ")
    .concat(["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]),
);
