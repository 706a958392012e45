import { PERSON_NOUN as IDENTITY_PERSON_NOUN } from "./make-identity-questions";
import type { Sentence, Span } from "./types";

/**
 * "She …", "He …", "Her …", "His …" outside an article about one person (`markTitlePerson` answers those): the one
 * person the sentence before names, when nobody else could be meant. Called by `resolvePointers`.
 */

// Words for a person the sentence does not name: a "he" or "she" after them may mean them.
const PERSON_WORDS =
  "(?:mr|mrs|ms|miss|dr|sir|lady|lord|madame|monsieur|husband|wife|father|mother|son|daughter|brother|sister|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|friend|king|queen|prince|princess|emperor|empress|pharaoh|sultan|man|woman|boy|girl|officer|teacher|leader|ruler|servant|master|owner|lover|rival|partner|mentor|patron|guest|stranger|clerk|captain|soldier|priest|doctor|widow|widower|child|baby|neighbour|neighbor|employer|boss)s?";
const PERSON_NOUN = new RegExp(`\\b${PERSON_WORDS}\\b`, "i");
const PERSON_WORD = new RegExp(`^${PERSON_WORDS}$`, "i");

/** The pronouns of each gender, and any of them (matched all through a text). */
export const PERSON_PRONOUNS = { he: /\b(?:he|him|his|himself)\b/i, she: /\b(?:she|her|hers|herself)\b/i } as const;
export const PERSONAL_PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself)\b/gi;

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
    const m = /\b(?:he|him|his|himself)\b/i.test(s.text);
    const f = /\b(?:she|her|hers|herself)\b/i.test(s.text);
    if (m && !f) he++;
    if (f && !m) she++;
  });
  const result = he > 0 && she === 0 ? "he" : she > 0 && he === 0 ? "she" : null;
  memo.set(name, result);
  return result;
}
