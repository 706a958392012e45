import { MONTHS as MONTH_ALTERNATION } from "../generation/months";
import { isCommonWord } from "../generation/common-word";
import { romanValue, TITLE_WORDS } from "../generation/titles";
/** Typed answers are compared after normalising: case, accents, punctuation, articles, number words. */

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** "Twenty-one" -> "21"; other words are left alone. */
function numberWordsToDigits(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const parts = w.split("-");
    if (parts.every((p) => p in NUMBER_WORDS)) {
      out.push(String(parts.reduce((sum, p) => sum + NUMBER_WORDS[p]!, 0)));
    } else {
      out.push(w);
    }
  }
  return out;
}

/**
 * Characters that show nothing: format characters (zero-width space and
 * joiners, soft hyphen, BOM, direction marks, word joiner…), controls, and the
 * blank "letters" (Hangul fillers, braille blank) that pass for text.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\u034F\u115F\u1160\u17B4\u17B5\u180E\u2800\u3164\uFFA0]/gu;

/**
 * A typed answer as stored and graded: Unicode NFKC (full-width and
 * compatibility forms folded), invisible characters removed, white space
 * collapsed and trimmed. An answer that is empty after this is no answer.
 */
export function cleanTypedAnswer(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[\t\n\r\v\f]/g, " ")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim();
}

const MONTHS = MONTH_ALTERNATION.toLowerCase();
// A year, with its era where it has one ("1918", "44 bc", "79 ad": eras are written one way by now, see oneEra).
const YEAR = "(\\d{1,4}(?: bc| ad)?)";
// "april 1 1918", "april 1st 1918", "1st of april 1918", "june 6" (commas already gone): one date in the orders people write it.
const MONTH_DAY = new RegExp(`^(${MONTHS}) (\\d{1,2})(?:st|nd|rd|th)?(?: ${YEAR})?$`);
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTHS})(?: ${YEAR})?$`);

/** A date of day and month (and year) in either order comes out as "1 april 1918", so "April 1, 1918" and "1 April 1918" are one answer. */
function oneDateOrder(text: string): string {
  const md = MONTH_DAY.exec(text);
  const dm = md ? null : DAY_MONTH.exec(text);
  if (!md && !dm) return text;
  const [day, month, year] = md ? [md[2]!, md[1]!, md[3]] : [dm![1]!, dm![2]!, dm![3]];
  return [Number(day), month, year].filter((part) => part !== undefined).join(" ");
}

const ERA = "(b c e|b c|bce|bc|a d|c e|ad|ce)";
const ERA_AFTER = new RegExp(`\\b(\\d+|\\d+(?:st|nd|rd|th) century) ${ERA}\\b`, "g");
// Before the number only where a year or date starts ("AD 79", "24 August AD 79"), so "ad campaigns" stays.
const ERA_BEFORE = new RegExp(`(^|\\b(?:${MONTHS}|\\d{1,2}) )${ERA} (\\d+)\\b`, "g");
const ERA_NAME = (era: string) => (/^b/.test(era.replace(/ /g, "")) ? "bc" : "ad");

/**
 * One way to write a year's era: "B.C.", "BCE", "BC 44" -> "44 bc"; "A.D. 79", "AD 79", "79 CE" -> "79 ad". A bare year
 * stays bare: a key's "1200" may sit before a "BC" its stem prints, so an era is never added or dropped.
 */
function oneEra(text: string): string {
  return text
    .replace(ERA_BEFORE, (_, before: string, era: string, year: string) => `${before}${year} ${ERA_NAME(era)}`)
    .replace(ERA_AFTER, (_, year: string, era: string) => `${year} ${ERA_NAME(era)}`);
}

/** "u s s r navy" -> "ussr navy": a run of two or more single letters is one abbreviation. */
function joinSingleLetters(text: string): string {
  return text.replace(/\b[a-z](?: [a-z]\b)+/g, (run) => run.replace(/ /g, ""));
}

export function normalizeAnswer(raw: string): string {
  const words = cleanTypedAnswer(raw)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/(\d),(\d{3})/g, "$1$2")
    .replace(/[^a-z0-9\s-]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  // Letters typed one by one ("U.S.S.R.", "J.R.R.") are one word, so full stops never cost a typo. The era first: the
  // "a" of "A.D. 79" is no article.
  const dated = oneEra(joinSingleLetters(numberWordsToDigits(words).join(" "))).split(" ");
  const digits = dated.filter((w, i) => !(i === 0 && ["the", "a", "an"].includes(w)));
  return oneDateOrder(digits.join(" ").replace(/-/g, " ").replace(/\s+/g, " ").trim());
}

/** Edit distance, bounded: stops early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How typed answers are graded, in a teacher's words (review sheets print it; keep it beside the rules it describes). */
export const TYPED_GRADING_RULES =
  "Typed answers are graded leniently: case, accents, punctuation and a leading \"the/a/an\" are ignored; number words equal digits; a date of day and month (with or without its year or era) is taken in either order; AD and CE are one era, as are BC and BCE, written before or after the year, with or without full stops (a year typed without its era does not match one with it); one typo is forgiven from six letters, two from ten (none inside an acronym of the accepted answer: letters with full stops or single capitals spaced apart, a person's initials among them, and a word of two to five capitals beside lower-case words, or in an answer written all in capitals one of two or three letters that is no common English word: \"PAC Youth League\" is not \"ANC Youth League\" or \"ANC YOUTH LEAGUE\", \"E. J. Marsh\" is not \"E. J. R. Marsh\", and \"U.S.S.R.\" and \"U S S R\" are \"USSR\"; how the student types, in capitals or not, changes nothing; none in answers with digits, none in a ruler's number: \"Thutmose II\" is not \"Thutmose III\", which may also be typed \"Thutmose 3\", as \"Philip II of Spain\" may be typed \"Philip 2 of Spain\").";

/** Typos forgiven: none for short answers or anything with digits, one from 6 letters, two from 10. */
export function typoAllowance(normalizedKey: string): number {
  if (/\d/.test(normalizedKey)) return 0;
  const letters = normalizedKey.replace(/\s/g, "").length;
  if (letters >= 10) return 2;
  if (letters >= 6) return 1;
  return 0;
}

/**
 * A ruler's number in a normalised answer, at the end or before "of <place>" ("thutmose iii", "leo 10", "philip ii of
 * spain"), split off with its value: the name keeps the words around it ("philip of spain"). Null where no numeral
 * follows a name. Figures count only where the other side has a Roman numeral.
 */
function regnalNumber(normalized: string, figures: boolean): { name: string; value: number } | null {
  const m = / ([ivx]+|\d{1,2})(?=$| of [a-z])/.exec(normalized);
  if (!m) return null;
  const value = /\d/.test(m[1]!) ? (figures ? Number(m[1]) : 0) : romanValue(m[1]!);
  return value > 0 ? { name: normalized.slice(0, m.index) + normalized.slice(m.index + m[0].length), value } : null;
}

/** One typed answer against one accepted answer, normalised. */
function matchesOne(t: string, k: string): boolean {
  if (k === t) return true;
  // "Thutmose II" is another ruler than "Thutmose III": the number is never forgiven as a typo, nor added or dropped.
  // Only the name before it is ("Tutmose III"), and the number may be typed in figures ("Thutmose 3").
  const key = regnalNumber(k, false);
  const answer = regnalNumber(t, key !== null);
  if (key || answer) return key !== null && answer !== null && key.value === answer.value && matchesOne(answer.name, key.name);
  return editDistance(t, k, typoAllowance(k)) <= typoAllowance(k);
}

const TITLES = new Set(TITLE_WORDS.map((title) => title.toUpperCase()));

/**
 * The acronyms an accepted answer holds, normalised ("ANC's Youth League" -> ["anc"], "U.S. Army" and "U S Army" -> ["us"],
 * "AT&T Tower" -> ["at t"]). One letter apart, an acronym is another body ("PAC" is not "ANC"), so a typo is never forgiven
 * inside one. Letters with full stops or single capitals spaced apart are one, a person's initials too ("E. J. R. Marsh":
 * "E. J. Marsh" may be another person). In a key with lower-case letters, so is a word of two to five capitals; in a key
 * written all in capitals ("ANC YOUTH LEAGUE"), such a word only where the word list knows it as no common word ("ANC",
 * not "YOUTH"). A longer word in capitals ("Operation BARBAROSSA") is a word, and so is a title ("KING Duncan"); a ruler's
 * number ("Philip II of Spain") is read by regnalNumber. Only the key is read: how a student types ("Thomas PAIN") says
 * nothing of acronyms.
 */
function acronymsOf(key: string): string[] {
  const clean = cleanTypedAnswer(key);
  const allCapitals = !/[a-z]/.test(clean.replace(/['’]s\b/g, ""));
  // "U S S R Navy" and "U. S. Army" are "U.S.S.R. Navy" and "U.S. Army": spaced initials are one word, as dotted ones are.
  const words = clean.replace(/\b[A-Z]\.?(?: [A-Z]\b\.?)+/g, (run) => `${run.replace(/[ .]/g, "").split("").join(".")}.`).split(" ");
  return words.flatMap((word, i) => {
    const bare = word.replace(/['’]s$/, "").replace(/[,;:!?)]+$/, "");
    const letters = bare.replace(/[.&]/g, "");
    const dotted = /^(?:[A-Z]\.){2,}[A-Z]?\.?$/.test(bare);
    // In a key all in capitals only a word of two or three letters can be told for an acronym ("US", "ANC"): the word list
    // lacks many names and nouns ("ROSA", "MILL"), whose typos ("Roza Parks", "Old Mil Road") keep their allowance.
    if (!dotted && (!/^[A-Z]{2,5}$/.test(letters) || (allCapitals && !bare.includes("&") && (letters.length > 3 || isCommonWord(letters))))) return [];
    if (TITLES.has(letters)) return [];
    if (i > 0 && /^[IVX]+$/.test(letters) && romanValue(letters)) return [];
    return [normalizeAnswer(bare.replace(/&/g, " & ")) || letters.toLowerCase()];
  });
}

/** The normalised answer writes the acronym itself, in any case, with or without full stops, "&" or a possessive "'s". */
function typesAcronym(normalized: string, acronym: string): boolean {
  const padded = ` ${normalized} `;
  return [acronym, acronym.replace(/ /g, "")].some((form) => padded.includes(` ${form} `) || padded.includes(` ${form}s `));
}

/**
 * Does a typed answer match any accepted answer? An exact match (after normalising) first; then a near one, where every
 * acronym the accepted answer holds is written by the student too.
 */
export function matchesTypedAnswer(typed: string, accepted: string[]): boolean {
  const t = normalizeAnswer(typed);
  if (!t) return false;
  const keys = accepted.map((a) => ({ a, k: normalizeAnswer(a) }));
  if (keys.some(({ k }) => k === t)) return true;
  return keys.some(({ a, k }) => acronymsOf(a).every((acronym) => typesAcronym(t, acronym)) && matchesOne(t, k));
}
