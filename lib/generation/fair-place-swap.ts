import { CONTINENT_OF, continentOf } from "./check-broad-place";
import { headNoun } from "./distractors";
import { LEADING_WORD } from "./find-siblings";
import { countriesOfCity, lookupEntry, partsOf } from "./gazetteer";
import type { SpanType } from "./types";

/**
 * A place swapped into a false statement must be a place of the same kind, and must neither hold nor lie in a place the
 * statement names (as far as the gazetteer knows: continents and their parts, countries and their cities). "The floor of
 * the (ocean)" made "the floor of (a continent)" reads as nonsense or as a different claim; a continent put where the
 * statement names a country on it, or a country put where it names one of its cities, may leave the statement true.
 */

// One kind of raised land, whatever the name calls it ("Great Dividing Range", "Rocky Mountains", "Western Highlands").
const RAISED_LAND = /^(?:range|mountain|highland)$/;

/** What kind of place a name is: country, city, continent, region, ocean, sea, lake …; undefined when nothing tells. */
export function placeKind(name: string, type?: SpanType): string | undefined {
  const bare = name.replace(/^the /i, "");
  const entry = lookupEntry(bare);
  // The finder's own type tells a country or city the gazetteer does not list ("Peru", "Sendai").
  if (entry?.type === "COUNTRY" || (!entry && type === "COUNTRY")) return "country";
  if (entry?.type === "CITY" || (!entry && type === "CITY")) return "city";
  if (entry?.type === "PLACE" && entry.group) return entry.group === "islands" ? "island" : entry.group;
  if (CONTINENT_OF[bare.toLowerCase()]) return bare.toLowerCase() === CONTINENT_OF[bare.toLowerCase()] ? "continent" : "region";
  const head = headNoun(bare);
  return head === "" ? undefined : RAISED_LAND.test(head) ? "raised land" : head;
}

// A run of capitalised words: a name the statement gives ("Southeast Asia", and "From Japan" until its opening word is cut).
const NAME_RUN = /\b[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)*/gu;

/** The places a statement names, without an opening word ("From Japan") or a possessive ("Europe's"). */
function namedPlaces(statement: string): string[] {
  return [...statement.matchAll(NAME_RUN)].map((m) => {
    let name = m[0];
    while (LEADING_WORD.test(name)) name = name.replace(LEADING_WORD, "");
    return name.replace(/['’]s$/, "");
  });
}

const isBroad = (name: string) => CONTINENT_OF[name.replace(/^the /i, "").toLowerCase()] !== undefined;

/** `outer` (a continent, a part of one, or a country) holds `inner`, as far as the gazetteer knows. */
function holds(outer: string, inner: string): boolean {
  const o = outer.replace(/^the /i, "").toLowerCase();
  const i = inner.replace(/^the /i, "");
  const continent = CONTINENT_OF[o];
  if (continent === o) return continentOf(i) === continent && i.toLowerCase() !== o;
  if (continent) {
    // A part of a continent holds the countries and cities the gazetteer places in it; one it cannot place on the
    // continent may lie in that part, so it counts as held.
    if (isBroad(i)) return false;
    const parts = partsOf(i);
    return parts ? parts.includes(o) : continentOf(i) === continent;
  }
  const country = lookupEntry(outer);
  return country?.type === "COUNTRY" && countriesOfCity(i).includes(country.name);
}

/** "Asia" put where the statement names Japan, "Japan" where it names Osaka, "Osaka" where it names Japan: one holds the other. */
function holdsOrLiesIn(replacement: string, statement: string): boolean {
  // (A country or city put where the statement names its continent, "in Europe … opened in Italy", stays plainly false:
  // not refused. A part of a continent put where it names the continent, or a city where it names its country, is.)
  return namedPlaces(statement).some((named) => named.toLowerCase() !== replacement.toLowerCase() && ((holds(replacement, named) || (isBroad(replacement) || lookupEntry(named)?.type === "COUNTRY") && holds(named, replacement))));
}

/** The replacement is a fair swap for the place: the same kind (where either kind is known) and not around or inside a place the statement names. */
export function fairPlaceSwap(original: string, replacement: string, statement: string, type?: SpanType): boolean {
  const a = placeKind(original, type);
  const b = placeKind(replacement, type);
  if ((a !== undefined || b !== undefined) && a !== b) return false;
  return !holdsOrLiesIn(replacement, statement.replace(original, ""));
}
