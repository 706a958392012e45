import type { Penalty } from "./check-trivia";
import { lookupEntry, regionOf } from "./gazetteer";
import type { GeneratedQuestion } from "./types";
import { MONTHS } from "./months";

/**
 * "The ships sailed on to _____" keyed "Asia" while the same passage names the port or country they reached: the
 * narrower place fits the blank just as truly, and a student who answers it is marked wrong. A continent or a region
 * is keyed as a destination only where the passage around it names no place inside it (or, not knowing where a place lies, none at all
 * after a word of going or being somewhere).
 */

export const CONTINENT_OF: Record<string, string> = {
  asia: "asia", "east asia": "asia", "southeast asia": "asia", "central asia": "asia", "south asia": "asia", "middle east": "asia",
  europe: "europe", "western europe": "europe", "eastern europe": "europe", "northern europe": "europe", "southern europe": "europe",
  africa: "africa", "north africa": "africa", "west africa": "africa", "east africa": "africa", "southern africa": "africa",
  "north america": "americas", "south america": "americas", "latin america": "americas", "central america": "americas",
  oceania: "oceania", australasia: "oceania",
};

/** The continent a continent, region, country or city lies on, as far as the gazetteer knows ("east asia" -> "asia"). */
export function continentOf(name: string): string | undefined {
  const bare = name.replace(/^the /i, "");
  return CONTINENT_OF[bare.toLowerCase()] ?? regionOf(bare);
}

// A place named after a word of going or being somewhere: "to Calcutta", "in India", "reached Lisbon", "at Adulis" (not
// "from Ternate": a starting point is no narrower destination).
const PLACE_AFTER = /\b(?:to|in|at|into|reached|reaching|reach|via|through|towards?)\s+((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+)*)/gu;
// Capitalised words after "in"/"to" that name no place.
export const NOT_PLACE = new RegExp(`^(?:The|A|An|This|That|These|Those|His|Her|Their|Its|It|He|She|They|We|${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|Latin|Greek|French|German|Spanish|Arabic|Chinese|Parliament|Congress|God)$`);

// The blank is where something went or arrived: "sailed on to _____", "carried it into _____", "reached _____".
const DESTINATION = /\b(?:to|into|onto|towards?|reached|reaching|reach|(?:sailed|bound|headed|left) for|(?:arrived|landed|settled) in)\s+(?:the\s+)?$/i;

/** The passage around the key's sentence: the sentence before, its own and the one after, within its paragraph. */
function passage(q: GeneratedQuestion, articleText: string): string {
  const from = Math.max(articleText.lastIndexOf("\n\n", q.source.start), q.source.start - 400, 0);
  const to = articleText.indexOf("\n\n", q.source.end);
  return articleText.slice(from, Math.min(to < 0 ? articleText.length : to, q.source.end + 300));
}

/** A narrower place than the continent or region keyed, named in the passage around it. */
export function narrowerPlaceNamed(q: GeneratedQuestion, articleText: string): boolean {
  if (q.keyKind !== "name" || q.type === "TRUE_FALSE" || q.type === "ORDERING" || q.type === "MATCHING") return false;
  const continent = CONTINENT_OF[q.answerText.replace(/^the /i, "").toLowerCase()];
  if (!continent) return false;
  // Only a destination: "colonial rule in _____", "guests from across _____" speak of the whole region on purpose.
  const at = q.source.answer.start - q.source.start;
  if (!DESTINATION.test(q.source.sentence.slice(0, Math.max(0, at)))) return false;
  const key = q.answerText.toLowerCase();
  for (const m of passage(q, articleText).matchAll(PLACE_AFTER)) {
    const name = m[1]!.split(/\s+/).filter((w, i) => i > 0 || !NOT_PLACE.test(w)).join(" ");
    if (!name || name.toLowerCase() === key || key.includes(name.toLowerCase()) || CONTINENT_OF[name.toLowerCase()]) continue;
    const region = continentOf(name);
    if (region ? region === continent : !lookupEntry(name) || lookupEntry(name)!.type !== "PERSON") return true;
  }
  return false;
}

export function broadPlacePenalty(q: GeneratedQuestion, articleText: string): Penalty | null {
  return narrowerPlaceNamed(q, articleText) ? { check: "broad-place-keyed", factor: 0.6, belowDropLine: true } : null;
}
