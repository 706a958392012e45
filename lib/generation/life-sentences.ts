import { IRREGULAR_PAST } from "./finite-verb";
import { TITLE_SEPARATOR } from "./find-title-person";
import { MONTHS } from "./months";
import { KIN } from "./named-entities";
import { ofOtherSex } from "./question-stems";
import { LEXICON } from "./tag-without-chunks";

/**
 * The ways an article states when a person was born or died, read for fair-life-dates. Judges failed a deed's year
 * offered with the doer's own birth and death years as wrong options, where the life was written in a form the older
 * reader missed: a bracket of whole dates ("(3 March 1820 – 9 May 1890)"), a relative clause ("X, who was born in 1820
 * and died in 1890, …"), an opening participle ("Born in 1820, X …"), or "She was born …" right after the sentence that
 * names her. Each reader returns the name as written; the caller decides whether it names a person.
 */

export interface LifeStatement {
  name: string;
  birth: number | null;
  death: number | null;
}

// A year of the common era, or one before it counted down ("1507 BC", "44 BCE", "c. 850 B.C."): read by yearOf.
const BC = String.raw`(?:BCE?\b|B\.C\.(?:E\.)?)`;
const YEAR = String.raw`(\d{1,4} ?${BC}|(?:1\d{3}|20\d{2})\b(?! ?${BC}))`;
const BC_MARK = new RegExp(BC);
const NAME = String.raw`[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}`;
// A date's day and month before its year ("3 March ", "March 3, ", "March "), and a hedge ("c. ", "around ").
const DAY = String.raw`(?:\d{1,2} (?:${MONTHS}) |(?:${MONTHS}) \d{1,2}, |(?:${MONTHS}) )?`;
const ABOUT = String.raw`(?:c\. ?|ca\. ?|circa |about |around )?`;
// "Galileo Galilei (1564–1642)", "(3 March 1820 – 9 May 1890)", "(c. 1822 – March 10, 1913)", "(born 1820 – died 1890)".
const SPAN_BRACKET = new RegExp(String.raw`\b(${NAME}) \((?:born |b\. )?${ABOUT}${DAY}${YEAR}\s*[–-]\s*(?:died |d\. )?${ABOUT}${DAY}${YEAR}\)`, "g");
// "(born 1820)", "(died 9 May 1890)": one end of the life, named as such (a bare "(1820)" may date a work).
const END_BRACKET = new RegExp(String.raw`\b(${NAME}) \((born|b\.|died|d\.) ${ABOUT}${DAY}${YEAR}\)`, "g");
// "X was born …", "X, who was born …": the birth year within the clause (an abbreviation's full stop does not end it; a
// new clause does: "was born near Arn, and by 1850 she ran the mill", "was born in Arn and moved to Brill in 1850").
const CLAUSE_AFTER_BIRTH = String.raw`, (?:and|but|where)\b| and (?:[a-z]+ed|${IRREGULAR_PAST})\b`;
const BORN_AFTER = String.raw`(?:was|had been) born\b(?:(?!${CLAUSE_AFTER_BIRTH})[^.;]|(?<=\b(?:St|Mt|Ft|Dr|c))\.){0,90}?\b${YEAR}`;
const BORN = new RegExp(String.raw`^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}),? (?:who )?${BORN_AFTER}`);
// "Born in Valmera in 1820, Rosa Delgado became …": the name after the participle's clause is its subject.
// ("Born in Arn in 1822, Otto Brand's daughter …": the daughter's birth, not his.)
const BORN_OPENING = new RegExp(String.raw`^Born\b[^.;]{0,90}?\b${YEAR}[^.;]{0,60}?, (${NAME})(?<!['’]s) [a-z]`);
// "X died in 1890", "X, who died on 9 May 1890, …".
const DIED = new RegExp(String.raw`\bdied\b[^.;]{0,80}?\b(?:in|on)\s+(?:\d{1,2} )?(?:[A-Z][a-z]+ )?(?:\d{1,2}, )?${YEAR}`);
const DIED_BY_NAME = new RegExp(String.raw`^(${NAME}),? (?:who )?${DIED.source.slice(2)}`);
// Before "died": another person whose death it is ("X, whose husband died in 1850", "X outlived her son, who died …").
// ("X visited the grave of a friend who died in 1860": a relative clause on a common noun is someone else's.)
const ANOTHER_DEATH = new RegExp(`\\b[Ww]hose\\b|\\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:${KIN})s?\\b|\\b[a-z]+,? (?:who|that) (?:had |later |then )?$`);
const PRONOUN_BORN = new RegExp(String.raw`^(He|She),? ${BORN_AFTER}`);
const PRONOUN_DIED = new RegExp(String.raw`^(He|She),? ${DIED.source.slice(2)}`);
const PRONOUN_KIN = new RegExp(`\\b(?:${KIN})s?\\b`, "i");

/**
 * A year as a number on one line of time: one before the common era is negative ("1507 BC" -> -1507), so a later year is
 * always the larger (a deed after a birth in 1507 BC is in 1480 BC, -1480). (No year 0: a life across the turn of the
 * era reads one year long, which no rule here is fine enough to mind.)
 */
export function yearOf(text: string): number {
  const n = Number(/\d+/.exec(text)?.[0]);
  return BC_MARK.test(text) ? -n : n;
}

/** The death year a sentence gives its subject, unless the death told is another's. */
export function deathIn(sentence: string): number | null {
  const death = DIED.exec(sentence);
  if (!death || ANOTHER_DEATH.test(sentence.slice(0, death.index))) return null;
  return yearOf(death[1]!);
}

/** The lives a sentence states of a person it names: brackets, "X was born …", "Born in …, X …", "X died in …". */
export function namedLifeStatements(sentence: string): LifeStatement[] {
  const out: LifeStatement[] = [];
  for (const m of sentence.matchAll(SPAN_BRACKET)) {
    // ("(1507 – 1458 BC)": the era written once, after the death, holds for the birth too.)
    const death = yearOf(m[3]!);
    const birth = death < 0 && !BC_MARK.test(m[2]!) ? -yearOf(m[2]!) : yearOf(m[2]!);
    out.push({ name: m[1]!, birth, death });
  }
  for (const m of sentence.matchAll(END_BRACKET)) {
    const born = m[2]!.startsWith("b");
    out.push({ name: m[1]!, birth: born ? yearOf(m[3]!) : null, death: born ? null : yearOf(m[3]!) });
  }
  const trimmed = sentence.trim();
  const born = BORN.exec(trimmed);
  // (The same clause may go on to the death: "X, who was born in 1820 and died in 1890, …".)
  if (born) out.push({ name: born[1]!, birth: yearOf(born[2]!), death: deathIn(trimmed.slice(born[0].length)) });
  const opening = BORN_OPENING.exec(trimmed);
  if (opening) out.push({ name: opening[2]!, birth: yearOf(opening[1]!), death: null });
  const died = DIED_BY_NAME.exec(trimmed);
  if (died && !ANOTHER_DEATH.test(died[0])) out.push({ name: died[1]!, birth: null, death: yearOf(died[2]!) });
  return out;
}

// (Its " and " too: "Lewis and Clark" names no one person.)
const TITLE_NAME_END = new RegExp(`${TITLE_SEPARATOR.source}|\\s+and\\s+`);

/** The person a title names: its words before a colon, a dash or " and ", when they are one to three name words. */
export function titlePersonName(title: string): string | null {
  const head = title.split(TITLE_NAME_END)[0]!.trim();
  return /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}$/.test(head) ? head : null;
}

/**
 * "She was born in Maryland around 1822." / "He died there in 1890.": the life of the one person the sentence before
 * names, where nobody else is in sight: no kin in either sentence ("Her father, …"), and of several names there, only
 * the article's title person, when the pronoun is the one the article uses throughout. `isName` tells a person's
 * name from a place's or a body's; `known` are the people whose lives the article has already told, each with the
 * single words that name them alone ("Delgado wrote … She died in 1890").
 */
export function pronounLifeStatement(
  sentence: string,
  previous: string | undefined,
  titleName: string | null,
  dominant: "He" | "She" | null,
  isName: (name: string) => boolean,
  known: { name: string; short: string[] }[] = [],
): LifeStatement | null {
  if (!previous) return null;
  const trimmed = sentence.trim();
  const born = PRONOUN_BORN.exec(trimmed);
  const died = born ? null : PRONOUN_DIED.exec(trimmed);
  const found = born ?? died;
  if (!found || PRONOUN_KIN.test(previous) || ANOTHER_DEATH.test(found[0])) return null;
  const names = new Set([...previous.matchAll(new RegExp(NAME, "g"))].map((m) => m[0]).filter(isName));
  const titled = titleName !== null && isName(titleName) && new RegExp(`\\b${titleName}\\b`).test(previous);
  if (titled) names.add(titleName);
  for (const life of known) if ([life.name, ...life.short].some((n) => new RegExp(`\\b${n}\\b`).test(previous))) names.add(life.name);
  // ("Rosa Delgado" and the "Delgado" of her life are one person.)
  for (const n of names) if ([...names].some((m) => m !== n && m.split(" ").includes(n))) names.delete(n);
  let name: string | null = null;
  // (One other person named, whose first name is of the other sex, "… designed by Otto Brand. She was born …", is not
  // whom the pronoun means: nor, unnamed, is it surely the title person.)
  if (names.size === 1 && !(found[1] !== undefined && [...names][0] !== titleName && firstNameOfOtherSex([...names][0]!, found[1]))) name = [...names][0]!;
  else if (titled && dominant === found[1]) name = titleName;
  // The title person of an article that calls her "she" throughout is never the "he" of the next sentence.
  if (!name || (name === titleName && dominant !== null && dominant !== found[1])) return null;
  const year = yearOf(found[2]!);
  return { name, birth: born ? year : null, death: born ? deathIn(trimmed.slice(found[0].length)) : year };
}

/** A name whose first name the word list gives only to the other sex than the pronoun's ("Otto" for "She"). */
function firstNameOfOtherSex(name: string, pronoun: string): boolean {
  const first = name.split(" ")[0]!;
  const tag = LEXICON[first.toLowerCase()];
  return ofOtherSex(first, pronoun, tag ? [tag] : []);
}

// "In 1879 she married …", "As a girl, she rowed …", "She took charge of the light in 1884": the pronoun is the subject.
const PRONOUN_SUBJECT = /^(?:(?:In|On|By|During|Later|Then|Afterwards|After|As|When|Early|Late|Soon|Eventually)\b[^,;.]{0,50}?,? )?([Hh]e|[Ss]he) [a-z]/;

/**
 * A sentence whose subject is the article's title person by the article's own pronoun ("In 1879 she married …" in a life
 * story told of "her" throughout), so its years are the person's deeds: the sentence before names nobody else (no other
 * name, no kin), who could be the one meant.
 */
export function titlePersonDeed(sentence: string, previous: string | undefined, life: { name: string; short: string[] }, dominant: "He" | "She" | null, isName: (name: string) => boolean): boolean {
  const pronoun = PRONOUN_SUBJECT.exec(sentence.trim())?.[1];
  if (!previous || !dominant || pronoun?.toLowerCase() !== dominant.toLowerCase() || PRONOUN_KIN.test(previous)) return false;
  const own = [life.name, ...life.short];
  return ![...previous.matchAll(new RegExp(NAME, "g"))].some((m) => isName(m[0]) && !own.some((n) => m[0].includes(n)));
}
