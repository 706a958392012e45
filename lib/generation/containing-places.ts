import { escapeRegExp } from "./find-spans";
import { articleMemo } from "./article-memo";
import { lookupEntry } from "./gazetteer";

/**
 * The places the article itself says a place lies in: "the observatory at Carrow, in Dunhaven" or "Carrow, Dunhaven"
 * or "Carrow in Dunhaven" make "Dunhaven" a right typed answer wherever "Carrow" is (judges failed a blank that refused
 * the city around a district). "Carrow, near Dunhaven" is no containment, and a list of places ("Carrow, Dunhaven and
 * Ebb") is none either. Only a town, district or site lies in another place: a country "in" a place is a country's doing
 * there ("the role of Varnia in Ostland").
 */
export function containingPlaces(key: string, articleText: string): string[] {
  if (!key || !articleText.includes(key) || lookupEntry(key)?.type === "COUNTRY") return [];
  // Asked for every candidate on a place key (typed answers, distractors): the article is read once per key.
  return memo(articleText, key, () => scanContainingPlaces(key, articleText));
}
const memo = articleMemo<string[]>();

function scanContainingPlaces(key: string, articleText: string): string[] {
  const found = new Set<string>();
  const k = escapeRegExp(key);
  // The key as a whole name (not "New Carrow" or "Carrow Bay"), then ", in Y", " in Y", ", which lay in Y", " in the
  // north of Y" or ", Y".
  const use = new RegExp(`(?<![\\w'’-])${k}(${LIES_IN}|,? in (?:the )?|, )${PLACE}`, "g");
  for (const m of articleText.matchAll(use)) {
    const wordBefore = /([A-Z][\w'’-]*) $/.exec(articleText.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (wordBefore && !OPENERS.has(wordBefore)) continue;
    const place = m[2]!;
    const after = articleText.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "Carrow in May", "Carrow in AD 64", "Carrow in Varn's day": a time or someone's, not a place.
    if (NOT_A_PLACE.test(place) || /['’]s?$/.test(place) || /^['’]s?\b/.test(after) || place === key) continue;
    if (m[1] === ", ") {
      // ", Y" with no "in" is the region a town is named with only where it closes the phrase ("Carrow, Dunhaven, was …"
      // or "Carrow, Dunhaven.") and the key opens no list ("Ebb, Carrow, Dunhaven" and "Carrow, Dunhaven and Ebb" are lists).
      const closes = /^(?:[.;:)]|,\s+(?!and\b|or\b)[a-z])/.test(after);
      const listBefore = /(?:[A-Z][\w'’-]*,|\band|\bor) $/.test(articleText.slice(Math.max(0, m.index - 20), m.index));
      if (!closes || listBefore) continue;
      // A bare comma also joins a place and a person or a clause ("In Carrow, Tessa Brun …"): only a known place counts.
      if (!KNOWN_PLACE.has(lookupEntry(place)?.type ?? "")) continue;
    }
    found.add(place);
  }
  return [...found];
}

/**
 * The containing places a typed blank also accepts: only where the blank is where something is or was ("built at
 * _____", "east of _____"), never a doer ("_____ voted to leave", the town and not its region) or what belongs to it ("the
 * mayor of _____"); and none the stem itself names ("at _____, in Dunhaven" asks the district).
 */
export function containingPlacesFor(key: string, stem: string, articleText: string, hint = ""): string[] {
  // A hint that asks for a kind of place ("(a city)", "(a village)") is not answered by the place around it.
  if (!WHERE_BLANK.test(stem) || (hint && !OPEN_HINT.test(hint))) return [];
  const named = (place: string) => new RegExp(`(?<![\\w'’-])${escapeRegExp(place)}(?![\\w'’-])`).test(stem);
  // (Each place's forms go together: a stem that names it in any of them asks something inside it.)
  const country = countryOfState(key, articleText);
  // A containing place the gazetteer knows is right in its other forms too ("UK" for "United Kingdom").
  const around = containingPlaces(key, articleText).map((place) => [place, ...(lookupEntry(place)?.aliases ?? [])]);
  return [...new Set([...around, country].filter((forms) => !forms.some(named)).flat())];
}

// The hints that ask for no kind of place.
const OPEN_HINT = /^\(an? (?:name|place)\)$/;
const LIES_IN = ",? (?:(?:which|that) (?:is|was|lies|lay) in |(?:located|situated) in |in the (?:north|south|east|west|centre|center|heart|middle)(?:-?(?:east|west))? of )(?:the )?";
// A question of where something is or was ("Where was she born?"), or a blank after a word of where something is: "in",
// "at", "near" …, or a compass point's "of" ("east of _____"). Not a word of going: "went back to _____", "fled from
// _____" or "Where did they go?" may be a move inside the containing place, and it would not fit.
const WHERE_BLANK = /^Where (?:is|was|are|were)\b(?!.*\b(?:sent|taken|moved|brought|carried|exiled|deported|driven|led)\b)|(?:\b(?:in|at|near|through|around|outside|inside|within)|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of) (?:the )?_{3,}/i;
// One to three capitalised words: the containing place's name.
const PLACE = "([A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,2})";
// A capitalised word before the key that is no part of its name: "At Carrow, …".
const OPENERS = new Set(["At", "In", "From", "To", "Near", "The", "Outside", "Inside", "Around", "Beyond"]);
const KNOWN_PLACE = new Set(["COUNTRY", "CITY", "PLACE"]);
const NOT_A_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AD|BC|BCE|CE|The|A|An|His|Her|Their|Its|This|That|These|Those)\b|\b(?:War|Wars|Age|Ages|Era|Period|Revolution|Century|Times)$/;

/**
 * A US state asked where something was ("took a law degree in _____") is filled as truly by the country, where the article
 * itself names the country (judges failed a blank on a state that refused "the United States"). Georgia is left out: it
 * is a country too.
 */
function countryOfState(key: string, articleText: string): string[] {
  if (!US_STATES.has(key) || !/\b(?:United States|U\.S\.A?\.|USA)(?![\w'’-])/.test(articleText)) return [];
  return ["United States", "United States of America", "USA", "U.S.", "US", "America"];
}
const US_STATES = new Set(
  (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas " +
    "Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma " +
    "Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
  )
    .split(" ")
    .concat(["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]),
);
