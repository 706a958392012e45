import { CONTINENT_OF } from "./check-broad-place";
import { lookupEntry, regionOf } from "./gazetteer";

/**
 * A place swapped into a false statement must be a place of the same kind, and must neither hold nor lie in a place the
 * statement names. "The floor of the (ocean)" made "the floor of (a continent)" reads as nonsense or as a different
 * claim the article may well make true elsewhere; a city swapped for the continent it lies in leaves the statement true.
 */

// The word that names what kind of place a name is ("Atlantic Ocean", "Rift Valley", "Canary Islands").
const HEAD = /\b(ocean|sea|river|lake|mountains?|islands?|desert|gulf|bay|strait|peninsula|valley|range|plateau|highlands?|coast|forest|basin|plain|plains)$/i;

/** What kind of place a name is: country, city, continent, region, ocean, sea, river …; undefined when nothing tells. */
export function placeKind(name: string): string | undefined {
  const bare = name.replace(/^the /i, "");
  const entry = lookupEntry(bare);
  if (entry?.type === "COUNTRY") return "country";
  if (entry?.type === "CITY") return "city";
  if (entry?.type === "PLACE" && entry.group) return entry.group === "islands" ? "island" : entry.group;
  if (CONTINENT_OF[bare.toLowerCase()]) return bare.toLowerCase() === CONTINENT_OF[bare.toLowerCase()] ? "continent" : "region";
  const head = HEAD.exec(bare)?.[1]?.toLowerCase();
  return head?.replace(/^(mountain|island|highland|plain)s$/, "$1");
}

// Where a place lies on the map, as the gazetteer knows it (a continent for a country, a city or a region).
function continentOf(name: string): string | undefined {
  const bare = name.replace(/^the /i, "").toLowerCase();
  return CONTINENT_OF[bare] ?? regionOf(bare);
}

const NAME_RUN = /\b[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)*/gu;

/** "Asia" swapped into a statement that names Sendai's Japan, or "Japan" into one that names Asia: one place holds the other. */
function holdsOrLiesIn(replacement: string, statement: string): boolean {
  const where = continentOf(replacement);
  if (!where) return false;
  const broad = CONTINENT_OF[replacement.replace(/^the /i, "").toLowerCase()] !== undefined;
  for (const m of statement.matchAll(NAME_RUN)) {
    const named = m[0];
    if (named.toLowerCase() === replacement.toLowerCase()) continue;
    const namedBroad = CONTINENT_OF[named.toLowerCase()] !== undefined;
    // A continent or region around a named country, city or region, or a country or city inside a named continent or region.
    if ((broad || namedBroad) && continentOf(named) === where) return true;
  }
  return false;
}

/** The replacement is a fair swap for the place: the same kind (where either kind is known) and not around or inside a place the statement names. */
export function fairPlaceSwap(original: string, replacement: string, statement: string): boolean {
  const a = placeKind(original);
  const b = placeKind(replacement);
  if ((a !== undefined || b !== undefined) && a !== b) return false;
  return !holdsOrLiesIn(replacement, statement.replace(original, ""));
}
