import { NOT_PLACE } from "./check-broad-place";
import { namedOnlyHere, TITLE_WORD } from "./check-passing-details";
import { PLACE_NAME } from "./place-name";
import { namesTitle, titleStems } from "./title-words";

/**
 * "The road ran on to Osk in the northern county of _____.": the key only says which larger area another place, named
 * just before it, lies in. The sentence is about the named place (or what happened there); the area is a side detail, and
 * strict reviewers failed it as one. On the judged sets the keys reviewers failed were named once in the article more often
 * (16%) than those named again (9%), so the shape counts only for an area the article names here and nowhere else: an
 * area that recurs (the province a rising spread through) is part of the story. Nor does it count for an area the title
 * names, for the area of a place the title names (which county the title's town lies in is a main point), for a summary
 * sentence, or after a sentence's opening word ("Villages in the province of …" is the sentence's own subject and place).
 * The place must be one: named after a word of going or being somewhere ("to Osk", "at Dunmore"), and no month, weekday
 * or person ("in March in the province of …" gives the area of the main event).
 * Three shapes: "to Osk in the county of _____", "at Dunmore in _____ County", and the region set off by a comma after the
 * place's name (after any lower-case word), closing its phrase ("… reached Kell, _____." / "from Kell, _____, the …").
 */

// The kinds of area a place is said to lie in.
const AREA = "province|county|region|state|district|prefecture|department|territory|shire|canton|borough|parish";
// A word of going or being somewhere, then the place's name.
const PLACE_AFTER = String.raw`\b(?:to|at|in|near|from|reached|outside|around)\s+(${PLACE_NAME})`;
const AT_PLACE = String.raw`${PLACE_AFTER},?\s+`;
// A place, then "in the [one or two describing words] <area> of" before the key.
const AREA_OF_BEFORE = new RegExp(String.raw`${AT_PLACE}in\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:${AREA})\s+of\s+$`, "u");
// A place, then "in" before the key, and the area's word after it ("Dunmore in _____ County").
const NAME_IN_BEFORE = new RegExp(String.raw`${AT_PLACE}in\s+$`, "u");
const AREA_AFTER = new RegExp(String.raw`^\s+(?:${AREA})\b`, "i");
// A place, then a comma right before the key, and the key's phrase closes after it ("reached Kell, _____.", "visited Kell,
// _____, and stayed"): a name inside the sentence, then a comma and a capitalised key closing its phrase, is the sure sign,
// after any lower-case word ("captured Dorn, _____.") but one that brings a person, the doer or a companion ("paid for by
// Ada Fenn, Marrow", "with Tom Reed, Osk"), a side in a conflict ("pitted Vell against Kell, _____": a list of the sides),
// or a verb of being, naming or appointing, which brings a person and their title ("His heir was Edwin Marle, Earl of
// Dunmore", "appointed Tom Reed, Warden").
const NAME_COMMA_BEFORE = new RegExp(
  String.raw`\b(?!(?:by|with|against|between|versus|and|or|of|for|than|as|whom|is|was|were|became|become|named|appointed|married|met|crowned|succeeded|elected|made|called|knighted|sent|hired|chose)\s)\p{Ll}+\s+(${PLACE_NAME}),\s$`,
  "u",
);
const PHRASE_CLOSES = /^(?:[,.;]|$)/;
// A place, then a comma and "in" right before the key, closing its phrase ("was printed at Kell, in _____."): the area
// set off after the place's name.
const NAME_COMMA_IN_BEFORE = new RegExp(String.raw`${PLACE_AFTER},\s+in\s+$`, "u");
// After the key, a comma and another name (with or without "and"/"or"): the key is a member of a list of places
// ("reached Kell, _____, and Osk", "from Kell, _____, Osk and Tarn"), not the region of the name before it.
const LIST_GOES_ON = /^,\s*(?:(?:and|or)\s+)?\p{Lu}/u;
// A key that opens with a rank ("Earl …") or names an office ("Warden of Brask") is a person's title after their name
// ("killed Tom Reed, _____"), not a region.
const OFFICE = /^\p{Lu}[\p{L}\p{M}'’-]*\s+of\s/u;
// (Only the last words before the key are read: the shape is short, and a long run of names would make the scan slow.)
const READ_BEFORE = 160;

/** The key is the area that a place named just before it lies in, and the article names that area nowhere else. */
export function areaOfANamedPlace(sentence: string, start: number, end: number, title: string, articleText: string, inSummary: boolean): boolean {
  const key = sentence.slice(start, end);
  if (inSummary || !/^\p{Lu}/u.test(key)) return false;
  const before = sentence.slice(Math.max(0, start - READ_BEFORE), start);
  const after = sentence.slice(end);
  const regionAfterComma = PHRASE_CLOSES.test(after) && !LIST_GOES_ON.test(after) && !TITLE_WORD.test(key.split(/\s+/)[0]!) && !OFFICE.test(key);
  const host = AREA_OF_BEFORE.exec(before) ?? (AREA_AFTER.test(after) ? NAME_IN_BEFORE.exec(before) : null) ?? (regionAfterComma ? (NAME_COMMA_BEFORE.exec(before) ?? NAME_COMMA_IN_BEFORE.exec(before)) : null);
  if (!host) return false;
  if (host[1]!.split(/\s+/).some((w) => NOT_PLACE.test(w))) return false;
  const stems = titleStems(title);
  if (namesTitle(key, stems) || namesTitle(host[1]!, stems)) return false;
  return namedOnlyHere(key, articleText);
}
