import { lookupEntry } from "./gazetteer";
import type { Span } from "./types";

// A word that puts what follows it somewhere: "near", "in", "at", "outside", "from" (any case: it may open the sentence).
const PLACE_WORD_BEFORE = /(?:^|[^\w'’-])(?:in|at|near|outside|from)\s$/i;
// ", North Carolina" / ", Ohio": the region a town is named with, when the region is not someone's ("Ohio's").
const REGION_AFTER = /^, ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-])/;
const PLACE_TYPES = new Set<Span["type"]>(["PLACE", "COUNTRY", "CITY"]);

/**
 * "Near Kitty Hawk, North Carolina, the brothers flew": a place word before it and a place's name after its comma make
 * a guessed person a town named with its region. The tagger reads many towns' names as people's ("Kitty Hawk"), and a
 * person's name is then in a row of names with the region and never asked; a town, before its region, is asked where.
 * Returns the spans with each such person retyped as a place (the others unchanged).
 */
export function retypeTownsBeforeRegions(text: string, spans: Span[]): Span[] {
  const placeAt = new Map(spans.filter((s) => PLACE_TYPES.has(s.type)).map((s) => [s.start, s]));
  return spans.map((span) => {
    if (span.type !== "PERSON" || !span.guessed) return span;
    if (!PLACE_WORD_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start))) return span;
    const region = REGION_AFTER.exec(text.slice(span.end, span.end + 40));
    if (!region) return span;
    const regionStart = span.end + 2;
    const known = placeAt.get(regionStart)?.text === region[1] || PLACE_TYPES.has(lookupEntry(region[1]!)?.type ?? "PERSON");
    return known ? { ...span, type: "PLACE" } : span;
  });
}
