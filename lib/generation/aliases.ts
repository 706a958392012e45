import { centuryInWords, centuryNumber, centuryOrdinalLike } from "./century-words";
import { articleMemo } from "./article-memo";
import { abbreviationPairs, isAbbreviation } from "./abbreviations";
import { isPeopleWord } from "./demonyms";
import { escapeRegExp, valueOf } from "./find-spans";
import { fractionForms } from "./fraction-forms";
import { lookupEntry } from "./gazetteer";
import { KIN } from "./named-entities";
import { prefixMakesOtherBody } from "./prefixed-bodies";
import { regnalFullNames } from "./regnal-full-names";
import { tagged } from "./question-stems";
import { isPersonWordOfEitherGender, PERSON_PRONOUNS } from "./resolve-person-pronouns";
import { personNameElsewhere, shorterFormsOf } from "./shorter-forms";
import { articleSentences } from "./split-sentences";
import { LEXICON } from "./tag-without-chunks";
import { ROMAN_ALTERNATION, romanValue, TITLE_ALTERNATION } from "./titles";
import type { Span } from "./types";

// Titles that come before a name; a ruler known by one name is asked for by it ("Queen Tamar" -> "Tamar").
// Ranks and offices too ("Captain", "Governor"): "William Hobson" and "Hobson" are right for "Captain William Hobson".
const TITLE = new RegExp(`^(?:(?:${TITLE_ALTERNATION})\\.?|St\\.)\\s+`);
const SUFFIX = /\s+(?:Jr\.?|Sr\.?)$/;
// A ruler's number ends the name: "Louis XIV".
const REGNAL_END = new RegExp(` (${ROMAN_ALTERNATION})$`);

/**
 * Other names the article itself gives the same person or place: "Koxinga, also
 * known as Zheng Chenggong", "Zheng Chenggong (Koxinga)", "born Araminta Ross".
 * They are accepted typed answers and never distractors.
 */
export function articleAliases(name: string, articleText: string): string[] {
  // Asked once per key and article, not once per candidate: a scan of the whole article each time would grow with its square.
  return foundOnce(articleText, name, () => scanAliases(name, articleText));
}

// One article's answers at a time: the next article starts afresh.
const cache: { text: string; found: Map<string, string[]>; elsewhere: Map<string, boolean> } = { text: "", found: new Map(), elsewhere: new Map() };
function cacheFor(articleText: string): typeof cache {
  if (cache.text !== articleText) [cache.text, cache.found, cache.elsewhere] = [articleText, new Map(), new Map()];
  return cache;
}
/** The forms found for `id` in this article, scanned for once. */
function foundOnce(articleText: string, id: string, scan: () => string[]): string[] {
  const memo = cacheFor(articleText).found;
  let found = memo.get(id);
  if (!found) memo.set(id, (found = scan()));
  return found;
}

function scanAliases(name: string, articleText: string): string[] {
  // Only the sentences that name it can call it something else.
  if (!articleText.includes(name)) return [];
  // Every match holds the name, so only the stretches around its uses are read (in the article's order),
  // and only those with a word or bracket some pattern needs (found before the patterns are built: most names have none).
  const stretches = (name ? stretchesAround(name, articleText, ALIAS_CHARS) : [articleText]).filter((stretch) => ALIAS_WORD.test(stretch));
  if (stretches.length === 0) return [];
  const n = escapeRegExp(name);
  // (With a byname's "the": "Osric the Bold".)
  const other = "([A-Z][\\w'’-]+(?: (?:the )?[A-Z][\\w'’-]+){0,3})";
  const titled = `(?:${TITLE_ALTERNATION})\\.? [A-Z][\\w'’-]+(?: (?:the )?[A-Z][\\w'’-]+){0,2}(?![\\w'’-])`;
  // Each pattern with the reading that refuses a match, if any (see the refusals below).
  const patterns: [RegExp, Refusal?][] = [
    [new RegExp(`${n},? (?:(?:${ALIAS_ADVERB}) known as|(?:(?:${OWN_ADVERB}) )?(?:known as|called|named|born)) ${other}`, "g")],
    // "Varn, nicknamed Bear", "Varn, often called Bear", "Varn was often called Bear": a name given to the person. Never a
    // bare "Varn nicknamed Brun …" or "Varn often called Brun a fool": Varn is then the one naming someone else (and
    // "Varn was called Brun's equal" names Brun).
    [new RegExp(`${n}(?:, (?:(?:${ALIAS_ADVERB}) )?(?:called|named|nicknamed)| (?:is|was|were) (?:(?:${ALIAS_ADVERB}) )?(?:called|nicknamed)) ${other}`, "gd"), possessive],
    // ("Herodotus called Egypt …" is a person calling a place something: a bare "called" after a name is a verb, not an alias.)
    [new RegExp(`${other}(?:,? (?:${ALIAS_ADVERB}) known as|,? (?:${OWN_ADVERB}) (?:called|named)|, (?:${ALIAS_ADVERB}) (?:called|named|nicknamed)|,? known as|, called|, named|, nicknamed) ${n}\\b`, "g")],
    [new RegExp(`(?:also |better )?known as ${other}, ${n}\\b`, "g")],
    [new RegExp(`(?:also |better )?known as ${n}, ${other}`, "g")],
    [new RegExp(`${n} \\((?:born |later )?${other}\\)`, "g")],
    [new RegExp(`${other} \\((?:born |later )?${n}\\)`, "g")],
    // "Tessa Brun took the name Agathe", "Brun changed her name to Agathe": a name taken is the same person's, unless it was
    // taken for someone else or a kinsman took it.
    [new RegExp(`${n} (?:took|adopted|assumed) the name ${other}`, "g"), givenAway],
    [new RegExp(`${other} (?:took|adopted|assumed) the name ${n}\\b`, "g"), givenAway],
    [new RegExp(`${n} changed (?:his|her|their) name to ${other}`, "g"), kinsman],
    [new RegExp(`${other} changed (?:his|her|their) name to ${n}\\b`, "g"), kinsman],
    // "Born Tessa Brun in 1850, Agathe joined …": the birth name opening the sentence, then at most a date or place and year.
    [new RegExp(`\\bBorn ${other}(?: (?:in|on|around|about) [\\w ]*?\\d{3,4})?, ${n}\\b`, "g")],
    [new RegExp(`\\bBorn ${n}(?: (?:in|on|around|about) [\\w ]*?\\d{3,4})?, ${other}`, "g")],
    // "Prince Osric, later King Osric II", "Tessa Brun, later Lady Ambry": a title and name taken later are the same
    // person's. Only with a title: "Tessa Brun, later Ambry's wife" or "Carrow, later Dunhaven's port" name someone else.
    [new RegExp(`${n}, later (${titled})`, "gd"), laterSomeoneElse],
    [new RegExp(`(${titled}), later ${n}\\b`, "gd"), laterSomeoneElse],
  ];
  const out = new Set<string>();
  for (const [re, refused] of patterns) {
    for (const stretch of stretches) {
      for (const m of stretch.matchAll(re)) {
        // "Bank of England (BoE)": the capitalised run before a bracket stops at "of", and "England" is not what "BoE"
        // stands for (abbreviations.ts pairs it by its initials); a name that ends the run ("Nazi Party (NSDAP)") stands.
        const cut = m[0].includes("(") && isAbbreviation(name) && /[A-Z][\w'’-]* (?:of|and|for|de|du|la|&) $/.test(stretch.slice(0, m.index));
        if (m[1] && m[1] !== name && !cut && !refused?.(stretch, m)) out.add(m[1]);
      }
    }
  }
  for (const other of abbreviationPairs(articleText).get(name.toLowerCase()) ?? []) out.add(other);
  return [...out];
}

// How another name is given: "also known as", "commonly called", "later named".
const ALIAS_ADVERB = "also|better|later|formerly|once|commonly|often|usually|popularly|widely|sometimes";
// The adverbs read without a comma or "was" as well ("Koxinga also known as …"): "often", "commonly" and the like describe
// a habit, and "Varn often called Brun a fool" is Varn naming someone else.
const OWN_ADVERB = "also|better|later|formerly|once";

// Reads the text around a match that shows the other name is someone else's.
type Refusal = (stretch: string, m: RegExpMatchArray) => boolean;

// "the young son of Edric Varn, later King Osric", "the son of Varn took the name Osric": the apposition or the verb
// belongs to the kinsman named before the name.
const KIN_OF_BEFORE = new RegExp(`\\b(?:${KIN})s? of (?:(?:the|a|an) )?(?:[A-Z][\\w'’.-]* )*$`, "i");
const kinsman: Refusal = (stretch, m) => KIN_OF_BEFORE.test(stretch.slice(0, m.index));

// "Varn took the name Osric for his first son", "… to the surprise of the court": the name went to someone else, or the
// clause goes on past it; "for the rest of his days", "for his own" and "for her reign" or "for the stage" keep it the person's.
const GIVEN_AWAY_AFTER = /^ (?:for|to) (?:his|her|their|the) (?!(?:rest|remainder|own|reign|rule|pontificate|papacy|stage|career)\b)/;
const givenAway: Refusal = (stretch, m) => kinsman(stretch, m) || GIVEN_AWAY_AFTER.test(stretch.slice(m.index! + m[0].length));

// "Tessa Brun, later Queen Mab II's chief minister": the later title is someone else's when the whole capitalised run it
// opens ends in a possessive (the pattern's word count may have stopped short of it, so the run is read on to its end).
const RUN_ON = /^[\w'’-]*(?: (?:the )?[A-Z][\w'’-]*)*/;
const POSSESSIVE_WORD = /['’]s?(?= |$)/;
// (Read where the pattern's "d" flag gives the other name's place.)
const possessive: Refusal = (stretch, m) => {
  const end = m.indices?.[1]?.[1] ?? stretch.length;
  return POSSESSIVE_WORD.test(m[1]! + RUN_ON.exec(stretch.slice(end))![0]);
};
const laterSomeoneElse: Refusal = (stretch, m) => possessive(stretch, m) || kinsman(stretch, m);

// The only characters the alias patterns above can match besides the name's own: word characters (A-Z, a-z,
// 0-9, _), apostrophes, hyphens, spaces, commas and brackets; each needs one of these words or a bracket.
const ALIAS_CHARS = new Set([..."_'’-,() "].map((ch) => ch.charCodeAt(0)));
const ALIAS_WORD = /known as|called|named|[Bb]orn|the name|name to|, later |\(/;
// And the characters of a run of capitalised words around a name (namesSomeoneElse).
const NAME_RUN_CHARS = new Set([..."_'’- "].map((ch) => ch.charCodeAt(0)));
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The stretches of text around each use of a name, each running out to the nearest character no alias
 * pattern can match (a full stop, a line break, a quote…). A pattern's match cannot cross one, and a
 * stretch ends where the whole text's next character is no word character, so each pattern finds in
 * the stretches exactly what it finds in the whole article: a long article's hundreds of names no longer
 * cost six whole-article scans each.
 */
export function stretchesAround(name: string, text: string, patternChars: Set<number>): string[] {
  const ownCodes = new Set(Array.from({ length: name.length }, (_, i) => name.charCodeAt(i)));
  const open = (at: number) => {
    const code = text.charCodeAt(at);
    return isWordCode(code) || patternChars.has(code) || ownCodes.has(code);
  };
  const out: string[] = [];
  for (let at = text.indexOf(name); at >= 0; ) {
    let start = at;
    while (start > 0 && open(start - 1)) start--;
    let end = at + name.length;
    while (end < text.length && open(end)) end++;
    out.push(text.slice(start, end));
    // Any later use inside this stretch was read with it.
    at = text.indexOf(name, end);
  }
  return out;
}

const NUMBER_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** "nine" -> "9"; "three hundred" -> "300"; "two thousand" -> "2000", "2,000"; "9" -> "nine" (up to twenty). */
function otherNumberForms(text: string): string[] {
  // "twenty-five" -> "25", "twenty five".
  const compound = /^([a-z]+)-([a-z]+)$/i.exec(text);
  if (compound && Number.isFinite(valueOf(text))) return [String(valueOf(text)), `${compound[1]} ${compound[2]}`];
  const words = text.toLowerCase().split(/[\s-]+/);
  const base = NUMBER_VALUES[words[0]!];
  if (base !== undefined && words.length <= 2) {
    const scale = words.length === 2 ? SCALES[words[1]!] : 1;
    if (scale === undefined) return [];
    const value = base * scale;
    return value >= 1000 ? [String(value), value.toLocaleString("en-GB")] : [String(value)];
  }
  if (/^\d{1,2}$/.test(text)) {
    const word = Object.keys(NUMBER_VALUES).find((w) => NUMBER_VALUES[w] === Number(text));
    return word ? [word] : [];
  }
  return [];
}

const WAR_NAMES = [
  ["World War I", "World War One", "the First World War", "First World War", "WWI", "WW1", "the Great War", "Great War"],
  ["World War II", "World War Two", "the Second World War", "Second World War", "WWII", "WW2"],
];

/** Every natural way to write the key: full name, surname, a ruler's own name, a country's short forms, "Mt." for "Mount". */
export function acceptedAliases(span: Span, articleText = ""): string[] {
  const accepted = [span.text];
  const text = span.text;
  if (span.type === "PERSON" && span.introduced) {
    // "a bay they called Fennick Cove": the name given is one whole; its last word is no surname ("Cove").
    accepted.push(...articleAliases(text, articleText));
  } else if (span.type === "PERSON" && REGNAL_END.test(text)) {
    // "Tsar Nicholas II": the name with its number, with or without the title, the number in figures too ("Nicholas 2").
    // Never a part of the name: "Paul" for "John Paul II" or "XIV" for "Louis XIV" may be someone else.
    const untitled = text.replace(TITLE, "");
    const inFigures = (name: string) => name.replace(REGNAL_END, (_, numeral: string) => ` ${romanValue(numeral)}`);
    accepted.push(untitled, inFigures(text), inFigures(untitled), ...articleAliases(text, articleText));
    // The name without its number where the article itself writes it so, for this ruler only ("Mehmed gathered …" after
    // "Mehmed II"); another ruler of the name in the article ("Mehmed I") refuses it below (namesSomeoneElse).
    const ruler = untitled.replace(REGNAL_END, "");
    if (writtenWithoutNumber(ruler, text, articleText)) accepted.push(ruler);
    // The article's fullest form of the ruler, a family name after the number ("Orsino IV Velacor": see regnal-full-names).
    accepted.push(...regnalFullNames(untitled, articleText));
  } else if (span.type === "PERSON") {
    const bare = text.replace(TITLE, "").replace(SUFFIX, "");
    const parts = bare.split(/\s+/);
    // A title and one name: the name alone only where it names no one else ("Macbeth" beside "Lady Macbeth").
    if (parts.length > 1 || !TITLE.test(text) || !bareNameTaken(text, bare, articleText)) accepted.push(bare);
    // "Bernard-René de Launay" -> "de Launay", "Vincent van Gogh" -> "van Gogh": the surname with its particle, as English
    // writes it (the particle alone before a capitalised surname, after at least one given name). The surname without its
    // particle ("Gogh") is no name anyone goes by, and the article's other bearers of it ("Theo van Gogh") hide behind the
    // lower-case particle from namesSomeoneElse.
    const particled = new RegExp(`^.+? ((?:${SURNAME_PARTICLE} )+\\p{Lu}[\\p{L}'’-]*)$`, "u").exec(bare)?.[1];
    const surname = particled ?? (parts.length > 1 ? parts[parts.length - 1]! : undefined);
    if (surname) accepted.push(surname);
    // "Bismarck" for "Otto von Bismarck", "Beethoven" for "Ludwig van Beethoven": the surname without its particle where
    // the article itself writes it so; an article that only ever writes "van Gogh" never gives "Gogh".
    if (particled && writtenWithoutParticle(parts.at(-1)!, articleText)) accepted.push(parts.at(-1)!);
    // "President Kennedy" for "President John F. Kennedy".
    const title = TITLE.exec(text)?.[0];
    if (title && surname) accepted.push(`${title}${surname}`);
    // A surname asked alone ("Hunt", or "de Lesseps" with its particle) is also right in full, when the article gives the
    // person's full name once.
    // ("De Pellier" opening a sentence is written "de Pellier" in the full name.)
    const lowered = `${bare.charAt(0).toLowerCase()}${bare.slice(1)}`;
    const particleLed = PARTICLE_LED.test(lowered) && parts.length <= 4;
    if (parts.length === 1 && !TITLE.test(text)) accepted.push(...fullNamesOf(text, articleText));
    if (particleLed && !TITLE.test(text)) accepted.push(...fullNamesOf(lowered, articleText));
    // A first name asked alone ("made by _____" => "Wilbur") is also right in full, when the article gives one full name
    // that opens with it ("Wilbur Harn"; two such names leave the first name alone).
    if (parts.length === 1 && !TITLE.test(text)) accepted.push(...fullNameOfFirst(text, articleText));
    // A ruler asked by the one name ("Elizabeth") is also right as the article first styles them ("Queen Elizabeth I",
    // "King Edward the Confessor"): with the title, the number or the byname, or all of them.
    if (parts.length === 1 && !TITLE.test(text)) accepted.push(...styledFormsOf(text, articleText));
    // A first name the article itself uses alone ("Mara" for "Mara Venn").
    if (parts.length > 1 && usedAlone(parts[0]!, articleText)) accepted.push(parts[0]!);
    // A birth name of three words or more whose first given name the article never uses alone, but whose next one it does
    // ("Rose" all through for "Elinor Rose Vance"): the person goes by the name from that one on ("Rose Vance").
    // The next given name must stand alone twice and never sit beside another capitalised word: a relative's given name
    // ("their mother Anna", "Anna Pertl") is not the person's ("Anna Mozart" for "Maria Anna Mozart").
    if (parts.length > 2 && goesByGiven(parts, articleText) && !usedAlone(parts[0]!, articleText)) accepted.push(parts.slice(1).join(" "));
    accepted.push(...articleAliases(text, articleText));
  }
  // "Lord Montague" read as a place is still a titled person: the bare name is right where it names no one else.
  // Only a name read as a place, or guessed: a firm may well be named with such a title ("Duke Energy", "Dr Pepper").
  const titled = (span.type === "PLACE" || (span.guessed && span.type !== "PERSON")) && !lookupEntry(text) ? TITLED_ONE.exec(text)?.[1] : undefined;
  if (titled && !bareNameTaken(text, titled, articleText)) accepted.push(titled);
  if (span.type === "COUNTRY" || span.type === "ORG" || span.type === "CITY" || span.type === "PLACE") {
    const entry = lookupEntry(text);
    if (entry) accepted.push(entry.name, ...(entry.aliases ?? []));
    accepted.push(...articleAliases(text, articleText));
  }
  // "Youth League" written in full as "XYZ Youth League" where the article introduces it so: the fuller name is right too.
  if (NAMED_KINDS.has(span.type)) accepted.push(...fullerFormsOf(text, articleText));
  if (span.type === "ORG") accepted.push(...placeSuffixedForms(text, articleText));
  // And the other way: "East India Company" for "Trevian East India Company" where the article also writes the shorter form
  // alone, after the full name and for nothing else (see shorter-forms).
  if (NAMED_KINDS.has(span.type)) accepted.push(...shorterFormsOf(text, articleText));
  // A firm without its "& Co." or "Ltd" ("William Hale & Co." -> "William Hale", "Hale & Co", "Hale").
  const firm = /^(.+?) (?:& Co\.?|and Company|Ltd\.?|Inc\.?)$/.exec(text)?.[1];
  if (firm && span.type === "ORG") accepted.push(firm, text.replace(/\.$/, ""), `${firm.split(" ").pop()} & Co.`, firm.split(" ").pop()!);
  // A dynasty by its house's name ("the Ming Dynasty", "Ming"). An empire is not its people's adjective
  // ("British" for "British Empire" is half an answer), and never another kind of realm ("British dynasty").
  const realm = /^(.+?) (Dynasty|Empire|Caliphate|Sultanate|Khanate)$/.exec(text);
  if (realm && span.type === "ORG") accepted.push(`the ${text}`, ...(realm[2] === "Dynasty" ? [realm[1]!] : []));
  // The name without its kind word: "Zeelandia" for "Fort Zeelandia", "Victoria" for "Lake Victoria".
  const bare = /^(?:Fort|Lake|Cape|Port|Castle|Mount|Mt\.?|River|Isle of|Island of) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$/.exec(text)?.[1];
  // (Not where the article also names the gazetteer's place of that bare name, "Lake Geneva" beside the city of Geneva: it
  // would accept the other place.)
  // Nor where it is a person's name the article writes outside the key: "William" beside "Fort William" names the clerk too.
  if (bare && span.type !== "PERSON" && !bareUsedAlone(text, bare, articleText) && !personNameElsewhere(bare, text, articleText)) accepted.push(bare);
  // A river or an ocean by its own name ("the Urubamba" for "Urubamba River", "the Atlantic" for "Atlantic Ocean": judges
  // failed typed blanks that took only the whole), unless that name is an everyday word ("Red", "White"), a people's
  // ("Indian"), one typo from another place ("Antarctic", from Antarctica), or the article also uses it for something else
  // (the state of Mississippi beside the Mississippi River, "the North Atlantic").
  const body = span.type === "PLACE" ? /^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (River|Ocean)$/.exec(text) : null;
  if (body && !/^(?:Red|Black|White|Yellow|Blue|Green|Grey|Brown|Dead|North|South|East|West|Great|Little|Big|Old|New|Long|Deep|Clear|Salt|Fall|Indian|Southern|Antarctic)$/.test(body[1]!) && onlyAsBody(body[1]!, body[2]!, articleText)) accepted.push(body[1]!);
  // "the East Coast" answered "the East" or "the eastern coast": a compass region is named several ways, all of them right
  // where the stem asks only where from (judges failed a typed blank that took one). Not "West Bank", a name of its own.
  const compass = span.type === "PERSON" ? null : /^(North|South|East|West)(?:ern)? (Coast|Shore)$/.exec(text);
  if (compass) accepted.push(compass[1]!, `${compass[1]!}ern ${compass[2]!.toLowerCase()}`);
  if (/^Mount /.test(text)) accepted.push(text.replace(/^Mount /, "Mt. "), text.replace(/^Mount /, "Mt "), text.replace(/^Mount /, ""));
  if (/^Mt\.? /.test(text)) accepted.push(text.replace(/^Mt\.? /, "Mount "));
  if (/^St\.? /.test(text) && span.type !== "PERSON") accepted.push(text.replace(/^St\.? /, "Saint "), text.replace(/^St\. /, "St "));
  // "5,000" may be typed "5000".
  if (span.type === "NUMBER" && /^\d{1,3}(?:,\d{3})+$/.test(text)) accepted.push(text.replace(/,/g, ""));
  // A count in words may be typed in figures, and a small count in figures in words ("nine" and "9").
  if (span.type === "NUMBER") accepted.push(...otherNumberForms(text));
  // "half" may be typed "one half", "1/2" or "50%" (see fraction-forms).
  if (span.type === "NUMBER") accepted.push(...fractionForms(text));
  if (/^(?:Jesus )?Christ$/.test(text)) accepted.push("Christ", "Jesus Christ", "Jesus");
  // "His family were _____" keyed "Muslims": one member of a people or faith is named in the singular, and "Muslim" is as right.
  const member = memberOfGroup(text, span.type);
  if (member) accepted.push(member);
  // The wars are written several ways, all of them right.
  for (const names of WAR_NAMES) if (names.includes(text)) accepted.push(...names);
  if (span.type === "DECADE") accepted.push(`the ${text}`, text.replace(/^(\d{4})s$/, "$1's"));
  // "11th century": also "the 11th century", "11th c.", and without its era where that cannot be another century.
  if (span.type === "CENTURY") accepted.push(`the ${text}`, text.replace(/ century/, " c."), ...centuryWithoutEra(text, articleText));
  // "twentieth century" typed in figures ("20th century") is the same century.
  if (span.type === "CENTURY" && centuryInWords(text)) {
    const inFigures = text.replace(/^\S+/, centuryOrdinalLike(centuryNumber(text), "1st"));
    accepted.push(inFigures, `the ${inFigures}`, ...centuryWithoutEra(inFigures, articleText));
  }
  // (A name less or plus "British", "East", "Upper" … is another body: see prefixed-bodies.)
  // (The article's own shorter form for the key, read by shorterFormsOf, is the article's word for it: kept.)
  const ownShorter = NAMED_KINDS.has(span.type) ? shorterFormsOf(text, articleText) : [];
  // (A surname the article's other bearers share is still the key's where they are only met as the key's kin: fullNamesOf.)
  const ownSurname = (a: string) => span.type === "PERSON" && !/\s/.test(a) && fullNamesOf(a, articleText).includes(text);
  return [...new Set(accepted.filter(Boolean))].filter((a) => a === text || ownSurname(a) || (!namesSomeoneElse(a, text, articleText) && (span.type === "PERSON" || ownShorter.includes(a) || !prefixMakesOtherBody(a, text))));
}

/**
 * A century's forms without its era, where they cannot be the other era's century: "2nd century", "the 2nd century" and
 * "2nd" for "2nd century AD" only when the article writes no date BC; for "3rd century BC" only when a hint prints the era
 * (make-cloze.ts) and the article writes no date AD and no 3rd century but BC. The bare ordinal of an era-less key ("11th")
 * only when the article writes no such century BC.
 */
export function centuryWithoutEra(key: string, articleText: string, hinted = false): string[] {
  const era = / (?:BCE?|AD|CE)$/.exec(key)?.[0];
  const plain = era ? key.slice(0, -era.length) : key;
  const ordinal = plain.replace(/ century$/, "");
  const named = [...articleText.matchAll(new RegExp(`\\b${escapeRegExp(ordinal)} centur(?:y|ies)\\b( BCE?\\b)?`, "g"))];
  if (!era) return named.some((m) => m[1]) ? [] : [ordinal];
  if (!/B/.test(era)) return /\bBCE?\b/.test(articleText) ? [] : [plain, `the ${plain}`, ordinal];
  const onlyBC = !/\b(?:AD|CE)\b/.test(articleText) && named.every((m) => m[1]);
  return hinted && onlyBC ? [plain, `the ${plain}`, ordinal] : [];
}

// European surname particles (lower case in the key): "de", "van der", "da". Arabic patronymics ("bin", "ibn") are not
// surnames, and are left to the full name.
const SURNAME_PARTICLE = "(?:de|da|di|del|della|van|von|der|den|le|la|du|dos|das)";
// A surname that opens with its particles ("de Pellier", "van der Hoek"), and a particle alone (per full-name match).
const PARTICLE_LED = new RegExp(`^(?:${SURNAME_PARTICLE} )+\\p{Lu}`, "u");
const PARTICLE_WORD = new RegExp(`^${SURNAME_PARTICLE}$`, "i");
const PARTICLE_BEFORE = new RegExp(`\\b${SURNAME_PARTICLE} $`, "i");

/** The article writes the surname with no particle before it ("Bismarck then …", not only "von Bismarck"). */
function writtenWithoutParticle(surname: string, articleText: string): boolean {
  for (const m of articleText.matchAll(new RegExp(`\\b${escapeRegExp(surname)}\\b(?!-)`, "g"))) {
    if (!PARTICLE_BEFORE.test(articleText.slice(Math.max(0, m.index - 6), m.index))) return true;
  }
  return false;
}
// A name read as a place that is a courtesy title and one name ("Lord Montague") is a person. Only titles no place is named
// with: "Queen Charlotte", "Prince Rupert" and "Saint Helena" are places.
const TITLED_ONE = /^(?:Lord|Lady|Sir|Mr|Mrs|Ms|Miss|Dr|Duke|Duchess)\.? ([A-Z][\w'’-]+)$/;
// Titles a wife takes with her husband's name ("Lady Macbeth", "Mrs Hale"): the name alone is, as often as not, the husband.
// (Only titles the TITLE list reads: "Countess" or "Madame" before a name is no title to it.)
const WIFE_TITLE = /^(?:Lady|Mrs|Duchess)$/;

/** The article writes `bare` on its own, outside the key's full name ("Geneva" beside "Lake Geneva"), and the gazetteer knows a place so named. */
function bareUsedAlone(key: string, bare: string, articleText: string): boolean {
  if (!lookupEntry(bare)) return false;
  return memoised("bareAlone", `${key}\u0000${bare}`, articleText, () => {
    const alone = new RegExp(`(?<![\\w'’-])${escapeRegExp(bare)}(?![\\w'’-])`, "g");
    const inKey = new RegExp(`(?<![\\w'’-])${escapeRegExp(key)}(?![\\w'’-])`, "g");
    return (articleText.match(alone)?.length ?? 0) > (articleText.match(inKey)?.length ?? 0);
  });
}

/**
 * A titled person's bare name ("Macbeth" for "Lady Macbeth") belongs to someone else when the article gives it another title
 * ("Lord Capulet" beside "Lady Capulet") or, for a title a wife takes from her husband, writes it without the key's title at
 * all ("Macbeth … Lady Macbeth"): the bare name would then accept the wrong person. "Duncan" for "King Duncan" and
 * "Byron" for "Lord Byron" are the same person. A family's plural ("the Montagues") is no person.
 */
function bareNameTaken(key: string, name: string, articleText: string): boolean {
  return articleText.includes(name) && memoised("bare", key, articleText, () => scanBareName(key, name, articleText));
}

// A sentence that speaks of a woman, and one that speaks of a man: the pronouns of each gender, and for a woman the words
// that name one. Built at first use: resolve-person-pronouns reaches this module again through its own imports.
let genderWords: { hers: RegExp; his: RegExp } | undefined;
const gendered = () =>
  (genderWords ??= {
    hers: new RegExp(`${PERSON_PRONOUNS.she.source}|\\b(?:wife|widow|woman|daughter|mother|sister|queen)\\b`, "i"),
    his: PERSON_PRONOUNS.he,
  });

function scanBareName(key: string, name: string, articleText: string): boolean {
  // ("Mr Smith Jr.": the title is what TITLE reads, not what is left of the key once the bare name is cut off.)
  const title = (TITLE.exec(key)?.[0] ?? key.slice(0, key.length - name.length)).trim().replace(/\.$/, "");
  // "Lady Jane", "Lady Godiva": a woman's given name after the title is her own, not a family name shared with a husband;
  // the tagger knows common ones, and an unknown one is hers where every sentence that writes it alone speaks of a woman.
  const ownTitleOnly = WIFE_TITLE.test(title) && !tagged(name)[0]?.tags?.includes("FemaleName") && !spokenOfAsHers(name, key, articleText);
  for (const m of articleText.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b(?!-)`, "g"))) {
    // "Mr. Hale" beside "Dr. Hale": a dotted title ends the run of capitalised words namesSomeoneElse reads, so it is read here.
    const before = /([A-Z][\w'’-]*)\.? $/.exec(articleText.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (before === title.split(" ").pop()) continue;
    if (before && TITLE.test(`${before} `)) return true;
    if (ownTitleOnly) return true;
  }
  return false;
}

/** Every sentence that writes the name without a title before it speaks of a woman, of no man, and not of her by her title. */
function spokenOfAsHers(name: string, key: string, articleText: string): boolean {
  const bare = new RegExp(`(?<![A-Z][\\w'’-]*\\.? )\\b${escapeRegExp(name)}\\b`);
  const sentences = articleSentences(articleText).filter((s) => bare.test(s.text)).map((s) => s.text);
  const { hers, his } = gendered();
  return sentences.length > 0 && sentences.every((s) => !s.includes(key) && hers.test(s) && !his.test(s));
}

/**
 * The article writes a ruler's name without a number after it ("Mehmed gathered …"), and every such use can only be that
 * ruler: each comes after the ruler's first full mention, none names a relative ("his son Edward", "his father Henry"),
 * introduces someone ("Edward, the Black Prince", "Nicholas, a grand duke") or is part of a longer name ("Louis-Charles").
 * One doubtful use refuses the name: it may be another person of the name. Read once per ruler and article.
 */
function writtenWithoutNumber(ruler: string, key: string, articleText: string): boolean {
  return memoised("ruler", key, articleText, () => {
    const firstFull = articleText.indexOf(key.replace(TITLE, ""));
    // (The title line, "Osra, the Last Queen of …", is no use before the first full mention: it heads the whole article.)
    const titleEnd = /^[^\n.!?]+(?=\n\s*\n)/.exec(articleText)?.[0].length ?? 0;
    const uses = [...articleText.matchAll(new RegExp(`\\b${escapeRegExp(ruler)}\\b(?! (?:${ROMAN_ALTERNATION})\\b)`, "g"))].filter((m) => m.index >= titleEnd);
    return uses.length > 0 && firstFull >= 0 && uses.every((m) => m.index > firstFull && plainRulerUse(articleText, m.index, ruler.length));
  });
}

// Kin, in the singular or plural, and a namesake or rival: "his son Edward", "her rival Anne".
const RELATIVE = new RegExp(`\\b(?:${KIN}|sons|brothers|namesake|rival)\\b`, "i");

// A role noun right before the name, after a determiner: "her lady-in-waiting Elizabeth", "the groom Anne". The first
// group is what comes before the word before the determiner.
const ROLE_BEFORE = /(?:^|(^[\s\S]*?)\b([A-Za-z]+) )(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?) ([a-z][a-z-]+) $/;
// A preposition that opens the sentence or a clause governs a noun phrase that ends before the name ("After the siege
// Mehmed made …"): it names no role. Inside a clause the phrase is the verb's object and may end with the name ("handed to
// the viceroy Charles").
const PREPOSITION = /^(?:after|before|in|at|on|during|from|by|with|to|into|for|since|until|of|following|against|through|under|over)$/i;

// The word list's tags of a describing word; any other tag it knows (a noun, or a name such as "marshal") may be a role.
const DESCRIBING_TAG = /^(?:Adjective|Comparative|Superlative|Gerund|PastTense|Participle)$/;
// Words the list tags as describing that are also nouns for a person's standing or side: "the rebel Charles", "his
// favourite Charles", "the commoner Anne".
const ROLE_ALSO_DESCRIBING = /^(?:rebel|favou?rite|chief|noble|elder|major|minor|private|general|rival|royal|commoner|junior|senior|principal|executive)$/;
// A word the list does not know that plainly reads as a describing word by its ending: "exiled", "ailing", "mighty",
// "victorious". (Not "-al", "-ic" or a vowel's "-y": "vassal", "seneschal", "cleric" and "envoy" are roles, and a role
// wrongly read only refuses a styled form.)
const DESCRIBING_ENDING = /(?:ed|ing|ous|ful|ive|less|[^aeiou]y)$/;

/**
 * A noun for a person's role, kin or standing ("groom", "widow", "lady-in-waiting", "maid"): the word list's nouns and
 * the person words of either gender. What it is not matters more than what it is: a word that only describes the person
 * ("the exiled Osric", "the younger Osric", "the dying Osric") leaves the name the same person's, whether or not the word
 * list knows it, so a word is a role unless the word list tags it as describing or its ending plainly describes.
 */
function roleNoun(word: string): boolean {
  if (word.split("-").some((part) => KIN_WORD.test(part) || isPersonWordOfEitherGender(part))) return true;
  const tag = LEXICON[word];
  if (ROLE_ALSO_DESCRIBING.test(word)) return true;
  if (tag !== undefined) return !(typeof tag === "string" && DESCRIBING_TAG.test(tag));
  return !DESCRIBING_ENDING.test(word);
}
const KIN_WORD = new RegExp(`^(?:${KIN})s?$`);

/**
 * The name follows a role noun that names someone by their place, so the name may be another person's. Not a describing
 * word ("the young Elizabeth", "the exiled Osric"), "the name" ("spelled the name Ptolemy"), nor a noun a preposition
 * governs where it opens the sentence or a clause ("after the siege"). `whole`: the window starts where the sentence does.
 */
function rolePlacedBefore(window: string, whole: boolean): boolean {
  const m = ROLE_BEFORE.exec(window);
  if (!m) return false;
  const [, lead, before, word] = m;
  const opensClause = lead?.trim() ? /[,;:\n]\s*$/.test(lead) : whole;
  const governed = before !== undefined && PREPOSITION.test(before) && opensClause;
  return !governed && roleNoun(word!) && !/^(?:name|title|word)$/.test(word!);
}

function plainRulerUse(text: string, at: number, length: number): boolean {
  const after = text.slice(at + length, at + length + 40);
  if (/^[-‐‑]|^,? (?:the|a|an) [A-Za-z]/.test(after) || /^ [A-Z]/.test(after)) return false;
  // (Only the name's own sentence: "… without an heir. Osric had …" names no kin of Osric.)
  const from = Math.max(0, at - 40);
  const pieces = text.slice(from, at).split(/[.!?]\s+/);
  const window = pieces.at(-1)!;
  if (rolePlacedBefore(window, from === 0 || pieces.length > 1)) return false;
  const before = window.split(/\s+/).filter(Boolean).slice(-3).join(" ");
  return !RELATIVE.test(before);
}

/** A per-article answer to one question about one key, read once: `kind` names the question. */
function memoised(kind: string, key: string, articleText: string, scan: () => boolean): boolean {
  const known = cacheFor(articleText).elsewhere;
  const id = `\u0000${kind}\u0000${key}`;
  let answer = known.get(id);
  if (answer === undefined) known.set(id, (answer = scan()));
  return answer;
}

/**
 * The article writes the person's second given name by itself at least twice, and never as part of anyone else's name:
 * no capitalised word before it (beyond a sentence opener) and none after it but the person's own later names.
 */
function goesByGiven(parts: string[], articleText: string): boolean {
  const given = parts[1]!;
  const own = ` ${parts.slice(2).join(" ")}`;
  // The person's full name is theirs, wherever it stands.
  const text = articleText.split(parts.join(" ")).join(" ");
  let alone = 0;
  for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(given)}\\b`, "g"))) {
    const prev = /([A-Z][\w'’-]*) $/.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    if (prev && !SENTENCE_OPENERS.has(prev)) return false;
    const after = text.slice(m.index + given.length);
    if (after.startsWith(own)) continue;
    if (/^ [A-Z]/.test(after)) return false;
    alone++;
  }
  return alone >= 2;
}

/** The article writes the given name by itself, not as the first word of a longer name. */
function usedAlone(given: string, articleText: string): boolean {
  // ("Charles de Gaulle": a given name before a particle and a surname is part of a full name.)
  return new RegExp(`\\b${escapeRegExp(given)}\\b(?! [A-Z]| (?:${SURNAME_PARTICLE} )+[A-Z])`).test(articleText);
}

/**
 * The full names the article writes for a surname: "John Hunt" for "Hunt", only when every full form it
 * writes is the same one (two people sharing the surname leave the surname alone).
 */
function fullNamesOf(surname: string, articleText: string): string[] {
  if (!articleText.includes(surname)) return [];
  // Asked for every candidate on the key: the article is read once per surname.
  return foundOnce(articleText, `\u0000full\u0000${surname}`, () => scanFullNames(surname, articleText));
}

/**
 * A first name's full form ("Wilbur Harn" for "Wilbur"): only where the article introduces the person so, at the first
 * use of the name, and writes no other full name opening with it; never a thing named after someone ("Nobel Prize",
 * "Cook Strait").
 */
function fullNameOfFirst(first: string, articleText: string): string[] {
  if (!articleText.includes(first)) return [];
  return foundOnce(articleText, `\u0000first\u0000${first}`, () => scanFirstName(first, articleText));
}

const NAMED_THING = /^(?:Prize|Prizes|Strait|River|Island|Islands|Bay|Street|Road|Square|Park|Hall|College|University|Institute|Company|Museum|Award|Medal|Lake|Mountain|Mountains|Mount|Sea|Ocean|Bridge|Station|Day|Cup|Trophy|Act|Law|Line|Centre|Center|Foundation|Hospital|School|Church|Cathedral|Palace|Castle|Tower|Gate|Falls|Valley|Desert|Canal|Sound|Peninsula|Glacier|Range|Cape|Harbour|Harbor)$/;

function scanFirstName(first: string, articleText: string): string[] {
  const uses = [...articleText.matchAll(new RegExp(`\\b${escapeRegExp(first)}\\b( (?:[A-Z]\\. )?[A-Z][a-z][\\w-]+)?`, "g"))];
  const fulls = new Set(uses.filter((m) => m[1]).map((m) => m[1]!.trim()));
  // "Orville and Wilbur Wright" introduces two brothers at once: the first is "Orville Wright" when no other full name opens
  // with "Orville", and the article says they are siblings ("the Wright brothers", "the two brothers"). Without that, "A and
  // B Surname" is two people ("Lewis and William Clark", "Elizabeth and Mary Stuart").
  const first0 = uses[0];
  const shared = first0 && !first0[1] ? /^ and [A-Z][a-z][\w'’-]* ([A-Z][a-z][\w'’-]+)\b(?! [A-Z])/.exec(articleText.slice(first0.index + first.length))?.[1] : undefined;
  if (shared && fulls.size === 0 && !NAMED_THING.test(shared) && oneFamily(shared, first0!.index, articleText)) return [`${first} ${shared}`];
  // (Or where the one full name is the person's introduction, "- Wilbur Harn, a quiet clerk …", in a list of characters
  // after the first name was met alone.)
  const described = fulls.size === 1 ? uses.find((m) => m[1] && /^, (?:a|an) [a-z]/.test(articleText.slice(m.index + m[0].length, m.index + m[0].length + 6))) : undefined;
  const introduced = first0?.[1]?.trim() ?? described?.[1]?.trim();
  if (!introduced || fulls.size !== 1 || NAMED_THING.test(introduced.split(" ").pop()!)) return [];
  return [`${first} ${introduced}`];
}

/** The article calls the bearers of a surname siblings: "the Wright brothers" ("Wright Brothers" in a title), or "brothers" in the sentence naming them. */
function oneFamily(surname: string, at: number, articleText: string): boolean {
  const s = escapeRegExp(surname);
  // ("the Stuarts" or "the Stuart family" may be a dynasty that only one of the two belongs to.)
  if (new RegExp(`\\b${s} (?:[Bb]rothers|[Ss]isters|[Tt]wins)\\b`).test(articleText)) return true;
  const sentence = articleSentences(articleText).find((s) => s.start <= at && at < s.end)?.text ?? "";
  return /\b(?:brothers?|sisters?|twins?|siblings?)\b/i.test(sentence);
}

const STYLED = (name: string) =>
  new RegExp(`\\b(?:(${TITLE_ALTERNATION}) )?${escapeRegExp(name)}(?: (${ROMAN_ALTERNATION})\\b| the ([A-Z][a-z]+)\\b)?(?! [A-Z])`, "g");

/**
 * The forms of a one-name ruler the article introduces styled ("Queen Elizabeth I" at the name's first use): the name
 * with its number or byname, with or without the title. None where the article gives the name two numbers or bynames
 * ("Henry VII", "Henry VIII"), or where its first use is plain (the styled one may be a namesake).
 */
function styledFormsOf(name: string, articleText: string): string[] {
  if (!articleText.includes(name)) return [];
  return foundOnce(articleText, `\u0000styled\u0000${name}`, () => scanStyledForms(name, articleText));
}

function scanStyledForms(name: string, articleText: string): string[] {
  // A fuller name opening with it ("Edward Jones") is someone else the bare name may mean.
  if (new RegExp(`\\b${escapeRegExp(name)} (?!the\\b)[A-Z][a-z]`).test(articleText)) return [];
  const uses = [...articleText.matchAll(STYLED(name))];
  const first = uses[0];
  if (!first || (!first[1] && !first[2] && !first[3])) return [];
  // Each plain use must be the ruler's own: none names a relative, a servant by role or someone introduced ("Her
  // lady-in-waiting Elizabeth" after "Queen Elizabeth I" is another woman, and the queen's style is no answer about her).
  if (uses.some((m) => !m[1] && !m[2] && !m[3] && !plainRulerUse(articleText, m.index + m[0].indexOf(name), name.length))) return [];
  const titles = new Set(uses.map((m) => m[1]).filter(Boolean));
  const marks = new Set(uses.map((m) => m[2] ?? (m[3] ? `the ${m[3]}` : undefined)).filter(Boolean));
  if (titles.size > 1 || marks.size > 1) return [];
  const title = [...titles][0];
  const mark = [...marks][0];
  const forms: string[] = [];
  if (mark) forms.push(`${name} ${mark}`);
  if (title) forms.push(`${title} ${name}`);
  if (title && mark) forms.push(`${title} ${name} ${mark}`);
  return forms;
}

/** Every other use of the name is "the <name>": the article calls nothing else by it. */
function onlyAsBody(name: string, kind: string, articleText: string): boolean {
  // Asked for every candidate on the key: the article is read once per name.
  return memoised(kind.toLowerCase(), name, articleText, () =>
    [...articleText.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b(?! ${kind}\\b)`, "g"))].every((m) => /\bthe $/.test(articleText.slice(Math.max(0, m.index - 4), m.index))),
  );
}

function scanFullNames(surname: string, articleText: string): string[] {
  // A particle may stand between the given names and the surname ("Jan van der Hoek" for "Hoek"): the surname with it is
  // right as well ("van der Hoek"), as English writes it.
  const before = new RegExp(`\\b((?:[A-Z][a-z][\\w'’-]*|[A-Z]\\.)(?: (?:[A-Z][a-z][\\w'’-]*|[A-Z]\\.))*)((?: ${SURNAME_PARTICLE})*) ${escapeRegExp(surname)}\\b(?![\\w'’-])`, "g");
  const forms = new Set<string>();
  const particled = new Set<string>();
  let introduced = false;
  const firstUse = new RegExp(`\\b${escapeRegExp(surname)}\\b`).exec(articleText)?.index ?? -1;
  for (const m of articleText.matchAll(before)) {
    // A sentence's first word or a title is no part of the name ("After Hunt", "Colonel Hunt").
    const words = m[1]!.split(" ").filter((w) => !SENTENCE_OPENERS.has(w) && !TITLE.test(`${w} `));
    // "Van der Hoek" opening a sentence is the particled surname, not a given name.
    if (!words.length || PARTICLE_WORD.test(words[0]!)) continue;
    forms.add(`${words.join(" ")}${m[2]} ${surname}`);
    if (m[2]) particled.add(`${m[2]!.trim()} ${surname}`);
    if (m.index! + m[0].length - surname.length === firstUse) introduced = true;
  }
  // The person asked by surname is the one the article introduces in full at the surname's first use; a full name
  // met only later is someone else's ("Hunt led …; his brother, Peter Hunt, …").
  if (forms.size === 1 && introduced) return [...forms, ...particled];
  // "Bram Tolle, a miller, and his son Pim …; Pim Tolle …": the bearers met after the first are the first one's kin, named
  // through him by a kin word before their given name ("his son Pim"); the surname alone is the one introduced with it.
  const first = [...forms].find((f) => articleText.indexOf(f) >= 0 && articleText.indexOf(f) + f.length - surname.length === firstUse);
  if (!first || particled.size || !introduced) return [];
  const kinOfFirst = (form: string) => {
    const given = form.slice(0, -surname.length - 1);
    const at = new RegExp(`\\b${escapeRegExp(given)}\\b`).exec(articleText)?.index ?? -1;
    return at > firstUse && KIN_THROUGH.test(articleText.slice(Math.max(firstUse, at - 30), at));
  };
  return [...forms].every((f) => f === first || kinOfFirst(f)) ? [first] : [];
}
// "his son ", "her daughter ": a kin word after a possessive, right before a given name.
const KIN_THROUGH = new RegExp(`\\b(?:his|her|their) (?:${KIN}) $`);
const SENTENCE_OPENERS = new Set(["The", "A", "An", "In", "On", "At", "By", "When", "After", "Before", "While", "Her", "His", "Their", "As", "But", "And", "Then", "For", "With", "Under", "Led", "Later"]);

/**
 * A short form that is also part of another name in the article ("Osric"
 * beside "Osric II" and "Osric III", "Venn" beside "Lotte Venn")
 * would accept the wrong person.
 */
export function namesSomeoneElse(alias: string, key: string, articleText: string): boolean {
  if (!articleText || key.includes(alias) === false) return false;
  // Asked for every candidate on the key (choice, typed, checks): the whole-article scan is done once per pair.
  const known = cacheFor(articleText).elsewhere;
  const id = `${alias}\u0000${key}`;
  let answer = known.get(id);
  if (answer === undefined) known.set(id, (answer = scanNamesSomeoneElse(alias, key, articleText)));
  return answer;
}

function scanNamesSomeoneElse(alias: string, key: string, articleText: string): boolean {
  const around = new RegExp(`(?:[A-Z][\\w'’-]+ )*${escapeRegExp(alias)}(?: (?:[A-Z][\\w'’-]+|(?:${ROMAN_ALTERNATION})\\b))*`, "g");
  // A run of names cannot cross any other character: only the stretches around the alias's uses are read, in order.
  const stretches = alias ? stretchesAround(alias, articleText, NAME_RUN_CHARS) : [articleText];
  for (const m of stretches.flatMap((stretch) => [...stretch.matchAll(around)])) {
    const first = m[0].split(" ")[0]!;
    const full = SENTENCE_OPENERS.has(first) && first !== m[0] ? m[0].slice(first.length + 1) : m[0];
    // "Jr." in the key and "Jr" in the article are one word: the suffix's full stop is not part of the comparison.
    const words = full.split(" ").map((w) => w.replace(/\.$/, ""));
    const keyWords = key.split(" ").map((w) => w.replace(/\.$/, ""));
    // Part of the key's own name ("Fort Zeelandia" for "Zeelandia"), or the key inside a longer form of it, is the same one.
    if (full !== alias && !words.every((w) => keyWords.includes(w)) && !keyWords.every((w) => words.includes(w))) return true;
  }
  return false;
}

// A body's name closed by a kind word that English often writes with its seat after it ("the Geology Club of Varn").
const SEATED_KIND = /\b(?:Society|Academy|Institute|Institution|Association|Club|Museum|Council|Guild|College)$/;

/**
 * "Botanical Society" where the article also writes "Botanical Society of Pellow": the longer form, with its seat, names the
 * same body, so a typed answer in that form is right too. Only where the article gives one such seat for the name (two
 * seats, two bodies).
 */
function placeSuffixedForms(name: string, articleText: string): string[] {
  if (!SEATED_KIND.test(name) || !articleText.includes(`${name} of `)) return [];
  const seats = new Set([...articleText.matchAll(new RegExp(`(?<![\\w'’-])${escapeRegExp(name)} of ((?:the )?[A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+)?)`, "g"))].map((m) => m[1]!));
  return seats.size === 1 ? [`${name} of ${[...seats][0]!}`] : [];
}

// Kinds of key a fuller form can name: bodies, places, events and terms. A person's fuller name is read above (given names,
// titles), and dates and numbers have none.
const NAMED_KINDS = new Set<Span["type"]>(["ORG", "PLACE", "CITY", "COUNTRY", "EVENT", "TERM"]);
// What may stand before a name as part of the same name: its parent body's acronym ("XYZ"), and only one the article spells
// out. A title, a direction, "New"/"Old", an ordinal, a given name or a possessor makes another thing ("Lady Macbeth",
// "North Korea", "New York", "Second World War", "St Mary's Church"), and so does a country's or a union's code: "EU
// Parliament" and "Parliament", "US Civil War" and "Civil War" are two bodies, two wars.
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
// (The codes the gazetteer knows as aliases, "US", "UK", "EU", "UN", "USSR", "NATO", are read there: lookupEntry below.)
const STATE_CODES = new Set(["GB", "GDR", "FRG", "DR", "DRC", "PRC", "ROC", "ROK", "DPRK", "UAE", "NZ", "SA", "RSA", "CSA", "ASEAN", "OAU", "AU"]);
const fullerMemo = articleMemo<string[]>();

/**
 * The article's fuller form of a name: "XYZ Youth League" for "Youth League", when the article introduces it so (the
 * first use of the name is in that form), spells the acronym out ("the Xavier Young Zealots"), writes no other name word
 * before the name anywhere (two prefixes are two bodies), and never writes the bare name as one "of", "in", "at" or "for" a place or body
 * ("the Civil War in Spain", "the Constitution of Varra", "the Council at Brell": another of its kind).
 */
function fullerFormsOf(name: string, articleText: string): string[] {
  if (!/^[A-Z]/.test(name) || !articleText.includes(name)) return [];
  return fullerMemo(articleText, name, () => scanFullerForms(name, articleText));
}

function scanFullerForms(name: string, articleText: string): string[] {
  const uses = [...articleText.matchAll(new RegExp(`(?<![\\w'’-])${escapeRegExp(name)}(?![\\w'’-])`, "g"))];
  const prefixes = new Set<string>();
  // Bodies the article writes the name as part of: "the XYZ's Youth League", "the Youth League of the XYZ".
  const parents = new Set<string>();
  let firstPrefix: string | undefined;
  let bareElsewhere = false;
  uses.forEach((m, i) => {
    const before = articleText.slice(Math.max(0, m.index - 60), m.index);
    const owner = OWNER_BEFORE.exec(before)?.[1];
    if (owner && isParentBody(owner)) {
      parents.add(owner);
      return;
    }
    const ofParent = PARENT_AFTER.exec(articleText.slice(m.index + name.length, m.index + name.length + 60))?.[1];
    // The word written right before this use, when it is capitalised (an acronym, a possessor, or any other name word).
    const word = /(?:^|[^\w&'’-])([A-Z][\w&'’-]*) $/.exec(before)?.[1];
    if ((!word || SENTENCE_OPENERS.has(word)) && ofParent && isParentBody(ofParent)) {
      parents.add(ofParent);
      return;
    }
    if (!word || SENTENCE_OPENERS.has(word)) {
      // "the Parliament at Westminster", "the Council for Europe": a place or a body after the name marks another of its kind.
      if (/^ (?:of|in|at|for|from|on|near|outside|under) (?:the )?[A-Z]/.test(articleText.slice(m.index + name.length, m.index + name.length + 20))) bareElsewhere = true;
      // A bare use with no determiner ("In 1832 Parliament passed …") names the body everyone means by the name, which
      // may be another than the prefixed one ("the NUS Parliament"); "the Youth League grew" keeps the fuller form.
      if (i > 0 && !/\b(?:the|its|their|this|that)\s+$/i.test(articleText.slice(Math.max(0, m.index - 8), m.index))) bareElsewhere = true;
      return;
    }
    prefixes.add(word);
    if (i === 0) firstPrefix = word;
  });
  if (bareElsewhere) return [];
  // One parent body, and no other name word before the name: "the XYZ's Youth League" is the "XYZ Youth League" too,
  // under the parent's other name as well ("Xavier Young Zealots" beside "XYZ"). Two parents are two bodies.
  // One parent written two ways ("CCP" and "Chinese Communist Party") is one parent.
  const pairs = abbreviationPairs(articleText);
  const paired = (a: string, b: string) => (pairs.get(a.toLowerCase()) ?? []).includes(b) || (pairs.get(b.toLowerCase()) ?? []).includes(a);
  const oneParent = [...parents].filter((p, _, all) => !all.some((other) => other < p && paired(p, other)));
  if (oneParent.length === 1 && prefixes.size === 0) {
    const parent = oneParent[0]!;
    const names = [parent, ...(pairs.get(parent.toLowerCase()) ?? [])];
    return names.flatMap((p) => [`${p} ${name}`, `${p}'s ${name}`, `${name} of the ${p}`]);
  }
  if (!firstPrefix || prefixes.size !== 1 || parents.size > 0) return [];
  if (!ACRONYM.test(firstPrefix) || romanValue(firstPrefix) || STATE_CODES.has(firstPrefix) || lookupEntry(firstPrefix)) return [];
  if (!spelledOut(firstPrefix, articleText)) return [];
  return [`${firstPrefix} ${name}`];
}

// "the XYZ's ", "the Xavier Young Zealots' ": a body owning the name, written right before it.
const OWNER_BEFORE = /\b[Tt]he ((?:[A-Z][\w&'’-]* (?:(?:of|and|for) )?)*[A-Z][\w&-]*)['’]s? $/;
// " of the XYZ", " of the Xavier Young Zealots": the body the name belongs to, written right after it.
const PARENT_AFTER = /^ of the ((?:[A-Z][\w&'’-]* (?:(?:of(?: the)?|and|for) )?)*[A-Z][\w&-]*)/;
// The last word of a body's name: a party, a union, a league of its own …
const BODY_WORD = /\b(?:Congress|Party|Union|League|Council|Church|Company|Society|Association|Movement|Front|Army|Federation|Assembly|Committee|Club|Guild|Institute|Corporation|Alliance|Brotherhood|Organi[sz]ation)$/;

/**
 * A parent body another body's name may carry: an acronym that is no country's or union's code (a country's body, "the
 * Vellan Parliament", and "Parliament" may be two), or a name ending in a body's word; never a place the gazetteer knows.
 */
function isParentBody(parent: string): boolean {
  if (lookupEntry(parent)) return false;
  if (ACRONYM.test(parent)) return !romanValue(parent) && !STATE_CODES.has(parent);
  return /\s/.test(parent) && BODY_WORD.test(parent);
}

/** The article writes the acronym's full name: bracketed beside it, or as a run of capitalised words with its initials. */
function spelledOut(acronym: string, articleText: string): boolean {
  if (abbreviationPairs(articleText).has(acronym.toLowerCase())) return true;
  if (!/^[A-Z]+$/.test(acronym)) return false;
  const run = [...acronym].map((letter) => `${letter}[a-z]+`).join(" (?:(?:of|and|for|the) )*");
  return new RegExp(`\\b${run}\\b`).test(articleText);
}

// Faiths whose followers are named in the plural ("were Hindus"); a people's word is read by `isPeopleWord`.
const FAITHS = new Set(["Muslims", "Christians", "Buddhists", "Hindus", "Sikhs", "Jews", "Catholics", "Protestants", "Jains", "Quakers", "Zulus"]);

/**
 * The singular of a capitalised plural naming a group of people ("Muslims" -> "Muslim", "Hindus" -> "Hindu"): a faith or a
 * people's word only. Never a place, a body or a surname ("the Americas", "the Commons were", "The founders were Adams and
 * Jefferson": "Adam" is another person), so what the article says of the plural is no evidence.
 */
function memberOfGroup(key: string, type: Span["type"]): string | null {
  if (type !== "PERSON" && type !== "ORG" && type !== "TERM") return null;
  if (FAITHS.has(key)) return key.slice(0, -1);
  if (!/^[A-Z][a-z]{3,}s$/.test(key) || /(?:ss|is|ies)$/.test(key) || lookupEntry(key)) return null;
  return isPeopleWord(key) ? key.slice(0, -1) : null;
}
