import { articleMemo } from "./article-memo";
import { headlineYear } from "./fair-date-options";
import { lookupEntry } from "./gazetteer";
import { dominantPronoun } from "./find-title-person";
import { deathIn, yearOf, type LifeStatement, namedLifeStatements, pronounLifeStatement, titlePersonDeed, titlePersonName } from "./life-sentences";
import { MONTHS } from "./months";
import { KIN } from "./named-entities";
import { articleSentences } from "./split-sentences";
import { LEXICON } from "./tag-without-chunks";
import { TITLE_WORDS } from "./titles";

/**
 * Years a reader rules out by a person's life as the article tells it. Judges failed a birth year offered with the
 * year of the person's later discovery, a wedding offered in the bride's year of birth, a warning offered in the
 * year the man was born, and a naming long after a death offered in the person's lifetime. The article's own
 * statements of birth and death (and the years of the person's other deeds) are the sure source: every wrong year
 * must lie on the key's side of each.
 *
 * A year is bound to a person only where the person is named as the subject of the sentence ("Ines Varro married …",
 * "In 1874 Varro married …"): never through a pronoun (an article tells of a son, a husband, a rival), never by a
 * possessive ("Varro's workshop"), never by a one-word name that is also a place or title ("Washington became …").
 * (Only a birth or a death is read through a pronoun, and only right after the sentence naming the one person it can
 * mean: see pronounLifeStatement.)
 */

interface Life {
  /** The full name as the birth sentence gives it ("Galileo Galilei"), and the single words that also name the person alone ("Galileo", "Galilei"). */
  name: string;
  short: string[];
  /** For a person the article knows by one word ("Brede"), the first names that still name that person ("Ada Brede"). */
  firstNames: string[];
  /** Null where the article gives only the death ("X died in 1890", "(died 1890)"). */
  birth: number | null;
  death: number | null;
  /** Years of the sentences whose subject is the person, the birth year left out. */
  deeds: number[];
}

// A deed's year: one of the common era, or one before it ("in 1465 BC"), read as a negative number by yearOf.
const YEAR = /\b(\d{1,4} ?(?:BCE?\b|B\.C\.(?:E\.)?)|(?:1\d{3}|20\d{2})\b(?! ?(?:BCE?\b|B\.C\.)))/g;
// (The forms of a birth or a death the article may write are read in life-sentences.ts. "Fleming was born …" names a
// person surely only when the title gives the name too: see isName.)
// A capitalised word that opens a sentence or names a thing, never part of a person's name.
const NOT_A_NAME = new Set([
  ...TITLE_WORDS.flatMap((t) => t.split(" ")),
  ...["The", "A", "An", "He", "She", "It", "They", "In", "On", "At", "By", "When", "After", "Before", "Although", "Because", "While", "Then", "Later", "Young", "Dame", "St", "His", "Her", "Life", "Story"],
  ...["War", "Wars", "Years", "Empire", "Kingdom", "Republic", "Company", "Organization", "Organisation", "Society", "University", "College", "Church", "Museum", "Revolution", "Dynasty", "Act", "Treaty", "Age", "Era", "Period", "Movement"],
]);
// An opener before the subject: "In 1874,", "In _____", "On 4 May 1900,", "Later,".
// (Only dates and time words: "In 1874 she married Otto Brede" never makes Otto Brede its subject.)
let opener: RegExp | null = null;
const OPENER = () => (opener ??= new RegExp(String.raw`^(?:(?:In|On|By|During|Later|Then|Afterwards)(?: (?:the|early|late|mid|end|spring|summer|autumn|winter|of|_____|\d{1,4}s?|BCE?|B\.C\.|${MONTHS})){0,4},? )?`));
// The shortest and longest span a bracket may give a person's life.
const SHORTEST_LIFE = 15;
const LONGEST_LIFE = 110;

/** A person's name: two or three name words, or one the article's title also gives ("Fleming was born …" under "Fleming's Discovery"). */
function isName(name: string, title: string): boolean {
  const words = name.split(" ");
  if (words.length === 1) return new RegExp(`\\b${name}\\b`).test(title) && !NOT_A_NAME.has(name) && !lookupEntry(name);
  // A title word may close a name of two or more words that opens with a name ("Tamar Khan", "Oskar Shah"): a ruler's
  // title grown into the name, where a title before the name ("Khan Tamar") is no part of it.
  const last = words.at(-1)!;
  return words.slice(0, -1).every((w) => !NOT_A_NAME.has(w)) && (!NOT_A_NAME.has(last) || TITLE_NAME_END.has(last)) && !lookupEntry(name);
}

// The title words that end a person's name as English writes it ("… Khan", "… Shah"), never a sentence word ("The").
const TITLE_NAME_END = new Set(["Khan", "Shah", "Pasha", "Bey"]);

// Before the name, a role the article gives the person ("the young pilot Ada Brede", "the Danish pilot …"): the name is
// still the subject. ("the son of Brede", "Brede's rival" are not.) A role is a lowercase word or a capitalised word of
// a nation (never a first name: see firstNamesOf); a verb is none ("the club honoured Sendra", "the old captain gave
// Brede a boat": Brede is the object), nor a word that tells of another bearer of the name ("the younger Brede", "her
// rival Mara Sendra").
const ROLE_WORD = /^([a-z-]+|[A-Z][a-z]+) /;
const NATION_TAG = new Set(["Demonym", "Adjective"]);
const NOT_A_ROLE = new RegExp(`^(?:of|and|with|for|to|by|from|after|his|her|their|its|family|younger|elder|older|${KIN}|rival)$`);
const NOT_A_ROLE_TAG = new Set(["PastTense", "Infinitive", "Comparative", "Gerund"]);
// After the name, the forces the person leads in the field ("Tamar Khan's armies captured …"): what they do, the person
// does, in the person's adult life. (Not a possession that outlives its owner: "Varro's workshop", "Varro's book".)
const OWN_FORCES = /^['’]s (?:armies|army|forces|troops|soldiers|warriors|fleet|fleets|navy|cavalry|horsemen|riders)\b/;
// After the name, a word that makes the name a family's ("the Brede family moved …"): the family is the subject.
const FAMILY_AFTER = /^(?:family|families|household|clan|brothers|sisters|children|line|dynasty)\b/;

/** The sentence with one role word before the name taken off, or null when it opens with none. */
function withoutRole(rest: string): string | null {
  const word = ROLE_WORD.exec(rest)?.[1];
  if (word && /^[A-Z]/.test(word) && !NATION_TAG.has(LEXICON[word.toLowerCase()] ?? "") && !/[a-z](?:ish|ese)$/.test(word)) return null;
  if (!word || NOT_A_ROLE.test(word) || /ed$/.test(word) || NOT_A_ROLE_TAG.has(LEXICON[word] ?? "")) return null;
  return rest.slice(word.length + 1);
}

// A phrase of place or occasion that opens the rest of a sentence after its date ("at a meet in Dunmore, Kent, …").
const SCENE_PHRASE = /^(?:at|in|during|near|on|before|after)\b[^;:_"“]{0,70}, /;

/**
 * How the person is the subject of the sentence: its first words (after an opener and a role) are the full name or the
 * surname ("name"), or one of the first names the article gives the person before it ("first"), and no possessive
 * follows. Null where the person is not the subject.
 */
function subjectBy(sentence: string, life: Pick<Life, "name" | "short" | "firstNames">): "name" | "first" | null {
  const trimmed = sentence.trim();
  const opened = trimmed.replace(OPENER(), "");
  const starts = [opened];
  // "On _____, at a meet in Dunmore, Kent, Ada Brede won …": a phrase of place or occasion after the date opener, with
  // commas of its own; the name after any of them may be the subject (startsWithName still wants the name then a verb).
  const scene = SCENE_PHRASE.exec(opened)?.[0];
  if (scene && opened !== trimmed) for (const m of scene.matchAll(/, /g)) starts.push(opened.slice(m.index! + 2));
  // (The opener may have taken the "the" already: "On 4 May 1900 the young pilot …", "In 1889 the Danish skipper …".)
  if (/^(?:[Tt]he |[a-z])/.test(opened) || /\bthe $/.test(trimmed.slice(0, trimmed.length - opened.length))) {
    let rest: string | null = opened.replace(/^[Tt]he /, "");
    for (let words = 0; words < 3 && (rest = withoutRole(rest)) !== null; words++) starts.push(rest);
  }
  const startsWithName = (rest: string) =>
    [life.name, ...life.short].some(
      (n) => rest.startsWith(n) && (/^,? [a-z]/.test(rest.slice(n.length)) || OWN_FORCES.test(rest.slice(n.length))) && !FAMILY_AFTER.test(rest.slice(n.length).replace(/^,? /, "")),
    );
  if (starts.some(startsWithName)) return "name";
  const firstNamed = starts.flatMap((s) => life.firstNames.filter((f) => s.startsWith(`${f} `)).map((f) => s.slice(f.length + 1)));
  return firstNamed.some(startsWithName) ? "first" : null;
}

function isSubject(sentence: string, life: Pick<Life, "name" | "short" | "firstNames">): boolean {
  return subjectBy(sentence, life) !== null;
}

// A kin word in a sentence that writes a first name with the person's one-word name: the first-named may be a relative.
const KIN_WORD = new RegExp(`\\b(?:${KIN})s?\\b`, "i");

/**
 * The first names that name a person the article knows by one word: the one the title or the life's own sentence (the
 * birth, the bracketed span) writes with the name, or else the only one the article writes with it, where no sentence
 * writing it tells of kin ("Leopold Mozzel, his father, …" names a relative, not the composer).
 */
function firstNamesOf(name: string, sentences: string[], own: string[]): string[] {
  const before = new RegExp(`\\b([A-Z][a-z'’-]+) ${name}\\b`, "g");
  const namesIn = (s: string) => [...s.matchAll(before)].map((m) => m[1]!).filter((w) => !NOT_A_NAME.has(w));
  const stated = [...new Set(own.flatMap(namesIn))];
  if (stated.length) return stated.length === 1 ? stated : [];
  const all = [...new Set(sentences.flatMap(namesIn))];
  if (all.length !== 1) return [];
  return sentences.some((s) => namesIn(s).length && KIN_WORD.test(s)) ? [] : all;
}

function lifeOf(name: string, birth: number | null, death: number | null): Life {
  const words = name.split(" ");
  // The first or last word alone ("Galileo", "Tubman"), unless it is also a place or an entry of the gazetteer ("Washington").
  // (Never a title word alone: "Khan" of "Tamar Khan" names every khan.)
  const short = words.length > 1 ? [words[0]!, words[words.length - 1]!].filter((w) => !lookupEntry(w) && !NOT_A_NAME.has(w)) : [];
  return { name, short, firstNames: [], birth, death, deeds: [] };
}

const livesIn = articleMemo<Life[]>();

/** The people whose birth or death the article states, with the other end and the years of their deeds when it gives them. */
export function livesOf(articleText: string): Life[] {
  return livesIn(articleText, "", () => {
    if (!/\b(?:born|died)\b|\([^()]{0,25}?\d{4}\s*[–-]|\((?:b|d)\. /.test(articleText)) return [];
    const sentences = articleSentences(articleText).map((s) => s.text);
    const lives: Life[] = [];
    const title = /^[^\n]*/.exec(articleText.trim())?.[0] ?? "";
    // The sentence each life was read from, where the article introduces the person.
    const introduced = new Map<Life, string>();
    const add = ({ name, birth, death }: LifeStatement, sentence: string) => {
      // A bracketed span is read as a life only when it is as long as a life ("The Long Salt War (1611–1618)").
      if (birth !== null && death !== null && (death - birth < SHORTEST_LIFE || death - birth > LONGEST_LIFE)) return;
      if (!isName(name, title)) return;
      const known = lives.find((l) => l.name === name);
      if (known) {
        // (One sentence may give the birth, a later one the death: "She died there in 1890.")
        if (known.birth === null && birth !== null && (known.death ?? Infinity) - birth >= SHORTEST_LIFE) known.birth = birth;
        if (known.death === null && death !== null && death - (known.birth ?? -Infinity) >= SHORTEST_LIFE) known.death = death;
        return;
      }
      const life = lifeOf(name, birth, death);
      lives.push(life);
      introduced.set(life, sentence);
    };
    const titleName = titlePersonName(title);
    const dominant = dominantPronoun(articleText);
    sentences.forEach((s, i) => {
      for (const statement of namedLifeStatements(s)) add(statement, s);
      const byPronoun = pronounLifeStatement(s, sentences[i - 1], titleName, dominant, (name) => isName(name, title), lives);
      if (byPronoun) add(byPronoun, sentences[i - 1]!);
    });
    // Two people sharing a name word ("Marie Curie", "Pierre Curie"): neither is bound by that word alone.
    for (const life of lives) life.short = life.short.filter((w) => !lives.some((l) => l !== life && l.name.split(" ").includes(w)));
    for (const life of lives) if (!life.name.includes(" ")) life.firstNames = firstNamesOf(life.name, sentences, [title, introduced.get(life)!]);
    for (const life of lives) {
      // (In a life story told of "she" or "he" throughout, the title person's deeds are also the sentences that pronoun opens.)
      const titled = life.name === titleName;
      sentences.forEach((s, i) => {
        const by = subjectBy(s, life) ?? (titled && titlePersonDeed(s, sentences[i - 1], life, dominant, (name) => isName(name, title)) ? "pronoun" : null);
        if (by === null) return;
        // (A death is read only where the name alone is the subject: a first name is less sure than a deed needs.)
        const death = by === "name" && life.death === null ? deathIn(s) : null;
        if (death !== null && death - (life.birth ?? -Infinity) >= SHORTEST_LIFE) life.death = death;
        for (const m of s.matchAll(YEAR)) if (yearOf(m[1]!) !== life.birth) life.deeds.push(yearOf(m[1]!));
      });
    }
    return lives;
  });
}

/** The year an option or key gives, on yearOf's line: a bare year before the common era where the stem's blank is one (NaN for none). */
function yearIn(text: string, bc: boolean): number {
  const era = /\b(\d{1,4}) ?(?:BCE?\b|B\.C\.)/.exec(text);
  if (era) return -Number(era[1]);
  const found = /\b\d{4}\b/.exec(text)?.[0] ?? (bc ? /\b\d{1,4}\b/.exec(text)?.[0] : undefined);
  if (found === undefined) return NaN;
  return bc ? -Number(found) : Number(found);
}

// A stem telling that the person was chosen for a role (see lifeRuleFor).
const CHOSEN = /\b(?:was|were) (?:picked|selected|chosen|recruited)\b/;

// An opening clause before the subject, with no blank in it.
const OPENING_CLAUSE = /^[A-Z][^,;_]{0,60}, (.+)$/;

// No one does a dated deed of note in the first years of life: a wrong year that close to a birth is ruled out.
const CHILDHOOD = 12;
// A stem that calls its deed a young person's ("one of the young recruits chosen", "as a student"): a wrong year at which the
// person would be this old or more is ruled out at a glance (a woman of sixty among the young students picked).
const YOUTH = 30;
const YOUNG_STEM = /\b(?:young|youngest|youth|youths|teenage|teenager|teenagers|schoolboy|schoolgirl|schoolchildren|pupil|pupils|student|students|as a (?:boy|girl|child))\b/i;

/**
 * A wrong year on the other side of a life's bounds than the key: a year at or before the birth for a deed of the
 * person's life, a year at or after the death for one before it (or the reverse for a deed after the death), a birth
 * year as late as the person's first dated deed. Both the key and the candidate are read by their year. Only a stem
 * whose subject is the person is read so.
 */
export function ruledOutByLife(keyText: string, candidate: string, stem: string, articleText: string): boolean {
  return lifeRuleFor(keyText, stem, articleText)?.(candidate) ?? false;
}

/**
 * `ruledOutByLife` read once per question: the key's year and the lives whose subject is the stem depend on neither
 * candidate, so the test of each candidate's year against them is all that is left. Null where no life bounds the key.
 */
export function lifeRuleFor(keyText: string, stem: string, articleText: string): ((candidate: string) => boolean) | null {
  // "In _____ BC Amaret …": a year before the common era, the key and every option with it (yearOf counts it down).
  const bc = /_____ ?(?:BCE?\b|B\.C\.)/.test(stem);
  const key = yearIn(keyText, bc);
  if (!Number.isFinite(key)) return null;
  // "After years on the docks, Delgado gave a speech in _____": the person after an opening clause is the subject too
  // (where the blank is in the main clause, not the opening one: "After her mother died in _____, Delgado …").
  const main = OPENING_CLAUSE.exec(stem)?.[1];
  const lives = livesOf(articleText).filter((life) => isSubject(stem, life) || (main?.includes("_____") && isSubject(main, life)));
  if (!lives.length) return null;
  const bornStem = /\bborn\b/.test(stem);
  // "in _____ she was chosen for the balloon crew": a person chosen for a role is chosen before the deed the article
  // is about (its headline year, a deed of the person's), so no year from that deed on is a fair option.
  const headline = CHOSEN.test(stem) ? headlineYear(articleText) : null;
  const young = YOUNG_STEM.test(stem);
  return (candidate) => {
    const year = yearIn(candidate, bc);
    if (!Number.isFinite(year)) return false;
    return lives.some((life) => {
      if (key === life.birth && bornStem) {
        // "born in _____": every wrong year lies well before the person's first dated deed (or, for a deed in childhood, before the deed).
        const first = Math.min(...life.deeds.filter((d) => d > key), life.death ?? Infinity);
        if (!Number.isFinite(first)) return false;
        return first - key < CHILDHOOD ? year >= first : first - year < CHILDHOOD;
      }
      // A death on or before a day the person was alive: the birth, a year of childhood (the article would tell of a
      // death that young), or a dated deed of the person's before the death ("he flew in 1961 … he died in _____" offers no 1961).
      const birth = life.birth;
      if (key === life.death) return (birth !== null && year - birth < CHILDHOOD) || life.deeds.some((d) => d < key && year <= d);
      if (headline !== null && key < headline && life.deeds.includes(headline) && year >= headline) return true;
      // A deed in childhood ("wrote a first symphony at eight"): only years up to the birth are ruled out.
      if (birth !== null && key > birth && (key - birth < CHILDHOOD ? year <= birth : year - birth < CHILDHOOD)) return true;
      if (birth !== null && young && key - birth < YOUTH && year - birth >= YOUTH) return true;
      if (life.death !== null && key !== life.death && Math.sign(key - life.death) !== Math.sign(year - life.death)) return true;
      return false;
    });
  };
}
