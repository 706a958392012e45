import { articleMemo } from "./article-memo";
import { isPeopleWord } from "./demonyms";
import { lookupEntry } from "./gazetteer";
import { MONTHS } from "./months";
import { tagged } from "./question-stems";
import { personWordFor } from "./resolve-person-pronouns";
import { articleSentences } from "./split-sentences";
import { TITLE_WORD_SET } from "./titles";

/**
 * The names an article's own naming statements give one person (or thing): "Her parents named her Rosalind, and everyone
 * called her Roz", "Born Ada Pell, she took the name Mira", "Roz, whose real name was Rosalind", "Tarn was renamed Port
 * Ellis". A typed answer in any of them is right, and none of them is a wrong option for another. Read one sentence at a
 * time, and only where the sentence plainly names one person: by the name the naming hangs on, or by one pronoun whose
 * names are all given in the sentence (and, at most, the one other name there it can mean).
 */

type Gender = "he" | "she";
type Anchor = { name: string } | { pronoun: Gender; object: boolean };
type Naming = { given: string; anchor: Anchor; at: number };

const NAME = "[A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,3}";
// The name given, in quotes or not.
const GIVEN = `['‘"“]?(${NAME})['’"”]?`;
const WHEN = "(?:(?:also|later|first|once|originally|formerly|better|widely|usually|simply|then|soon|affectionately) )?";
const PASSIVE = "(?:named|called|nicknamed|christened|dubbed|renamed|known as)";
const SUBJECT = "([Ss]he|[Hh]e)";
const OWN_NAME = "(?:real|birth|original|given|full|true|baptismal|childhood)";

// Each pattern reads the name given (`given`) and whom it is given to.
const PATTERNS: { re: RegExp; read: (m: RegExpMatchArray) => { given: string; anchor: Anchor } }[] = [
  // "everyone called her Roz", "they knew him as Ned".
  { re: new RegExp(`\\b(?:named|called|nicknamed|christened|dubbed|renamed|knew) (her|him)(?: as)? ${GIVEN}`, "g"), read: (m) => ({ given: m[2]!, anchor: pronoun(m[1]!, true) }) },
  // "Rosalind Venn was better known as Roz", "Tarn was renamed Port Ellis", "Ada Pell, who was born Ada Crane".
  { re: new RegExp(`(${NAME}),? (?:who |which )?(?:was|is|had been|became) ${WHEN}(?:${PASSIVE}|born) ${GIVEN}`, "g"), read: (m) => ({ given: m[2]!, anchor: { name: m[1]! } }) },
  // "She was born Ada Pell", "he was known as Ned".
  { re: new RegExp(`\\b${SUBJECT} (?:was|is|had been|became) ${WHEN}(?:${PASSIVE}|born) ${GIVEN}`, "g"), read: (m) => ({ given: m[2]!, anchor: pronoun(m[1]!, false) }) },
  // "she took the name Mira", "Ada Pell adopted the religious name Mira".
  {
    re: new RegExp(`(?:(${NAME})|\\b${SUBJECT}) ${WHEN}(?:took|adopted|chose|assumed|received|was given|went by)(?: on)? the (?:[a-z]+ )?name(?: of)? ${GIVEN}`, "g"),
    read: (m) => ({ given: m[3]!, anchor: subjectAnchor(m[1], m[2]) }),
  },
  // "Ada Pell renamed herself Mira"; "… and renamed himself Ned".
  {
    re: new RegExp(`(?:(${NAME}) )?${WHEN}(?:renamed|called|named|styled) (herself|himself) ${GIVEN}`, "g"),
    read: (m) => ({ given: m[3]!, anchor: subjectAnchor(m[1], m[2]) }),
  },
  // "Born Ada Pell, she …", "Born Ada Pell, Mira …".
  { re: new RegExp(`^Born ${GIVEN}, (?:(${NAME})|${SUBJECT}) `, "g"), read: (m) => ({ given: m[1]!, anchor: subjectAnchor(m[2], m[3]) }) },
  // "Roz, whose real name was Rosalind"; "Roz's real name was Rosalind".
  { re: new RegExp(`(${NAME})(?:,? whose|['’]s) ${OWN_NAME} name was ${GIVEN}`, "g"), read: (m) => ({ given: m[2]!, anchor: { name: m[1]! } }) },
  // "her real name was Rosalind".
  { re: new RegExp(`\\b([Hh]er|[Hh]is) ${OWN_NAME} name was ${GIVEN}`, "g"), read: (m) => ({ given: m[2]!, anchor: pronoun(m[1]!, false) }) },
  // "Rosalind was the name that her grandparents gave her"; "the name his uncle gave him was Edwin".
  { re: new RegExp(`${GIVEN} was the name (?:that )?(?:her|his|their|the) (?:[a-z]+ ){0,3}?gave (her|him)\\b`, "g"), read: (m) => ({ given: m[1]!, anchor: pronoun(m[2]!, true) }) },
  { re: new RegExp(`\\bthe name (?:that )?(?:her|his|their) (?:[a-z]+ ){0,3}?gave (her|him) was ${GIVEN}`, "g"), read: (m) => ({ given: m[2]!, anchor: pronoun(m[1]!, true) }) },
];
const CUE = /\b(?:named|called|known as|knew|name|renamed|nicknamed|christened|dubbed|born|Born|herself|himself)\b/;

/** The subject a naming hangs on: a name, or "She"/"He" (which the name pattern also reads). */
function subjectAnchor(name: string | undefined, word: string | undefined): Anchor {
  return name && !/^(?:She|He)$/.test(name) ? { name } : pronoun(name ?? word!, false);
}

function pronoun(word: string, object: boolean): Anchor {
  return { pronoun: /^(?:she|her|herself)$/i.test(word) ? "she" : "he", object };
}

// Words that open a sentence or a clause before a name, and are no part of it ("Later Ada was known as …").
const OPENER = /^(?:She|He|Her|His|They|Their|It|Its|We|Everyone|Everybody|People|The|A|An|In|On|At|By|When|After|Before|While|As|But|And|Then|For|With|Under|Later|Soon|Eventually|Around|Today|Now|There|So|Yet|Once|Still|Since|Although|Though|Because|Until|From|During)$/;
const MONTH = new RegExp(`^(?:${MONTHS})\\b`);
const FAITH = /^(?:Catholic|Protestant|Christian|Jewish|Muslim|Hindu|Buddhist|Sikh|Quaker|Anglican|Lutheran)s?$/;

/** The name without a sentence's opening word; null for no name ("In", "The"). */
function nameOf(run: string): string | null {
  const words = run.split(" ");
  while (words.length && OPENER.test(words[0]!)) words.shift();
  return words.length ? words.join(" ") : null;
}

/** A name a person may be given: not a month, a faith or a people ("born Catholic"), nor a rank or a kinship ("named him Governor", "called her Mother"). */
function isGivenName(name: string): boolean {
  const first = name.split(" ")[0]!;
  if (MONTH.test(name) || FAITH.test(first) || isPeopleWord(first) || TITLE_WORD_SET.has(first)) return false;
  return !(name === first && tagged(`They called her ${name}.`)[3]?.tags?.includes("Actor"));
}

const memo = articleMemo<Map<string, string[]>>();

/** The other names the article's naming statements give `name` (none when it gives none). */
export function namesGivenAlike(name: string, articleText: string): string[] {
  const groups = memo(articleText, "", () => readGroups(articleText));
  return (groups.get(name) ?? []).filter((other) => other !== name);
}

function readGroups(articleText: string): Map<string, string[]> {
  const parent = new Map<string, string>();
  const root = (n: string): string => {
    const up = parent.get(n) ?? n;
    return up === n ? n : root(up);
  };
  for (const sentence of articleSentences(articleText)) {
    if (!CUE.test(sentence.text)) continue;
    for (const [a, b] of linksIn(sentence.text)) {
      if (a === b) continue;
      for (const n of [a, b]) if (!parent.has(n)) parent.set(n, n);
      const [ra, rb] = [root(a), root(b)];
      if (ra !== rb) parent.set(rb, ra);
    }
  }
  const members = new Map<string, string[]>();
  for (const n of parent.keys()) members.set(root(n), [...(members.get(root(n)) ?? []), n]);
  const groups = new Map<string, string[]>();
  for (const n of parent.keys()) groups.set(n, members.get(root(n))!);
  return groups;
}

/** The pairs of names one sentence gives one person. */
export function linksIn(sentence: string): [string, string][] {
  const namings: Naming[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const { given, anchor } = read(m);
      const named = "name" in anchor ? nameOf(anchor.name) : "";
      if (named === null || !isGivenName(given)) continue;
      namings.push({ given, anchor: "name" in anchor ? { name: named } : anchor, at: m.index });
    }
  }
  const pairs: [string, string][] = [];
  for (const n of namings) if ("name" in n.anchor) pairs.push([n.anchor.name, n.given]);
  for (const gender of ["she", "he"] as const) {
    const own = namings.filter((n) => "pronoun" in n.anchor && n.anchor.pronoun === gender);
    if (!own.length) continue;
    // "She named her Ada": one woman names another, and "she" and "her" are two people.
    const [subject, object] = gender === "she" ? ["[Ss]he", "her"] : ["[Hh]e", "him"];
    if (new RegExp(`\\b${subject} (?:\\w+ )?(?:named|called|nicknamed|christened|dubbed|renamed|knew) ${object}\\b`).test(sentence)) continue;
    const givens = [...new Set(own.map((n) => n.given))];
    for (const other of givens.slice(1)) pairs.push([givens[0]!, other]);
    const person = personMeant(sentence, own, gender, namings);
    if (person) pairs.push([person, givens[0]!]);
  }
  return pairs;
}

const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|across|of|for|on|by|with|through|towards?)\s+$/i;
const GENDERED_TITLE: Record<string, Gender> = { Mr: "he", Sir: "he", King: "he", Lord: "he", Prince: "he", Emperor: "he", Duke: "he", Mrs: "she", Ms: "she", Miss: "she", Lady: "she", Queen: "she", Princess: "she", Empress: "she", Duchess: "she" };

/**
 * The one name in the sentence a naming pronoun can mean ("In 1790 Ada Pell married Tomas Crane, and she became known as Mira"):
 * before the pronoun, not given in the sentence, not a place (after "in", "to" …), not of the other sex by its title or its
 * given name, with no word for a person of the pronoun's sex before it ("her mother"). For "called her Roz", the clause that
 * names her must not hold the name: "Ada called her Roz" names someone else.
 */
function personMeant(sentence: string, own: Naming[], gender: Gender, namings: Naming[]): string | null {
  const first = Math.min(...own.map((n) => n.at));
  const before = sentence.slice(0, first);
  const givens = new Set(namings.map((n) => n.given));
  const candidates: string[] = [];
  const nameWords = new Set(tagged(sentence).filter((t) => t.tags?.some((x) => x === "ProperNoun" || x === "Person")).map((t) => t.text.replace(/[^\p{L}'’-]/gu, "")));
  for (const m of before.matchAll(new RegExp(NAME, "g"))) {
    const name = nameOf(m[0]);
    // The tagger reads it as a name in the sentence: a common word opening it ("Together, they named her Roz", "Locals
    // knew him …") is none.
    if (name && !nameWords.has(name.split(" ")[0]!)) continue;
    if (!name || givens.has(name) || PLACE_BEFORE.test(before.slice(0, m.index)) || lookupEntry(name) || MONTH.test(name) || isPeopleWord(name)) continue;
    const title = GENDERED_TITLE[name.split(" ")[0]!];
    const tags = tagged(`${name} came.`)[0]?.tags ?? [];
    const sex = title ?? (tags.includes("MaleName") ? "he" : tags.includes("FemaleName") ? "she" : null);
    if (sex && sex !== gender) continue;
    if (!candidates.includes(name)) candidates.push(name);
  }
  if (candidates.length !== 1) return null;
  const person = candidates[0]!;
  if (before.split(/\s+/).some((w) => /^[a-z]/.test(w) && personWordFor(w.replace(/[^\w'’-]/g, ""), gender))) return null;
  if (own.some((n) => "pronoun" in n.anchor && n.anchor.object && sentence.slice(0, n.at).split(/[,;]/).pop()!.includes(person))) return null;
  return person;
}
