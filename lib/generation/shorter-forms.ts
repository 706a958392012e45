import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";
import { lookupEntry } from "./gazetteer";
import { isPeoplesWord } from "./prefixed-bodies";
import { LEXICON } from "./tag-without-chunks";
import { TITLE_WORD_SET } from "./titles";

/**
 * A typed answer may be the article's own shorter form of a key's name ("Tessan Navy" for "Royal Tessan Navy", "East
 * India Company" for "Trevian East India Company" where the article itself calls the firm so), but a
 * shorter form is also the name of other things: another body of the kind ("the Tessan Navy of Vell"), the body the
 * article met first ("The Tessan Navy had failed. The Royal Tessan Navy …"), a person or a city inside the name ("William"
 * in "Fort William", "Amsterdam" in "Royal Amsterdam Company"). Accepted, it would grade those right; so it is accepted
 * only where the article plainly uses it for the key. (Elsewhere a name less a people's word, or less a word of rule,
 * period or direction, is another body: see prefixed-bodies. The article's own use for the key is the one exception, and
 * only for a people's word, "Royal" or "Imperial"; a country or city is never accepted, so "India" is not "British India".)
 */

// A leading word that only says whose or what rank a body is: a people's word ("Swedish", "American"), "Royal", "Imperial".
const LEADING_DESCRIPTOR = /^([A-Z][a-z]+) ((?:[A-Z][\w'’-]*)(?: (?:of |and |for |the )*[A-Z][\w'’-]*)+)$/;
const shorterMemo = articleMemo<string[]>();
const personMemo = articleMemo<boolean>();
// The word list's tags of a person's name, and of a country or a city (a word's tags may be listed, "Region,ProperNoun").
const PERSON_TAG = /(?:^|,)(?:Person|FirstName|LastName|MaleName|FemaleName)(?:,|$)/;
const PLACE_TAG = /(?:^|,)(?:City|Country)(?:,|$)/;
// A place or a body the short form is written as one of: "the East India Company of Vell", "… in Brell", "… at Osk".
const OF_ANOTHER = /^ (?:of|in|at) (?:the )?[A-Z]/;

/**
 * The article's own shorter form of a name: the name less a leading "Royal", where the article writes that form standing
 * alone (no capitalised word right before it, so not "Hale's Tessan Navy"), and every such use
 * - comes after the key's first full use (before it, the short form names what the reader met first);
 * - is not written as one "of", "in" or "at" a place or body (another of its kind);
 * and the form itself is no country, city or person's name. Another body that carries the shorter form ("Norvish Tessan
 * Navy") is refused by namesSomeoneElse, as for every alias.
 */
export function shorterFormsOf(name: string, articleText: string): string[] {
  const m = LEADING_DESCRIPTOR.exec(name);
  if (!m || !articleText.includes(m[2]!)) return [];
  const [, lead, short] = m as unknown as [string, string, string];
  if (!/^(?:Royal|Imperial)$/.test(lead) && !isPeoplesWord(lead)) return [];
  return shorterMemo(articleText, name, () => (usedForKey(name, short, articleText) ? [short] : []));
}

function usedForKey(key: string, short: string, articleText: string): boolean {
  const firstFull = wordMatches(key, articleText)[0]?.index;
  if (firstFull === undefined || placeOrPersonName(short, key, articleText)) return false;
  const alone = wordMatches(short, articleText).filter((u) => {
    const before = articleText.slice(Math.max(0, u.index - 30), u.index);
    return !/[A-Z][\w'’-]*\s$/.test(before) || /(?:^|[.!?]\s+|\n)(?:The|the)?\s*$/.test(before);
  });
  return alone.length > 0 && !alone.some((u) => u.index < firstFull || OF_ANOTHER.test(articleText.slice(u.index + short.length, u.index + short.length + 20)));
}

/** Whole-word uses of `text`; with `possessive`, its "'s" form too ("William's"). */
function wordMatches(text: string, articleText: string, possessive = false): RegExpExecArray[] {
  const end = possessive ? "(?=['’]s\\b|(?![\\w'’-]))" : "(?![\\w'’-])";
  return [...articleText.matchAll(new RegExp(`(?<![\\w'’-])${escapeRegExp(text)}${end}`, "g"))] as RegExpExecArray[];
}

/** A word the word list or the gazetteer knows as a person's name ("William", "Clive"). */
function personWord(word: string): boolean {
  return PERSON_TAG.test(String(LEXICON[word.toLowerCase()] ?? "")) || lookupEntry(word)?.type === "PERSON";
}

/**
 * A short form of `key` that names a country or a city (the gazetteer's, or the word list's), or a person's name the
 * article uses outside the key's full name.
 */
function placeOrPersonName(short: string, key: string, articleText: string): boolean {
  const entry = lookupEntry(short);
  if (entry?.type === "COUNTRY" || entry?.type === "CITY" || PLACE_TAG.test(String(LEXICON[short.toLowerCase()] ?? ""))) return true;
  return personNameElsewhere(short, key, articleText);
}

/**
 * A person's name (a title before it, the gazetteer's person, words the word list knows as names, or a name the article
 * writes after a title or a word for a person: "Governor Orsk", "the trader Tamsin") that the article writes outside the
 * key's full name: "William" beside "Fort William" names the clerk William as well.
 */
export function personNameElsewhere(short: string, key: string, articleText: string): boolean {
  const words = short.split(" ");
  return personMemo(articleText, `${short}\u0000${key}`, () => {
    const person = TITLE_WORD_SET.has(words[0]!) || lookupEntry(short)?.type === "PERSON" || words.every(personWord) || namedAsPerson(short, articleText);
    // A possessive is a use too: "William's men" names the man, and "Fort William's walls" the fort.
    return person && wordMatches(short, articleText, true).length > wordMatches(key, articleText, true).length;
  });
}

/** The article writes the name right after a title ("Governor Orsk") or a word the word list knows for a person ("the trader Tamsin"). */
function namedAsPerson(name: string, articleText: string): boolean {
  return wordMatches(name, articleText, true).some((u) => {
    const before = /([A-Za-z]+)\s$/.exec(articleText.slice(Math.max(0, u.index - 20), u.index))?.[1] ?? "";
    return TITLE_WORD_SET.has(before) || (/^[a-z]/.test(before) && /(?:^|,)Actor(?:,|$)/.test(String(LEXICON[before] ?? "")));
  });
}
