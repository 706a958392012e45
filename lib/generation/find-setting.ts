import { otherForms, peopleStem, peopleWordSource } from "./demonyms";
import { escapeRegExp } from "./find-spans";
import { BLANK } from "./blank";
import { countriesOfCity } from "./gazetteer";
import type { GeneratedQuestion, ParsedArticle, Span } from "./types";

// A setting is named in this share of the article's paragraphs at least (and in three of them): the whole story happens there.
const SETTING_SHARE = 0.4;
const SETTING_MIN_PARAGRAPHS = 3;

/**
 * The land an article is set in ("Japan" in an article on a Japanese university): a country, or a place the
 * article also names by its people's word ("Georgian"), named in the title or the opening sentence (a country also by a
 * city of it there: "a crowd in Lyon") and then all through the article. A blank keyed with it tests nothing (every other stem of the quiz names it,
 * "the Canadian athlete …" answers "ran across _____"), so a blank or a "Where …?" where it stands as the place of events
 * is no candidate, and so is one where it is the subject of a plain state ("_____ was in turmoil"); the land as an actor ("_____ signed the treaty", "the government of _____") is still asked, and so is any
 * statement on it.
 * A site the article keeps naming (a fort, a city under siege) has no people's word and stays a fair key.
 * Returns the settings' names, lower-cased.
 */
export function findSettingNames(article: ParsedArticle, spans: Span[]): Set<string> {
  const settings = new Set<string>();
  const firstSentence = article.sentences[0]?.text ?? "";
  const opening = `${article.title}\n${firstSentence}`;
  const paragraphs = article.sections.flatMap((s) => s.paragraphs).map((p) => p.text);
  const needed = Math.max(SETTING_MIN_PARAGRAPHS, Math.ceil(paragraphs.length * SETTING_SHARE));
  const types = readPlaceTypes(spans);
  // "An armed crowd in Paris …" opens an article set in France as surely as "France" would: a city's land is named with it.
  const openingLands = landsOfCities(opening);
  const places = new Map<string, Place>();
  const placeOf = (name: string): Place => {
    const known = places.get(name);
    if (known) return known;
    const made = { land: new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`), people: peoplePattern(name), peopleInTitle: peoplePattern(name, true) };
    places.set(name, made);
    return made;
  };
  for (const [name, type] of types) {
    // Nearly every place is missing from the one short opening: a plain look there first, before any pattern is made
    // or any paragraph read (the name and its grown words share its stem; "French" is listed apart from "France").
    if (!opening.includes(peopleStem(name)) && !otherForms(name).some((f) => opening.includes(f)) && !openingLands.has(name)) continue;
    const place = placeOf(name);
    // A people's word that a longer place name holding this one also grows is that place's ("Nigerian" is Nigeria's, not Niger's).
    const longer = [...types.keys()].filter((other) => other !== name && other.includes(name)).map(placeOf);
    const named = (text: string) => place.land.test(text) || peopleWordIn(text, place, longer);
    // (A title capitalises every word, so there a people's word before a capital ("Danish Ferry Crews") still counts.)
    if (!place.land.test(opening) && !openingLands.has(name) && !place.peopleInTitle.test(article.title) && !peopleWordIn(firstSentence, place, longer)) continue;
    if (type === "PLACE" && !paragraphs.some((p) => peopleWordIn(p, place, longer))) continue;
    if (paragraphs.filter(named).length < needed) continue;
    settings.add(name.toLowerCase());
  }
  return settings;
}

/** The countries the gazetteer places the cities of a text in ("Lyon" -> "France"). */
function landsOfCities(text: string): Set<string> {
  const lands = new Set<string>();
  for (const [name] of text.matchAll(/[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*/gu)) {
    for (const part of [name, ...name.split(/\s+/)]) for (const land of countriesOfCity(part.replace(/['’]s$/, ""))) lands.add(land);
  }
  return lands;
}

interface Place {
  land: RegExp;
  people: RegExp;
  peopleInTitle: RegExp;
}

/** Each place name once ("the" left off), with its first span's type. */
function readPlaceTypes(spans: Span[]): Map<string, Span["type"]> {
  const types = new Map<string, Span["type"]>();
  for (const span of spans) {
    if (span.type !== "COUNTRY" && span.type !== "PLACE") continue;
    const name = span.text.replace(/^the /i, "");
    if (!types.has(name) && /^[A-Z][\w'’-]{3,}(?: [A-Z][\w'’-]+)*$/.test(name)) types.set(name, span.type);
  }
  return types;
}

/**
 * The words for a land's people or language ("Japanese", "Canadian", "Norwegian"), never the name itself: a grown word
 * can rebuild it ("Hawaii" is "Hawai" and "i"). A word a capitalised word follows is part of another name ("Indian Ocean",
 * "Dominican Republic"), not the people of this land.
 */
function peoplePattern(name: string, inTitle = false): RegExp {
  const forms = [peopleWordSource(name), ...otherForms(name).map(escapeRegExp)];
  return new RegExp(`(?<![\\w-])(?!${escapeRegExp(name)}(?![\\w-]))(?:${forms.join("|")})(?![\\w-]${inTitle ? "" : "| [A-Z]"})`);
}

/** A people's word of this place in the text, not one inside a people's word of a longer place (`longer`) holding this one. */
function peopleWordIn(text: string, place: Place, longer: Place[]): boolean {
  // (Most places have no longer name holding them: one look then. Where one does, each hit is weighed, on patterns made here.)
  if (!place.people.test(text)) return false;
  if (!longer.length) return true;
  const all = (p: Place) => text.matchAll(new RegExp(p.people.source, "g"));
  for (const hit of all(place)) {
    const end = hit.index + hit[0].length;
    const owned = longer.some((p) => [...all(p)].some((h) => h.index <= hit.index && h.index + h[0].length >= end));
    if (!owned) return true;
  }
  return false;
}

// The blank where the setting stands as the place things happen: after a preposition of place or a period word
// ("in _____", "returned to _____", "medieval _____"), or as an owner ("_____'s trade").
const PLACE_SLOT_BEFORE =
  /\b(?:in|across|throughout|within|of|from|around|through|over|into|to|at|near|on|along|towards?|inside|outside|beyond|ancient|medieval|modern|upper|lower|northern|southern|eastern|western|central)\s+(?:the\s+)?$/i;
const PLACE_SLOT_AFTER = /^['’]s\b/;
// The land as the subject of a plain state ("In 1600, _____ was in turmoil", "_____ was a poor farming land") is the setting
// described, not a deed of it: as empty a blank as "in _____". ("_____ was invaded", "_____ was not invited" and "_____ signed"
// stay actor slots.)
const STATE_SUBJECT_BEFORE = /(?:^|[,;]\s+|\band\s+)$/;
const STATE_AFTER = /^\s+(?:was|were|is|are|remained|had been|has been|seemed|lay)\s+(?:(?:still|then|now|already|deeply|very|nearly|almost|largely)\s+)?(?:in|at|under|a|an|the|one)\b/i;
// As the one who acts or is acted on, the land is a fact worth asking even where it is named all through the article: "the
// government of _____ passed", "the invasion of _____", "victory over _____", "reparations on _____".
const ACTOR_SLOT_BEFORE =
  /\b(?:government|army|navy|king|queen|ruler|president|parliament|invasion|defeat|occupation|surrender|partition|independence|unification|conquest)\s+of\s+(?:the\s+)?$|\b(?:victory|control|rule|power|influence|triumph)\s+over\s+(?:the\s+)?$|\b(?:reparations|sanctions|war|attacks?|embargo|pressure|tariffs?|demands)\s+(?:on|against)\s+(?:the\s+)?$/i;
// "Where did the guild build a hall?" keyed with the setting: the plainest place-of-events question there is.
const WHERE_QUESTION = /\bWhere\b[^.!?]*\?$/;

/** Makes the check whether a question asks for one of the settings as the place of events (its key the setting as written, not "East Germany" for "Germany"). */
export function makeSettingCheck(settings: Set<string>): (q: GeneratedQuestion) => boolean {
  if (!settings.size) return () => false;
  return (q) => {
    if (!settings.has(q.answerText.replace(/^the /i, "").toLowerCase())) return false;
    if (WHERE_QUESTION.test(q.prompt)) return true;
    const at = q.prompt.indexOf(BLANK);
    if (at < 0) return false;
    const before = q.prompt.slice(0, at);
    const after = q.prompt.slice(at + BLANK.length);
    if (PLACE_SLOT_AFTER.test(after)) return true;
    if (STATE_SUBJECT_BEFORE.test(before) && STATE_AFTER.test(after)) return true;
    return PLACE_SLOT_BEFORE.test(before) && !ACTOR_SLOT_BEFORE.test(before);
  };
}
