import { noteWordTags } from "./seen-word-tags";
// (Tagged with the faster rule sweep, which it installs before any article is read.)
import { LEXICON, tagWithoutChunks } from "./tag-without-chunks";
import { isCommonWord } from "./common-word";
import { otherForms } from "./demonyms";
import { lookupEntry } from "./gazetteer";
import { FEATURE_WORDS, opensWithFeature } from "./place-head";
import { retypeTownsBeforeRegions } from "./town-before-region";
import { NAME_PARTICLE, ROMAN_ALTERNATION, TITLE_ALTERNATION, TITLE_WORD_SET } from "./titles";
import type { Span } from "./types";
import { MONTHS } from "./months";
import { CLOSE_KIN, GRANDCHILDREN, GRANDPARENTS, HALF_SIBLINGS, kinAlternation, NEPHEWS_AND_COUSINS, SPOUSES, STEPCHILDREN, STEPPARENTS, SUCCESSION } from "./kin-words";

interface Match {
  text: string;
  offset: { start: number; length: number };
  terms?: { tags?: string[] }[];
}

/**
 * compromise tags a place's last word City or Country when it knows; that kind beats "a place". Not where the name opens
 * with its own kind word before "of" ("the Bay of Kell"): the last word names another place, the head says what this is.
 */
function placeKind(m: Match): "COUNTRY" | "CITY" | "PLACE" {
  if (opensWithFeature(m.text.trim())) return "PLACE";
  const tags = m.terms?.at(-1)?.tags ?? [];
  if (tags.includes("Country")) return "COUNTRY";
  if (tags.includes("City") && !tags.includes("Region")) return "CITY";
  return "PLACE";
}

// Words that open a capitalised run but are not part of a name.
const LEADING = /^(?:The|A|An|In|On|At|By|Of|And|But|When|After|Before|During|Under|Lake|River)\s+/;
// Capitalised words that name no one: the planet we live on and the sky's bodies are read as people by the tagger ("pieces of Earth's crust").
const NOT_NAMES = new Set(["The", "First", "World", "Second", "North", "South", "East", "West", "Earth", "Sun", "Moon", "Heaven", "God"]);

function mayHoldName(sentence: string): boolean {
  const words = sentence.split(/\s+/).slice(1);
  return words.some((w) => /^[A-ZÀ-Ý][a-zà-ÿ]/.test(w) && !lookupEntry(w.replace(/[^\w'-]+$/, "").replace(/['’]s$/, "")));
}

function clean(match: Match): { text: string; start: number } | null {
  let text = match.text;
  let start = match.offset.start;
  const trailing = /[\s.,;:!?'"”’)]+$/.exec(text)?.[0].length ?? 0;
  text = text.slice(0, text.length - trailing);
  const possessive = /['’]s$/.exec(text);
  if (possessive) text = text.slice(0, -2);
  const leading = /^[\s"“‘(]+/.exec(text)?.[0].length ?? 0;
  text = text.slice(leading);
  start += leading;
  const words = text.split(/\s+/);
  // Every word capitalised (allowing "of", "de", "von" inside), no digits.
  if (!words.every((w, i) => /^[A-ZÀ-Ý]/.test(w) || (i > 0 && i < words.length - 1 && /^(of|de|von|van|da|del|la|le|bin)$/.test(w)))) return null;
  if (/[\d,;]/.test(text) || words.every((w) => NOT_NAMES.has(w))) return null;
  return { text, start };
}

// Words that rank an office rather than name its holder ("the First Emperor", "the Great Khan", "the High King").
const RANK_WORD = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Last|Great|Grand|High|Supreme|Chief|Elder|Younger|Old|Young|Sole)$/;

/** A phrase of rank words and title words only, ending in a title ("First Emperor", "Second Consul"): a description. */
export function isRankAndTitle(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.length >= 2 && TITLE_WORD_SET.has(words.at(-1)!) && words.every((w) => RANK_WORD.test(w) || TITLE_WORD_SET.has(w)) && words.some((w) => RANK_WORD.test(w));
}

const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);

/**
 * A person known by one name (a ruler, a character of a story: "Penelope",
 * "Bindusara"): trusted only when the article names them at least twice, at
 * least once inside a sentence, and never as "the …".
 */
function isKnownByOneName(name: string, text: string): boolean {
  if (!/^[A-Z][a-z]{3,}$/.test(name) || MONTH_OR_DAY.test(name) || NOT_NAMES.has(name) || lookupEntry(name)) return false;
  const uses = [...text.matchAll(new RegExp(`(^|[^\\w])${name}(?![\\w-])`, "g"))];
  if (uses.length < 2) return false;
  const inside = uses.some((m) => !/(?:^|[.!?]["'”’]?\s+|\n)$/.test(text.slice(Math.max(0, m.index! + m[1]!.length - 3), m.index! + m[1]!.length)));
  return inside && !new RegExp(`\\bthe ${name}\\b`).test(text);
}

/**
 * People and places named in the article, found once over the whole text with
 * compromise (an offline NLP library). Only full names are kept for people (two
 * or more capitalised words), since a lone surname is often ambiguous. A name
 * the gazetteer knows keeps the gazetteer's type.
 */
export function findNamedEntities(text: string, sentences?: { start: number; end: number }[]): Span[] {
  // NLP is most of the generator's time, so it reads only the sentences that
  // could hold a name: a capitalised word past the first, not already known.
  const parts = (sentences ?? [{ start: 0, end: text.length }]).filter((s) => mayHoldName(text.slice(s.start, s.end)));
  let joined = "";
  const offsets: { at: number; start: number }[] = [];
  for (const p of parts) {
    offsets.push({ at: joined.length, start: p.start });
    joined += text.slice(p.start, p.end) + "\n";
  }
  const toArticle = (at: number) => {
    let lo = 0;
    for (let hi = offsets.length - 1; lo < hi; ) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]!.at <= at) lo = mid;
      else hi = mid - 1;
    }
    const o = offsets[lo];
    return o ? o.start + (at - o.at) : at;
  };
  const doc = tagWithoutChunks(joined);
  // (Its words' tags serve the stems' checks later, which would otherwise parse each stem again.)
  for (const sentence of (doc as unknown as { docs: { text: string; tags: Set<string> }[][] }).docs) for (const term of sentence) noteWordTags(term.text, [...term.tags]);
  const out: Span[] = [];
  // A one-word name is found at each of its uses: the whole text is searched for it once.
  const oneNames = new Map<string, boolean>();
  const knownByOneName = (name: string) => {
    let known = oneNames.get(name);
    if (known === undefined) oneNames.set(name, (known = isKnownByOneName(name, text)));
    return known;
  };
  const add = (matches: Match[], kind: "PERSON" | "PLACE", minWords: number) => {
    for (const m of matches) {
      const type = kind === "PLACE" ? placeKind(m) : kind;
      const raw = clean(m);
      let c = raw && { text: raw.text, start: toArticle(raw.start) };
      // "St. John's" read as "St": the abbreviation's name follows its full stop.
      const rest = c && /^(?:St|Mt|Ft|Pt)$/.test(c.text) ? /^\. [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?/.exec(text.slice(c.start + c.text.length)) : null;
      if (c && rest) c = { text: c.text + rest[0], start: c.start };
      if (!c || (LEADING.test(c.text) && type === "PERSON")) continue;
      // "First Emperor", "Great Khan": a rank and an office describe a person, they do not name one (written for "he", it lacks its "the").
      if (kind === "PERSON" && isRankAndTitle(c.text)) continue;
      if (c.text.split(/\s+/).length < minWords && !(kind === "PERSON" && knownByOneName(c.text))) continue;
      if (text.slice(c.start, c.start + c.text.length) !== c.text) continue;
      // Part of a longer name ("Mount Everest" found as "Everest"): blanking it would split the name.
      const before = text.slice(Math.max(0, c.start - 30), c.start);
      const after = text.slice(c.start + c.text.length, c.start + c.text.length + 30);
      if (/[A-Z][\w'-]*\s$/.test(before) && !/(?:[.!?]\s*|\n\s*)\S*\s$/.test(before) && !/^\S*$/.test(before.trim())) continue;
      if (/^\s[A-Z]/.test(after) && !/^\s(?:And|Or)\b/.test(after)) continue;
      const known = lookupEntry(c.text);
      out.push({ type: known?.type ?? type, text: c.text, start: c.start, end: c.start + c.text.length, guessed: !known });
    }
  };
  // As a plain view: the People view's own json works out each person's first name and gender (unused here) and
  // counts the whole document's offsets again for every person, which grew with the square of the article.
  add(doc.people().toView(null).json({ offset: true }) as Match[], "PERSON", 2);
  add(doc.places().json({ offset: true }) as Match[], "PLACE", 1);
  return retypeTownsBeforeRegions(text, out);
}

// Capitalised words that are not names, whatever their place in the sentence.
const COMMON = new Set(
  "The A An In On At By Of And But Or If When While After Before During Under Over Since Until As For With From Into Through Its It This That These Those There Here He She They We You I His Her Their Our My Your Who What Which Where Why How Some Many Most All Each Every Both Either Neither No Not One Two Three First Second Third Last Later Then Next Finally Also Even Only Such Much More Less Other Another Among Between Across Around Against Without Within Despite Although Because So Yet Once Today Now English French German Latin Greek Old New Great Little Big Early Late King Queen Lord Lady Sir Saint St Mount Lake River Sea Ocean Empire Kingdom Republic War Battle".split(" "),
);
const PERSON_VERB = /^(?:'s|’s| (?:is|was|has|had|becomes|became|fights|fought|kills|killed|says|said|tells|told|wants|wanted|rules|ruled|leads|led|sails|sailed|returns|returned|meets|met|finds|found|follows|followed|helps|helped|gives|gave|takes|took|asks|asked|goes|went|comes|came|loves|loved|marries|married|dies|died|lives|lived|becomes|tries|tried|refuses|refused|wins|won|rewards|rewarded|attacks|attacked|enters|entered|escapes|escaped)\b)/;

// Words that head a longer name of a place, a building or a body ("Vell Bay", "Orm Hall", "Tarn Company"), not surnames:
// place-head's words of land and water, and these.
const NAME_HEADS = new Set([
  ...FEATURE_WORDS,
  ..."Hill Hills Wood Woods Harbour Harbor Falls Point Moor Marsh Cove Creek Peak Pass Gate Field Fields Fort Port Town City County Province Street Road Lane Avenue Square Bridge Castle Hall House Manor Lodge Palace Tower Abbey Church Cathedral Chapel Temple School College University Academy Institute Museum Library Hospital Theatre Theater Park Garden Gardens Station Railway Line Company Society Club Party Council Court Trust Foundation Bank Press Prize Award Medal Cup League Games Festival Treaty Act Day Age Era Dynasty Group Band Mill Farm Inn Hotel Market Works Estate Army Navy Fleet Corps Guard Guards Regiment Brigade Legion Police Government Parliament Senate Congress Assembly Office Ministry Department Service Empire Kingdom".split(" "),
]);

/** A word a list says is no person's name: a common or title word, a month or day, a head of a longer name, a known place. */
function listedAsNoName(word: string): boolean {
  return COMMON.has(word) || NOT_NAMES.has(word) || NAME_HEADS.has(word) || TITLE_WORD_SET.has(word) || MONTH_OR_DAY.test(word) || Boolean(lookupEntry(word));
}

/** "Dant" in "Mira Dant, …": one more capitalised word after a first name that heads no longer name of a thing. */
function surnameAfter(text: string, end: number): string | null {
  const m = /^ ([A-Z][a-z]{2,})(?![\w'’.-]| [A-Z])/.exec(text.slice(end, end + 30));
  const word = m?.[1];
  if (!word || listedAsNoName(word)) return null;
  return word;
}

/** "Orm" before "Vask": a capitalised word no word list knows, not a title's or a place's, and after no other name's word. */
function givenNameBefore(text: string, at: number): string | null {
  const m = /(?<![\w'’.-])([A-Z][a-z]{2,}) $/.exec(text.slice(Math.max(0, at - 20), at));
  const word = m?.[1];
  if (!word || /[A-Z][\w'’-]*\.? $/.test(text.slice(Math.max(0, at - word.length - 21), at - word.length - 1))) return null;
  if (listedAsNoName(word) || isCommonWord(word) || otherForms(word).length > 0) return null;
  return word;
}

const LAND_BEFORE = /\b(?:island|isle|town|village|city|kingdom|realm|land|country|province|county|duchy|empire|republic|valley|port)(?: of| called| named) $/i;

/**
 * Names a general NLP lexicon does not know (the people of a story, an old
 * ruler's court): one capitalised word, named at least twice, at least once
 * inside a sentence, that acts like a person somewhere ("Grendel attacks",
 * "Hrothgar's hall"). Typed as a guessed person.
 */
export function findRecurringNames(text: string, sentences: { start: number; end: number }[]): Span[] {
  const uses = new Map<string, number[]>();
  for (const m of text.matchAll(/(?<![\w'’-])[A-Z][a-z]{3,}(?![\w-])/g)) {
    if (COMMON.has(m[0]) || NOT_NAMES.has(m[0]) || lookupEntry(m[0]) || MONTH_OR_DAY.test(m[0])) continue;
    // Pushed, not copied: a name used thousands of times must not cost a copy per use.
    const seen = uses.get(m[0]);
    if (seen) seen.push(m.index!);
    else uses.set(m[0], [m.index!]);
  }
  const starts = new Set(sentences.map((s) => s.start));
  // A word that opens a line (a heading such as "Pressure" over its section, a list item) is capitalised by its place, as
  // one that opens a sentence is: such a use shows a name only for a word the lexicon knows as one (a character guide's
  // heading "Mira"); a common noun used only there ("Pressure" over "Pressure is …") is no person.
  const opensLine = (i: number) => /^[\s#*>•-]*$/.test(text.slice(text.lastIndexOf("\n", i - 1) + 1, i));
  const knownName = (name: string) => /Name$|^Person$/.test(LEXICON[name.toLowerCase()] ?? "");
  const out: Span[] = [];
  for (const [name, at] of uses) {
    if (at.length < 2 || at.every((i) => starts.has(i) || (opensLine(i) && !knownName(name)))) continue;
    // Part of a longer name somewhere ("Grendel Lake"), or after "the": not a person's own name.
    // (Read with the words before the window's start: a sentence ending "… of trust." is no "St." before the name.)
    // (Not a surname after it, "Mira Dant, a young weaver": the person's whole name, asked whole there.)
    const surnames = at.map((i) => surnameAfter(text, i + name.length));
    if (at.some((i, k) => (!surnames[k] && /^ [A-Z]/.test(text.slice(i + name.length, i + name.length + 2))) || /(?<![\w'’-])(?:the|(?:St|Mt|Ft)\.) $/i.test(text.slice(Math.max(0, i - 8), i)))) continue;
    // "the island of Varn", "a kingdom called Varn": the name of a land, whatever verb follows it elsewhere ("Varn is small").
    if (at.some((i) => LAND_BEFORE.test(text.slice(Math.max(0, i - 30), i)))) continue;
    if (!at.some((i) => PERSON_VERB.test(text.slice(i + name.length, i + name.length + 12)))) continue;
    for (const [k, i] of at.entries()) {
      // A word after a capitalised word ("King Hrothgar") belongs to the longer name, which wins; after a first name the
      // tagger did not know ("Orm Vask, a merchant"), that name is the person's whole one, a person's and no place's.
      if (/[A-Z][\w'’-]*\.? $/.test(text.slice(Math.max(0, i - 20), i)) && !starts.has(i)) {
        const first = givenNameBefore(text, i);
        if (first) out.push({ type: "PERSON", text: `${first} ${name}`, start: i - first.length - 1, end: i + name.length, guessed: true });
        continue;
      }
      const whole = surnames[k] ? `${name} ${surnames[k]}` : name;
      out.push({ type: "PERSON", text: whole, start: i, end: i + whole.length, guessed: true });
    }
  }
  return out;
}

// "a dog named Bruno", "a scribe called Ottar Lind", "which they called the Swallow", "the crew called it Fairhaven": the name
// the article gives something where it first introduces it. A general lexicon knows few such names (a ship, a pet, a minor
// figure), so they are read from their slot; a name then "of …" belongs to a longer title ("Person of the Year") and stays out.
const INTRODUCED = /\b(named|called|known (?:simply |also |today |now )?as)\s+((?:it|him|her|them)\s+)?(?:the\s+)?([A-Z][a-z][\w'’-]*(?: (?:[A-Z][\w'’-]+|[IVX]+\b))*)(?=[,.;:!?)]| (?!of\b)[a-z])/g;
// "named"/"called" gives a name only where what is named comes first: a thing just introduced ("a dog named", "an engineer
// called", "a bay they called"), a relative clause ("which they called") or a passive ("was named"). After a subject they are
// verbs of their own ("the king called Parliament" summons it, "she called London" phones it).
const NAMING_SLOT = /(?:\b(?:[Aa]|[Aa]n)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w'’-]*\s+(?:(?:they|he|she|we|people|locals)\s+)?|\b(?:which|that|whom)\s+(?:[a-z]+\s+){0,2}|\b(?:was|were|is|are|be|been|being)\s+(?:also\s+|later\s+|first\s+|then\s+)?)$/;
// "a painter named Leonardo da Vinci": the name goes on past a lowercase particle, and half of it is no name.
const PARTICLE_AFTER = new RegExp(`^ ${NAME_PARTICLE}\\b`);

/**
 * Names introduced by "named", "called" or "known as" in the sentences given: guessed, asked typed only with "a name" as
 * the hint (their kind, a person or a ship, is not known), and accepted only whole (introduced: "Cove" is not "Fennick Cove").
 */
export function findIntroducedNames(text: string, sentences: { start: number; end: number }[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(INTRODUCED)) {
      const [, verb, pronoun, name] = m as unknown as [string, string, string | undefined, string];
      const first = name.split(" ")[0]!;
      // "was named Viceroy", "called King": a post, not a name.
      if (TITLE_WORD_SET.has(first) || COMMON.has(first) || NOT_NAMES.has(first) || MONTH_OR_DAY.test(first)) continue;
      if (!verb.startsWith("known") && !pronoun && !NAMING_SLOT.test(sentence.slice(0, m.index))) continue;
      // "called Newton's first law": the name is the owner of what is named, not the name given.
      if (/['’]s$/.test(name)) continue;
      const start = s.start + m.index! + m[0].length - name.length;
      if (PARTICLE_AFTER.test(text.slice(start + name.length, start + name.length + 8))) continue;
      // "the region known as Mesopotamia": a name the gazetteer knows keeps its own kind and options.
      if (lookupEntry(name)) continue;
      out.push({ type: "PERSON", text: name, start, end: start + name.length, guessed: true, typedOnly: true, introduced: true });
    }
  }
  return out;
}

// A ruler's number after the name ("Thutmose III", "Pope Leo X", "Henry VIII's wives"); the tagger reads the numeral as a
// separate word and drops the name as part of a longer one. The optional first word is a title, a sentence's opening word
// ("When Henry VIII died") or the first of two names ("John Paul II").
const REGNAL = new RegExp(`(?<![\\w'’-])((?:[A-Z][a-z]{2,} )?[A-Z][a-z]{2,}) (${ROMAN_ALTERNATION})(?=['’]s\\b|(?![\\w'’-]))`, "g");
// Numbered things that are no one: "Type II diabetes", "Photosystem I", "Act III", "Phase IV", "Super Bowl XX".
const NUMBERED_KIND = new Set(
  "Type Phase Stage Category Class Grade Level Act Scene Part Chapter Book Volume Section Article Title Photosystem Episode Mark Bowl Council Vatican Model Version Series Unit Round Division League Game Games Apollo Saturn Gemini Voyager Sputnik Pioneer Luna Vostok Soyuz Mercury Titan Rocket Complex Factor Schedule Form Appendix Figure Table Lesson Year Zone Region District Sector Period Dynasty Republic War Wars".split(" "),
);
const TITLE_BEFORE = new RegExp(`\\b(?:${TITLE_ALTERNATION}),?\\s+$`, "i");
export const KIN = kinAlternation(CLOSE_KIN, SPOUSES, HALF_SIBLINGS, NEPHEWS_AND_COUSINS, STEPCHILDREN, STEPPARENTS, GRANDCHILDREN, GRANDPARENTS, SUCCESSION, ["widow", "regent"]);
// What is said only of a person: kin ("his son, X", "X was her father", "X's wife"), a life ("X died", "married X"), a reign.
const PERSON_BEFORE = new RegExp(`(?:\\b(?:married|son of|daughter of|wife of|husband of|widow of|heir of|heir to|reign of|death of|crowned)|\\b(?:his|her|their) (?:${KIN}),?) $`, "i");
const PERSON_AFTER = new RegExp(`^(?:['’]s (?:${KIN}|reign|rule|death|court|wives)\\b|,? (?:died|was born|married|ruled|reigned|succeeded|abdicated|inherited|was crowned|was killed|was murdered|took the throne|came to the throne|(?:became|was crowned|was made) (?:the )?(?:[a-z]+ )?(?:king|queen|emperor|empress|pharaoh|pope|sultan|tsar|shah|khan|caliph|regent)\\b|(?:was|became) (?:both |also |later |then )?(?:[A-Z][\\w'’-]+['’]s |his |her |their )(?:${KIN})\\b))`);

interface RegnalMatch {
  name: string;
  numeral: string;
  /** Offset of the name (after any title) in the string matched. */
  at: number;
  titled: boolean;
}

/** A REGNAL match read: the title and an opening word set aside; null for a numbered thing that is no one. */
function readRegnal(m: RegExpMatchArray, before: string): RegnalMatch | null {
  const words = m[1]!.split(" ");
  // "Pope Leo X": the title stays out of the name; "When Henry VIII died": so does the sentence's opening word.
  const dropFirst = words.length === 2 && (TITLE_WORD_SET.has(words[0]!) || COMMON.has(words[0]!) || NOT_NAMES.has(words[0]!) || MONTH_OR_DAY.test(words[0]!));
  const name = dropFirst ? words[1]! : m[1]!;
  const at = m.index! + (dropFirst ? words[0]!.length + 1 : 0);
  if (name.split(" ").some((w) => COMMON.has(w) || NOT_NAMES.has(w) || MONTH_OR_DAY.test(w) || TITLE_WORD_SET.has(w) || NUMBERED_KIND.has(w)) || lookupEntry(name)) return null;
  const titled = (dropFirst && TITLE_WORD_SET.has(words[0]!)) || TITLE_BEFORE.test(before + m[0].slice(0, at - m.index!));
  return { name, numeral: m[2]!, at, titled };
}

interface RegnalEvidence {
  /** "Thutmose III" -> the article says something of it only said of a person. */
  person: Set<string>;
  titled: Set<string>;
  /** Names the article numbers with something other than "I". */
  numbered: Set<string>;
}

/** What the whole article says of each numbered name (read once per article, by findRegnalNames). */
function regnalEvidence(text: string): RegnalEvidence {
  const evidence: RegnalEvidence = { person: new Set(), titled: new Set(), numbered: new Set() };
  for (const m of text.matchAll(REGNAL)) {
    const r = readRegnal(m, text.slice(Math.max(0, m.index! - 30), m.index!));
    if (!r) continue;
    const whole = `${r.name} ${r.numeral}`;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    if (r.titled) evidence.titled.add(whole);
    if (r.titled || PERSON_BEFORE.test(text.slice(Math.max(0, r.at - 30), r.at)) || PERSON_AFTER.test(after)) evidence.person.add(whole);
    if (r.numeral !== "I") evidence.numbered.add(r.name);
  }
  return evidence;
}

/**
 * Rulers named with their number ("Thutmose III", "Pope Leo X"): people, asked typed only (their options would be the
 * article's other people, often the same house). Only a name the article treats as a person somewhere (a title, kin, a
 * birth, marriage, death or reign) is read: "Photosystem II" and "Type II" never are. "I" alone is read as a number only
 * after a title or where the name is used with another number too ("Thutmose I" beside "Thutmose II"): elsewhere it may be
 * the pronoun ("Today I …").
 */
export function findRegnalNames(text: string, sentences: { start: number; end: number }[]): Span[] {
  const evidence = regnalEvidence(text);
  const out: Span[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(REGNAL)) {
      const r = readRegnal(m, text.slice(Math.max(0, s.start + m.index! - 30), s.start + m.index!));
      if (!r) continue;
      const whole = `${r.name} ${r.numeral}`;
      if (!evidence.person.has(whole)) continue;
      if (r.numeral === "I" && !evidence.titled.has(whole) && !evidence.numbered.has(r.name)) continue;
      const start = s.start + r.at;
      out.push({ type: "PERSON", text: whole, start, end: start + whole.length, typedOnly: true });
    }
  }
  return out;
}
