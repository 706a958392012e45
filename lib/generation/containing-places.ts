import { escapeRegExp } from "./find-spans";
import { articleMemo } from "./article-memo";
import { lookupEntry } from "./gazetteer";
import { otherForms } from "./demonyms";
import { MONTHS } from "./months";
import { INSIDE_A_TOWN, KNOWN_PLACE, QUALIFIED_NOUN, knownAsPlace } from "./known-places";
import { countryOfState } from "./state-country";
import type { TextRange } from "./types";

/**
 * The places the article itself says a place lies in: "the observatory at Carrow, in Dunhaven" or "Carrow, Dunhaven"
 * or "Carrow in Dunhaven" make "Dunhaven" a right typed answer wherever "Carrow" is (judges failed a blank that refused
 * the city around a district). "Carrow, near Dunhaven" is no containment, and a list of places ("Carrow, Dunhaven and
 * Ebb") is none either. Only a town, district or site lies in another place: a country "in" a place is a country's doing
 * there ("the role of Varnia in Ostland").
 */
export function containingPlaces(key: string, articleText: string): string[] {
  return [...new Set(usesOf(key, articleText).map((u) => u.place))];
}

/** One use of the key with the place the article there says it lies in, and where the use stands. */
interface Use {
  place: string;
  at: number;
}

function usesOf(key: string, articleText: string): Use[] {
  if (!key || !articleText.includes(key) || lookupEntry(key)?.type === "COUNTRY") return [];
  // Asked for every candidate on a place key (typed answers, distractors): the article is read once per key.
  return memo(articleText, key, () => scanContainingPlaces(key, articleText));
}
const memo = articleMemo<Use[]>();

function scanContainingPlaces(key: string, articleText: string): Use[] {
  const found: Use[] = [];
  const k = escapeRegExp(key);
  // The key as a whole name (not "New Carrow" or "Carrow Bay"), then ", in Y", " in Y", ", which lay in Y", " in the
  // north of Y" or ", Y".
  const use = new RegExp(`(?<![\\w'’-])${k}(${LIES_IN}|,? in (?:the )?|, )${PLACE}`, "g");
  for (const m of articleText.matchAll(use)) {
    if (inLongerName(articleText, m.index)) continue;
    const place = m[2]!;
    const after = articleText.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "Carrow in May", "Carrow in AD 64", "Carrow in Varn's day": a time or someone's, not a place.
    if (NOT_A_PLACE.test(place) || TONGUE_OR_STYLE.test(place) || /['’]s?$/.test(place) || /^['’]s?\b/.test(after) || place === key) continue;
    // "Ebbton, in the Lune valley", "in the Gothic style": the name only qualifies the noun after it. A street or a
    // building lies inside the town, not around it ("Ebbton in Parliament Street").
    if (QUALIFIED_NOUN.test(after) || INSIDE_A_TOWN.test(place)) continue;
    if (m[1] === ", ") {
      // ", Y" with no "in" is the region a town is named with only where it closes the phrase ("Carrow, Dunhaven, was …"
      // or "Carrow, Dunhaven.") and the key opens no list ("Ebb, Carrow, Dunhaven" and "Carrow, Dunhaven and Ebb" are lists).
      const closes = /^(?:[.;:)]|,\s+(?!and\b|or\b)[a-z])/.test(after);
      const listBefore = /(?:[A-Z][\w'’-]*,|\band|\bor) $/.test(articleText.slice(Math.max(0, m.index - 20), m.index));
      if (!closes || listBefore) continue;
      // A bare comma also joins a place and a person or a clause ("In Carrow, Tessa Brun …"): only a known place counts.
      if (!KNOWN_PLACE.has(lookupEntry(place)?.type ?? "")) continue;
    } else if (BARE_IN.test(m[1]!)) {
      // " in Y" follows a place with an era, a language, a body or a paper as readily as a place ("Carrow in Victorian
      // times", "called Carrow in Latin", "represented Carrow in Parliament"): Y counts only as a place the article or the
      // gazetteer knows. ", in Y," set off by commas says where on its own ("the mill at Carrow, in Dunhaven, …").
      const setOff = m[1]!.startsWith(",") && /^[,.;:)]/.test(after) && !otherForms(place).length;
      if (!setOff && !knownAsPlace(place, articleText)) continue;
    }
    found.push({ place, at: m.index });
  }
  return found;
}
const BARE_IN = /^,? in (?:the )?$/;

/**
 * The containing places a typed blank also accepts: only where the blank is where something is or was ("built at
 * _____", "east of _____"), never a doer ("_____ voted to leave", the town and not its region) or what belongs to it ("the
 * mayor of _____"); and none the stem itself names ("at _____, in Dunhaven" asks the district). `sentence` is where the
 * key was taken from: what that sentence says the key lies in, and the date it gives, settle the answer first.
 */
export function containingPlacesFor(key: string, stem: string, articleText: string, hint = "", sentence?: TextRange): string[] {
  // A hint that asks for a kind of place ("(a city)", "(a village)") is not answered by the place around it.
  if (!WHERE_BLANK.test(stem) || (hint && !OPEN_HINT.test(hint))) return [];
  const named = (place: string) => new RegExp(`(?<![\\w'’-])${escapeRegExp(place)}(?![\\w'’-])`).test(stem);
  // (Each place's forms go together: a stem that names it in any of them asks something inside it.)
  const country = countryOfState(key, articleText, `${stem} ${sentence ? articleText.slice(sentence.start, sentence.end) : ""}`);
  // A containing place the gazetteer knows is right in its other forms too ("UK" for "United Kingdom").
  const around = placesAround(key, articleText, sentence).map((place) => [place, ...(lookupEntry(place)?.aliases ?? [])]);
  return [...new Set([...around, country].filter((forms) => !forms.some(named)).flat())];
}

/**
 * The places around the key's own place: a name may stand for two places in one article ("born in Carrow", and later "the
 * ruins of Carrow, Egypt"), so only the key's own sentence, or else the name's first use, says where it lies, and an
 * article that puts the name in two places says nothing sure.
 */
function placesAround(key: string, articleText: string, sentence?: TextRange): string[] {
  const uses = usesOf(key, articleText);
  const own = sentence ? uses.filter((u) => u.at >= sentence.start && u.at < sentence.end) : [];
  if (own.length) return [...new Set(own.map((u) => u.place))];
  const first = firstUse(key, articleText);
  const atFirst = uses.filter((u) => u.at === first).map((u) => u.place);
  const sure = atFirst.map(canonical);
  if (uses.some((u) => !sure.includes(canonical(u.place)))) return [];
  return [...new Set(atFirst)];
}
const canonical = (place: string) => lookupEntry(place)?.name ?? place;

/** Where the key's name is first used in prose (a title or a heading has no full stop), as a whole name. */
function firstUse(key: string, articleText: string): number {
  return firstUses(articleText, key, () => {
    for (const m of articleText.matchAll(new RegExp(`(?<![\\w'’-])${escapeRegExp(key)}(?![\\w'’-]| [A-Z])`, "g"))) {
      if (inLongerName(articleText, m.index)) continue;
      const end = articleText.indexOf("\n", m.index);
      const line = articleText.slice(articleText.lastIndexOf("\n", m.index) + 1, end < 0 ? undefined : end);
      if (/[.!?]["'”’)]*\s*$/.test(line)) return m.index;
    }
    return -1;
  });
}
const firstUses = articleMemo<number>();

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

/** A capitalised word just before `at` that is no opener ("New Carrow", "Port Carrow"): the name there is a longer one. */
function inLongerName(articleText: string, at: number): boolean {
  const wordBefore = /([A-Z][\w'’-]*) $/.exec(articleText.slice(Math.max(0, at - 20), at))?.[1];
  return wordBefore !== undefined && !OPENERS.has(wordBefore);
}

const NOT_A_PLACE = new RegExp(
  `^(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|AD|BC|BCE|CE|The|A|An|His|Her|Their|Its|This|That|These|Those)\\b|\\b(?:War|Wars|Age|Ages|Era|Period|Revolution|Century|Times)$`,
);
// A language or a style of an age, said whole ("Carrow, in Latin, means fort"), which the gazetteer's people's words miss.
const TONGUE_OR_STYLE =
  /^(?:Latin|Norse|Old Norse|Gaelic|Hebrew|Sanskrit|Italian|Cornish|Old English|Middle English|Gothic|Romanesque|Baroque|Renaissance|Victorian|Georgian|Edwardian|Elizabethan|Tudor)$/;
