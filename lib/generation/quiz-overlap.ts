import { escapeRegExp } from "./find-spans";
import type { GeneratedQuestion } from "./types";

/**
 * The forms in which one question's key can show in another question: as
 * written, its number in figures or in words ("nine" / "9"), and inside a
 * hyphenated compound ("a six-week blockade" shows "six weeks").
 */

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** Lower-case forms of a key a reader would recognise: "nine" and "9"; "5,000" and "5000". */
export function keyForms(key: string): string[] {
  const lower = key.toLowerCase();
  const forms = new Set([lower]);
  // An empty key, or one opening with a space, has no first word to read as a number.
  const head = /^(\S+)(.*)$/.exec(lower);
  if (!head) return [...forms];
  const asWord = NUMBER_WORDS.indexOf(head[1]!);
  if (asWord >= 0) forms.add(`${asWord}${head[2]}`);
  const digits = head[1]!.replace(/,/g, "");
  if (/^\d+$/.test(digits)) {
    forms.add(`${digits}${head[2]}`);
    if (Number(digits) < NUMBER_WORDS.length) forms.add(`${NUMBER_WORDS[Number(digits)]}${head[2]}`);
  }
  return [...forms];
}

/**
 * A pattern for every form, each a whole word. A number may open a hyphenated compound ("six-week",
 * "5,000-kilometre"); any other key must stand alone ("Varn" is not shown by "Varn-era" in the same way a name is not by its adjective).
 */
export function formsPattern(key: string, forms = keyForms(key)): RegExp {
  const numeric = forms.some((f) => /^\d/.test(f));
  const parts = forms.map((f) => {
    // "six weeks" is shown by "six-week": the unit after the number may be joined by a hyphen and lose its plural.
    const m = /^(\S+) ([a-z]+?)s?$/.exec(f);
    return numeric && m ? `${escapeRegExp(m[1]!)}(?:[ -]${escapeRegExp(m[2]!)}s?)?` : escapeRegExp(f);
  });
  // ("three-quarters" is another number, not "three".)
  return new RegExp(`(?<![\\w-])(?:${parts.join("|")})(?![\\w]${numeric ? "|-(?:quarters?|thirds?|fifths?|halve?s?|tenths?)\\b" : "|-"})`, "i");
}

const stripEnd = (text: string) => text.replace(/[.!?]$/, "").toLowerCase();

/** A statement whose sentence another question shows whole (as its context, or as the same true sentence): it is settled by reading. */
export function sentenceShown(statement: GeneratedQuestion, other: GeneratedQuestion): boolean {
  if (statement.type !== "TRUE_FALSE" || other.type === "ORDERING" || other.type === "MATCHING") return false;
  const sentence = stripEnd(statement.source.sentence);
  if (sentence.split(/\s+/).length < 5) return false;
  const shown = other.prompt.toLowerCase();
  // A cloze of the same sentence shows it with one gap: it settles every other part of the statement.
  if (other.source.start === statement.source.start && other.type !== "TRUE_FALSE") return true;
  return shown.includes(sentence) && !(other.type === "TRUE_FALSE" && other.source.start === statement.source.start);
}

/** A multiple-choice question whose options include a typed question's answer. */
export function typedKeyOffered(choice: GeneratedQuestion, typed: GeneratedQuestion): boolean {
  // Only names: the parts or terms an explanatory article lists are offered by many of its questions by design, and the
  // article's own years are fair options beside each other (a typed year among four years seen elsewhere is still recall).
  if (choice.type !== "MULTIPLE_CHOICE" || typed.type !== "FILL_BLANK") return false;
  // A typed "one of the hardships …" accepts every member of its list; a choice offering one of them as a wrong
  // option answers it.
  if (typed.keyKind === "category" && typed.answerKey.kind === "text") {
    // (An option may carry an article the list did not: "The understory" among the layers is the member "understory".)
    const bare = (text: string) => text.replace(/^(?:the|a|an) /i, "").toLowerCase();
    const accepted = typed.answerKey.accepted.map(bare);
    return choice.options.some((o) => o.text !== choice.answerText && accepted.includes(bare(o.text)));
  }
  if (typed.keyKind !== "name") return false;
  const forms = keyForms(typed.answerText);
  return choice.options.some((o) => o.text !== choice.answerText && forms.includes(o.text.toLowerCase()));
}

// Words that say what kind of thing a name is; the other word of the name is what identifies it.
const KIND_WORD = /^(?:Dynasty|Empire|Kingdom|Republic|Fort|Castle|River|Lake|Mount|Mountains?|Sea|Ocean|Bay|Island|Islands|University|College|Church|Cathedral|Palace|Temple|Bridge|Canal|Street|Square|Park|Valley|Desert|Strait|Gulf|Cape|City|County|Province|State|Army|Navy|Company|Party|Council|Treaty|Battle|War|Siege|Plague|Revolution|Movement|Museum|Library|Tower|Wall|Gate|Harbour|Harbor|Port|The|of|the|and|de|van|von)$/;

/**
 * The word that identifies a multi-word name key ("Varn" in "Varn Dynasty", "Okafor" in "Ada Okafor"),
 * or null when every word is needed ("Osric II" beside "Osric III") or the key is not a name.
 */
export function identifyingWord(key: string, person: boolean): string | null {
  const words = key.split(/\s+/);
  // "Osric II" beside "Osric III", "East Germany" beside "Germany", "New York" beside "York": every word is needed.
  if (words.length < 2 || words.some((w) => /^(?:[IVX]+|\d+|North|South|East|West|Northern|Southern|Eastern|Western|New|Old|Upper|Lower|Great|Little|Greater|Central)$/.test(w))) return null;
  const telling = words.filter((w) => /^[A-Z][a-z'’-]{3,}$/.test(w) && !KIND_WORD.test(w));
  // A named thing is known by its one word that is not its kind ("Varn" of "Varn Dynasty"); a person by the surname.
  if (!person) return telling.length === 1 && words.length === 2 ? telling[0]! : null;
  const surname = words[words.length - 1]!;
  return telling.includes(surname) ? surname : null;
}

// Kept between calls (one quiz compares many pairs) but bounded: a server sees article after article.
const wordPatterns = new Map<string, RegExp>();
const MAX_WORD_PATTERNS = 5000;

/** How many identifying-word patterns are kept (for the test of the bound). */
export const wordPatternCount = (): number => wordPatterns.size;

/** Another question's stem or options show the word that identifies this question's name key. */
export function identifyingWordShown(q: GeneratedQuestion, other: GeneratedQuestion): boolean {
  if (q.type === "TRUE_FALSE" || q.type === "ORDERING" || q.type === "MATCHING" || q.keyKind !== "name") return false;
  const word = identifyingWord(q.answerText, q.spanType === "PERSON");
  if (!word) return false;
  // "Kennedy Space Center" names a place, not the person: the word inside another name does not count.
  let re = wordPatterns.get(word);
  if (!re) {
    if (wordPatterns.size >= MAX_WORD_PATTERNS) wordPatterns.clear();
    wordPatterns.set(word, (re = new RegExp(`(?<![\\w-])${escapeRegExp(word)}(?![\\w]| [A-Z])`)));
  }
  return re.test(other.prompt) || other.options.some((o) => o.text !== other.answerText && re.test(o.text));
}

/** Two date keys, one inside the other ("1931" and "May 1931"): whoever answers the longer has the shorter. */
export function nestedDates(a: GeneratedQuestion, b: GeneratedQuestion): boolean {
  if (a.keyKind !== "date" || b.keyKind !== "date") return false;
  // A statement's fact is the date it was built on (a false one shows another date in its place).
  const fact = (q: GeneratedQuestion) => (q.type === "TRUE_FALSE" ? q.source.sentence.slice(q.source.answer.start - q.source.start, q.source.answer.end - q.source.start) : q.answerText).toLowerCase();
  const [x, y] = [fact(a), fact(b)];
  if (x === y) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  // (Plain string search, no pattern: this is asked for many pairs of candidates.)
  const at = long.indexOf(short);
  if (at >= 0 && !/\w/.test(long.charAt(at - 1)) && !/\w/.test(long.charAt(at + short.length))) return true;
  return yearWithin(x, y) || yearWithin(y, x);
}

/**
 * "1871" lies in "19th century" and in "1870s": a year asked beside its century or decade answers it (its options, all of
 * the 1860s and 1870s, say which century too). Eras are compared only where both keys give one.
 */
function yearWithin(span: string, year: string): boolean {
  const y = /^(?:ad )?(\d{1,4})(?: (bce?|ad|ce))?$/.exec(year);
  if (!y) return false;
  const value = Number(y[1]);
  const century = /^(\d{1,2})(?:st|nd|rd|th) century(?: (bce?|ad|ce))?$/.exec(span);
  if (century) return Math.floor((value - 1) / 100) + 1 === Number(century[1]) && (!century[2] || !y[2] || century[2].startsWith("bc") === y[2].startsWith("bc"));
  const decade = /^(\d{3})0s$/.exec(span);
  return Boolean(decade) && y[1]!.length === 4 && y[1]!.slice(0, 3) === decade![1];
}
