import { articleMemo } from "./article-memo";
import { escapeRegExp, tagWords } from "./find-spans";
import { lowerUnlessName } from "./make-cause-questions";
import { PERSON_NOUN as IDENTITY_PERSON_NOUN } from "./person-nouns";
import type { Sentence, Span } from "./types";

/**
 * "She …", "He …", "Her …", "His …" outside an article about one person (`markTitlePerson` answers those): the one
 * person the sentence before names, when nobody else could be meant. Called by `resolvePointers`. Also whom a "his" or
 * "her" in a text shown apart from its sentence (a statement, a timeline item) may stand for.
 */

type Gender = "he" | "she";

// Words for a person the sentence does not name, by kin, rank or the role they fill in what is told ("the winner … he"): a
// "he" or "she" after them may mean them.
const PERSON_WORDS =
  "(?:winner|victor|champion|loser|carpenter|farmer|builder|worker|player|rider|driver|hunter|fisherman|sailor|traveller|traveler|settler|visitor|pupil|apprentice|heir|mr|mrs|ms|miss|dr|sir|lady|lord|madame|monsieur|husband|wife|father|mother|son|daughter|brother|sister|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|friend|king|queen|prince|princess|emperor|empress|pharaoh|sultan|man|woman|boy|girl|officer|teacher|leader|ruler|servant|master|owner|lover|rival|partner|mentor|patron|guest|stranger|clerk|captain|soldier|priest|doctor|widow|widower|child|baby|neighbour|neighbor|employer|boss)s?";
const PERSON_NOUN = new RegExp(`\\b${PERSON_WORDS}\\b`, "i");
const PERSON_WORD = new RegExp(`^${PERSON_WORDS}$`, "i");

/** The pronouns of each gender, and any of them. */
export const PERSON_PRONOUNS = { he: /\b(?:he|him|his|himself)\b/i, she: /\b(?:she|her|hers|herself)\b/i } as const;
export const PERSONAL_PRONOUN = new RegExp(`${PERSON_PRONOUNS.he.source}|${PERSON_PRONOUNS.she.source}`, "i");
// The same, matched all through a text.
const EVERY_PERSONAL_PRONOUN = new RegExp(PERSONAL_PRONOUN.source, "gi");

/** A word for a person ("king", "pope", "governor"), by either list of such words: a thing's "it" never means them. */
export function isPersonWord(word: string): boolean {
  return PERSON_WORD.test(word) || (IDENTITY_PERSON_NOUN.test(word) && !/\s/.test(word));
}

/**
 * "She …" / "He …" / "Her …" / "His …" after a sentence that names exactly one person (or whose own opening pronoun
 * was resolved to them), with nobody else the pronoun could mean (no second name, no "her husband", no pronoun of
 * the other gender, no pronoun of the same gender before the name), and only when the article's own pronouns for
 * that name are of the pronoun's gender.
 */
export function resolvePronounPerson(
  s: Sentence,
  prev: Sentence,
  namedBySentence: Span[][],
  i: number,
  gender: (name: string) => "he" | "she" | null,
): { name: string; pronoun: "he" | "she" } | null {
  const opening = /^(He|She|His|Her)\s/.exec(s.text)?.[1];
  if (!opening) return null;
  const pronoun = /^(?:He|His)$/.test(opening) ? "he" : "she";
  const people = distinctPeople(namedBySentence[i - 1] ?? []);
  const carried = prev.person && !prev.titlePerson ? prev.person : null;
  let name: string | null = null;
  if (people.length === 1 && (!carried || sameName(carried.name, people[0]!))) name = carried?.name ?? people[0]!;
  else if (people.length === 0 && carried && /^(?:He|She|His|Her)\s/.test(prev.text)) name = carried.name;
  if (!name) return null;
  // A pronoun of the same gender before the name stands for someone the sentence does not name ("In the town he met Ana."):
  // then the name may be an object beside an unnamed subject.
  const same = PERSON_PRONOUNS[pronoun];
  const nameAt = prev.text.indexOf(name.split(" ")[0]!);
  const carriedOn = carried && /^(?:He|She|His|Her)\s/.test(prev.text);
  if (!carriedOn && (nameAt < 0 || same.test(prev.text.slice(0, nameAt)))) return null;
  // "Tobias is a restless boy …" says what the one named person is: that noun is no second person.
  if (PERSON_NOUN.test(prev.text.replace(DESCRIBED_PERSON, ""))) return null;
  const other = PERSON_PRONOUNS[pronoun === "he" ? "she" : "he"];
  if (other.test(prev.text)) return null;
  // In this sentence too, before the pronoun's verb: "Her husband …" or "His father …" is someone else's.
  if (/^(?:His|Her)\s/.test(s.text) && PERSON_NOUN.test(s.text.split(/\s+/).slice(1, 3).join(" "))) return null;
  const known = gender(name);
  if (known !== pronoun) return null;
  return { name, pronoun };
}

const DESCRIBED_PERSON = new RegExp(`^[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*)* (?:is|was|became) (?:a|an|the) (?:[a-z-]+ ){0,3}?${PERSON_WORDS}\\b`, "i");

function distinctPeople(spans: Span[]): string[] {
  const names: string[] = [];
  for (const span of spans) {
    if (span.type !== "PERSON") continue;
    if (names.some((n) => sameName(n, span.text))) {
      const longer = names.findIndex((n) => sameName(n, span.text) && span.text.length > n.length);
      if (longer >= 0) names[longer] = span.text;
      continue;
    }
    names.push(span.text);
  }
  return names;
}

// One person when one name's words are all in the other's ("Curie", "Marie Curie"); "Marie Curie" and "Pierre Curie"
// share a surname and are two people.
function sameName(a: string, b: string): boolean {
  const [wa, wb] = [a.split(/\s+/), b.split(/\s+/)];
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.every((w) => long.has(w));
}

/**
 * A name's gender by the article's own pronouns: in the sentences that name that person and nobody else, only
 * "he/his" or only "she/her", and never the other. Null when the article does not say, or says both.
 */
export function genderOf(name: string, sentences: Sentence[], namedBySentence: Span[][], memo: Map<string, "he" | "she" | null>): "he" | "she" | null {
  const cached = memo.get(name);
  if (cached !== undefined) return cached;
  let he = 0;
  let she = 0;
  sentences.forEach((s, i) => {
    const people = distinctPeople(namedBySentence[i] ?? []);
    if (people.length !== 1 || !sameName(people[0]!, name) || PERSON_NOUN.test(s.text.replace(DESCRIBED_PERSON, ""))) return;
    const m = PERSON_PRONOUNS.he.test(s.text);
    const f = PERSON_PRONOUNS.she.test(s.text);
    if (m && !f) he++;
    if (f && !m) she++;
  });
  const result = he > 0 && she === 0 ? "he" : she > 0 && he === 0 ? "she" : null;
  memo.set(name, result);
  return result;
}

// Words for a person of one gender ("her husband", "a fisherman", "the queen"); other person words ("a clerk") may be either.
const FEMALE_WORD = /^(?:wife|wives|mother|daughter|sister|aunt|niece|grandmother|queen|princess|empress|duchess|countess|baroness|tsarina|sultana|dame|girl|nun|widow|lady|ladies|madame?|mrs|ms|miss|heroine|goddess|[a-z]*wom[ae]n)s?$/;
const MALE_WORD = /^(?:husband|father|son|brother|uncle|nephew|grandfather|king|prince|emperor|duke|count|earl|baron|tsar|sultan|shah|pharaoh|boy|monk|widower|sir|lord|mr|monsieur|hero|god|(?!hu)[a-z]*m[ae]n)s?$/;

const KIN_PREFIX = /^(?:grand|step|god)(?=(?:mother|father|son|daughter|sister|brother)s?$)/;

// Titles that give a person's sex outright ("King Oswy", "Mrs Hale"); a given name alone does not ("Evelyn", "George").
export const TITLE_GENDER = /^(?:(mrs|ms|miss|lady|dame|queen|princess|empress|duchess|countess|baroness|tsarina|madame)|(mr|sir|lord|king|prince|emperor|duke|earl|baron|tsar|monsieur))\.?$/i;

/**
 * The sex the article itself shows for a person named at `span` of sentence `i`: a gendered title before or opening the
 * name, or the pronouns the article uses for that person alone (genderOf) when the tagger's given-name lexicon, read from
 * the sentence's cached tags, does not say otherwise. Null when the article does not show it: the lexicon alone is wrong
 * for many real names ("Evelyn", "George", "Carmen"), and a wrong reading would hand another person's deed to the title
 * person.
 */
export function shownGender(span: Span, i: number, sentences: Sentence[], namedBySentence: Span[][], memo: Map<string, Gender | null>): Gender | null {
  const sentence = sentences[i]!;
  const at = span.start - sentence.start;
  const titleWord = /^(\S+) /.exec(span.text)?.[1] ?? /(\S+) $/.exec(sentence.text.slice(0, at))?.[1] ?? "";
  const title = TITLE_GENDER.exec(titleWord);
  if (title) return title[1] ? "she" : "he";
  const byPronouns = genderOf(span.text, sentences, namedBySentence, memo);
  if (!byPronouns) return null;
  const tags = tagWords(sentence.text).find((w) => w.start === at)?.tags ?? [];
  const lexicon = tags.includes("MaleName") && !tags.includes("FemaleName") ? "he" : tags.includes("FemaleName") && !tags.includes("MaleName") ? "she" : null;
  return lexicon === null || lexicon === byPronouns ? byPronouns : null;
}

/** A word for a person of either gender or of one ("groom", "widow", "lady"): the gendered words and the person words. */
export function isPersonWordOfEitherGender(word: string): boolean {
  const w = word.toLowerCase();
  return FEMALE_WORD.test(w) || MALE_WORD.test(w) || isPersonWord(w);
}

/**
 * The sex a named person's title ("King Orm", "Mrs Hale") or the head word of their description ("the farmer's son", "a
 * boy's grandmother") shows, or null when neither does ("a lighthouse keeper"). A "Who was …?" option of the other sex is
 * one any reader rules out by the name or by the key's words. (An option is read by its words alone, the name unshown.)
 */
export function sexShownBy(head: string, name = ""): Gender | null {
  const title = TITLE_GENDER.exec(name.split(" ")[0]!);
  if (title) return title[1] ? "she" : "he";
  const sex = sexOfPersonWord(head.replace(/[^a-z-]/gi, "").split("-").pop()!);
  return sex === "either" ? null : sex;
}

/** The sex a common noun for a person gives them ("queen" she, "son" he, "clerk" either), or null for no person word. */
export function sexOfPersonWord(word: string): Gender | "either" | null {
  const w = word.toLowerCase();
  // A step-, grand- or god- relative is of the sex of the kin word it is built on ("stepdaughter", "grandson", "godfather").
  const kin = w.replace(KIN_PREFIX, "");
  if (FEMALE_WORD.test(kin)) return "she";
  // (MALE_WORD's "-man" also takes in "German", "Roman", "human", "omen": no word for a man.)
  if (MALE_WORD.test(kin) && !/^(?:german|roman|human|omen|amen)$/.test(kin)) return "he";
  return isPersonWord(w) ? "either" : null;
}

// "soldiers", "wives", "ladies", "fishermen", "children": more than one person, whom no "he" or "she" means. ("Mrs", "Ms",
// "princess", "boss" end in "s" and are one.)
const PLURAL_WORD = /(?:[^s]s|ies|ves|men|(?:child|breth)ren|people)$/;
const SINGULAR_IN_S = /^(?:mrs|ms)$/;
// A verb or "as" before a noun said of the subject itself ("became queen", "was a widow", "as the third emperor"): the noun
// names no one else. (Not "It was the queen who …", "There was a widow …": there the noun is someone of its own.)
const SAID_OF_SUBJECT = /^(?:became|become|becomes|was|is|as|named|crowned|remained)$/i;
const CLEFT_OR_THERE = /^(?:it|there)$/i;
const BETWEEN_NOT_SAID_OF = /^(?:for|to|with|by|of|from|in|on|at|about|like|under|after|before|beside|near|without|against|among|towards?|into|upon|over|behind|than|and|or)$/i;
// A name and its comma just before the noun's determiner ("Manetho, a historian"); or a name just after the noun, "the poet
// Lena Marsh", "her owner, Edward Brodess".
const NAME_THEN_COMMA = /^\p{Lu}[\p{L}'’.-]*,$/u;
const DETERMINER = /^(?:a|an|the|his|her|their|its)$/i;
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * The sex of the one person the word at `j` of a text's words names, someone other than a subject or a name it is said of:
 * a lower-case word for one person of a sex or of either ("the queen", "his mother", "the winner"), not a plural ("the
 * soldiers"), not a noun said of the subject ("became queen") or of a name beside it ("Manetho, a historian", "the poet
 * Lena Marsh"): null for any other word. (A capitalised word is a name or a title, read as such.)
 *
 * The one reader of role words for person pronouns. Whether a stem's pronoun has someone to stand for (question-stems
 * `dangles`) and whom a pronoun in a text shown apart may mean (`readPronouns`) take a word of its sex or of either. Whether
 * a sentence names someone else whom the title person's pronoun may mean (`namesPersonOfSex`, read once per sentence by
 * generate-questions `markTitlePerson` for question-stems `onlyOneOfTheirSex` too) takes only a word of their sex: in an
 * article about one woman, "she" after "the clerk" is still mostly her, after "his widow" it may not be.
 */
export function personWordAt(words: readonly string[], j: number): Gender | "either" | null {
  // ("her half-brother", "a co-founder": a compound is read by its last part.)
  const whole = (words[j] ?? "").replace(/[^\p{L}'’-]/gu, "").replace(/['’]s$/, "");
  const word = whole.split("-").pop()!;
  if (!/^[a-z]/.test(whole) || (PLURAL_WORD.test(word) && !SINGULAR_IN_S.test(word))) return null;
  const sex = sexOfPersonWord(word);
  if (!sex) return null;
  if (/^[\p{L}'’-]+$/u.test(words[j]!) && NAME_WORD.test(words[j + 1] ?? "")) return null;
  if (/,$/.test(words[j]!) && !/['’]s,$/.test(words[j]!) && NAME_WORD.test(words[j + 1] ?? "") && NAME_WORD.test(words[j + 2] ?? "")) return null;
  const bare = (k: number) => (words[k] ?? "").replace(/[^\p{L}]/gu, "");
  // Said of the subject only with nothing but a determiner or adjectives between ("was a widow", "became the new queen"):
  // "was for his mother" and "was her brother's" name someone else.
  const possessive = /['’]s\W*$/.test(words[j]!);
  for (let k = Math.max(0, j - 3); k < j; k++) {
    const saidOf = SAID_OF_SUBJECT.test(bare(k)) && !CLEFT_OR_THERE.test(bare(k - 1)) && !possessive;
    if (saidOf && !words.slice(k + 1, j).some((w) => BETWEEN_NOT_SAID_OF.test(w.replace(/[^\p{L}]/gu, "")))) return null;
    if (NAME_THEN_COMMA.test(words[k]!) && DETERMINER.test(words[k + 1] ?? "")) return null;
  }
  return sex;
}

/** Whether a text has a word for one person of this sex (`personWordAt`), someone a "he" or "she" of it may mean. */
export function namesPersonOfSex(text: string, sex: Gender): boolean {
  const words = text.split(/\s+/);
  return words.some((_, j) => personWordAt(words, j) === sex);
}

/**
 * Whether a word for one person of this sex stands before a pronoun of that sex ("When Mr Holt died, the mill went to the
 * widow, and she sold it"): that pronoun may be the named one's, so the title person's name is not written in for it.
 */
export function personWordBeforePronoun(text: string, sex: Gender): boolean {
  const words = text.split(/\s+/);
  const first = words.findIndex((_, j) => personWordAt(words, j) === sex);
  return first >= 0 && words.slice(first + 1).some((w) => PERSON_PRONOUNS[sex].test(w));
}

/** Whether the word at `j` may stand for one person whom a "he" or "she" of `wanted` means: of that sex or of either. */
export function mayMeanPersonWord(words: readonly string[], j: number, wanted: Gender): boolean {
  const sex = personWordAt(words, j);
  return sex === wanted || sex === "either";
}

interface NameWord {
  word: string;
  /** "Ilse's brother": the name owns what follows, and a pronoun after it is as likely to be the owned person's. */
  possessive: boolean;
}

const writtenCapitalised = articleMemo<boolean>();

/**
 * The article writes the word with a capital inside a sentence too: a name, not a capital for the sentence's start. Inside
 * a sentence is after a lower-case word or a comma (`lowerUnlessName`), and also after a figure, a colon, a semicolon or a
 * closing bracket ("In 1901 Ilse Varga …"), whatever follows the word (a surname or not).
 */
function capitalisedMidSentence(word: string, articleText: string): boolean {
  return writtenCapitalised(articleText, word, () => lowerUnlessName(word, articleText) === word || new RegExp(`[\\d;:)] ${escapeRegExp(word)}(?![\\w'’-])`).test(articleText));
}

/**
 * The words of names that may stand behind a pronoun at `at`: the capitalised words before it (a first word only if the
 * article writes it capitalised mid-sentence too), and for a pronoun in an opening phrase, the name the clause after its
 * comma opens on ("After his defeat, Napoleon …").
 */
function namesAround(text: string, at: number, articleText: string): NameWord[] {
  const out: NameWord[] = [];
  for (const run of text.slice(0, at).matchAll(/\b[A-Z][\w-]*(?: [A-Z][\w-]*)*(['’]s\b)?/g)) {
    const words = run[0].replace(/['’]s$/, "").split(" ");
    if (run.index === 0 && !capitalisedMidSentence(words[0]!, articleText)) words.shift();
    out.push(...words.map((word) => ({ word, possessive: Boolean(run[1]) })));
  }
  const comma = text.indexOf(", ");
  const opener = comma > at ? /^[A-Z][\w-]*(?: [A-Z][\w-]*)*/.exec(text.slice(comma + 2))?.[0] : undefined;
  if (opener && capitalisedMidSentence(opener.split(" ")[0]!, articleText)) out.push(...opener.split(" ").map((word) => ({ word, possessive: false })));
  return out;
}

/**
 * The gender a title gives the words of the name it opens ("Lady Orm", "King Osric Vell"), for a name whose people the
 * article gives no gender by pronouns: a "he" after only "Lady Orm" is someone the text does not name.
 */
function titledNameGenders(text: string): Map<string, Gender> {
  const out = new Map<string, Gender>();
  // (Every capitalised word is read as a possible title, not only a run's first: "When Lady Orm …", "Then King Osric …".)
  for (const run of text.matchAll(/\b([A-Z][a-z]+)\.?(?=((?: [A-Z][\w'’-]*)+))/g)) {
    const title = run[1]!.toLowerCase();
    // (Only a title word, not a surname that happens to end in "-man": "Freeman Hale".)
    const gender: Gender | null = /m[ae]n$/.test(title) ? null : FEMALE_WORD.test(title) ? "she" : MALE_WORD.test(title) ? "he" : null;
    if (gender) for (const word of [run[1]!, ...run[2]!.trim().split(" ")]) out.set(word.replace(/['’]s$/, ""), gender);
  }
  return out;
}

/**
 * Whom each "he/his" or "she/her" of a text may stand for in the text alone: `binds` when a name of its gender (or of none
 * the article gives), or a person word that may be of its gender, stands before it (or opens the clause after its opening
 * phrase); `opposed` when a name of the other gender does.
 */
function readPronouns(text: string, genderOfWord: (word: string) => Gender | null, articleText: string): { wanted: Gender; binds: boolean; opposed: boolean }[] {
  const comma = text.indexOf(", ");
  const titled = titledNameGenders(text);
  return [...text.matchAll(EVERY_PERSONAL_PRONOUN)].map((pronoun) => {
    const at = pronoun.index;
    const wanted: Gender = PERSON_PRONOUNS.he.test(pronoun[0]) ? "he" : "she";
    const names = namesAround(text, at, articleText);
    const genderOfName = (word: string) => genderOfWord(word) ?? titled.get(word) ?? null;
    const before = text.slice(0, at).split(/\s+/).filter(Boolean);
    const opener = comma > at ? /^(?:the|a|an) [a-z]+/.exec(text.slice(comma + 2))?.[0].split(" ") : undefined;
    const namedByWord = before.some((_, j) => mayMeanPersonWord(before, j, wanted)) || (opener !== undefined && mayMeanPersonWord(opener, 1, wanted));
    const binds = names.some((n) => (genderOfName(n.word) ?? wanted) === wanted) || namedByWord;
    const opposed = names.some((n) => !n.possessive && genderOfName(n.word) !== null && genderOfName(n.word) !== wanted);
    return { wanted, binds, opposed };
  });
}

/**
 * An item shown apart from its sentence has only its own words to tie "her" or "his" to: a name in it before the pronoun
 * (or right after the opening phrase that holds it), or a person word ("her brother", "a fisherman"), not a name the
 * article gives the other gender ("Ilse ran his office" leans on a man named earlier; "Years of work damaged her health"
 * names nobody, unless the article is about one woman); an item that opens on a noun ("The last miller retired with his
 * family") has it as its own subject. `genderOfWord` is the gender the article gives the people a word of a name belongs
 * to; `aboutWhom` the genders of the people the article is about.
 */
export function personalPronounUnbound(text: string, genderOfWord: (word: string) => Gender | null, aboutWhom: Gender[], articleText: string): boolean {
  // "The last miller retired with his family": a subject of its own, a noun the pronoun may stand for.
  if (/^(?:The|A|An) [a-z]/.test(text)) return false;
  return readPronouns(text, genderOfWord, articleText).some((p) => !p.binds && !aboutWhom.includes(p.wanted));
}

/**
 * A "his" or "her" that only names of the other gender could stand for ("Ilse ran his office"): it stands for someone the
 * text does not name. Not when a name of its gender or of none known, or a person word of its gender, could be meant
 * ("Ilse's brother lost his job", "Ilse married a fisherman and moved into his house"), nor when no name is before it (a
 * statement may lean on the person the article is about).
 */
export function pronounAgainstNames(text: string, genderOfWord: (word: string) => Gender | null, articleText: string): boolean {
  return readPronouns(text, genderOfWord, articleText).some((p) => p.opposed && !p.binds);
}
