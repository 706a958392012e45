import { withoutAdditionWords, withoutLeadingConnective } from "./check-context";
import { isFragment, opensWithVerb } from "./check-stems";
import { escapeRegExp } from "./find-spans";
import { lowerUnlessName } from "./make-cause-questions";
import { isPersonWord, PERSON_PRONOUNS, PERSONAL_PRONOUN } from "./resolve-person-pronouns";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence, Span } from "./types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface DatedEvent {
  sentence: Sentence;
  date: Span;
  /** The sentence without its date, cut to its main clause: what happened. */
  text: string;
  /** The date as an interval of months since year 0, for ordering and overlap checks. */
  from: number;
  to: number;
}

/**
 * A date as an interval of months since year 0 ("1880s" ten years, "1800s" and "19th century" a hundred), or null
 * when it cannot be read (a date before the common era among them). Only its type and text are read.
 */
export function interval(span: Pick<Span, "type" | "text">): [number, number] | null {
  if (/\b(?:BCE?|B\.C\.)/.test(span.text)) return null;
  if (span.type === "CENTURY") {
    const century = Number(/^(\d{1,2})(?:st|nd|rd|th)/.exec(span.text)?.[1]);
    return Number.isFinite(century) ? [((century - 1) * 100 + 1) * 12, century * 100 * 12 + 11] : null;
  }
  const year = Number(/\d{4}/.exec(span.text)?.[0]);
  if (!Number.isFinite(year)) return null;
  if (span.type === "YEAR") return [year * 12, year * 12 + 11];
  // "the 1800s" reads as the whole century as often as its first decade: the wider reading, so no overlap is missed.
  if (span.type === "DECADE") return [year * 12, (year + (/00s$/.test(span.text) ? 99 : 9)) * 12 + 11];
  if (span.type === "MONTH_YEAR" || span.type === "FULL_DATE") {
    const month = MONTHS.findIndex((m) => span.text.includes(m));
    return month < 0 ? null : [year * 12 + month, year * 12 + month];
  }
  return null;
}

/** "… signed a treaty in 1919, which …" -> "… signed a treaty": the date phrase and trailing clauses go. */
function describe(sentence: Sentence, date: Span): string | null {
  // "closed before 1850", "by 1900", "until 1912": the date is a bound, not when the event happened, so it cannot place the event in order.
  // ("had divided the city since 1961" dates the start of what it says, and stays.)
  const before = sentence.text.slice(0, date.start - sentence.start);
  if (/\b(?:before|after|by|until|till|prior to)\s+(?:the\s+)?(?:(?:early|late)\s+|mid-)?$/i.test(before)) return null;
  if (dateInLaterClause(before)) return null;
  const datePhrase = new RegExp(`\\s*,?\\s*\\b(?:in|on|since|by|during|from|until|of|around)?\\s*(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?${escapeRegExp(date.text)}`, "i");
  let text = sentence.text.replace(datePhrase, " ").replace(/\s+/g, " ").trim();
  text = text.replace(/^,\s*/, "").replace(/\s+,/g, ",").replace(/,\s+(which|where|who|when|while|officially|although)\b.*$/i, "").replace(/[.;,]+$/, "").trim();
  // Words that point to the sentence before ("By contrast", "also") go; an item left without a subject ("Came a second …") is no event.
  text = withoutLeadingConnective(withoutAdditionWords(text.charAt(0).toUpperCase() + text.slice(1)));
  if (opensWithVerb(text) || isFragment(`${text}.`)) return null;
  // A clause that opens with "When …" or "After …" no longer reads as an event without its date.
  if (/^(When|After|Before|Although|As|While|Until|Since|By|In|On|During|At|From|Around|Between)\b/.test(text)) return null;
  if (text.split(/\s+/).length < 4 || text.length > 150 || /\b\d{3,4}s?\b/.test(text)) return null;
  return text;
}

type Gender = "he" | "she";

// Words for a person of one gender ("her husband", "a fisherman", "the queen"); other person words ("a clerk") may be either.
const FEMALE_WORD = /^(?:wife|wives|mother|daughter|sister|aunt|niece|grandmother|queen|princess|empress|girl|nun|widow|lady|ladies|madame|mrs|ms|miss|heroine|goddess|[a-z]*wom[ae]n)s?$/;
const MALE_WORD = /^(?:husband|father|son|brother|uncle|nephew|grandfather|king|prince|emperor|boy|monk|widower|sir|lord|mr|monsieur|hero|god|(?!hu)[a-z]*m[ae]n)s?$/;

/** A common noun that may stand for a person of this gender: one of that gender, or a person word of either. */
function personWordFor(word: string, wanted: Gender): boolean {
  const w = word.toLowerCase();
  if (FEMALE_WORD.test(w)) return wanted === "she";
  if (MALE_WORD.test(w)) return wanted === "he";
  return isPersonWord(w) || isPersonWord(w.replace(/s$/, ""));
}

interface NameWord {
  word: string;
  /** "Ilse's brother": the name owns what follows, and a pronoun after it is as likely to be the owned person's. */
  possessive: boolean;
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
    if (run.index === 0 && lowerUnlessName(words[0]!, articleText) !== words[0]) words.shift();
    out.push(...words.map((word) => ({ word, possessive: Boolean(run[1]) })));
  }
  const comma = text.indexOf(", ");
  const opener = comma > at ? /^[A-Z][\w-]*(?: [A-Z][\w-]*)*/.exec(text.slice(comma + 2))?.[0] : undefined;
  if (opener && lowerUnlessName(opener.split(" ")[0]!, articleText) === opener.split(" ")[0]) out.push(...opener.split(" ").map((word) => ({ word, possessive: false })));
  return out;
}

/**
 * Whom a pronoun may stand for in the text alone: `binds` when a name of its gender (or of none the article gives), or a
 * person word that may be of its gender, stands before it (or opens the clause after its opening phrase); `opposed` when
 * a name of the other gender does.
 */
function readPronoun(text: string, at: number, wanted: Gender, genderOfWord: (word: string) => Gender | null, articleText: string): { binds: boolean; opposed: boolean } {
  const names = namesAround(text, at, articleText);
  const comma = text.indexOf(", ");
  const nouns = [...text.slice(0, at).matchAll(/\b[a-z]+\b/g), ...(comma > at ? [/^(?:the|a|an) ([a-z]+)/.exec(text.slice(comma + 2))].filter((m) => m !== null) : [])];
  const binds = names.some((n) => (genderOfWord(n.word) ?? wanted) === wanted) || nouns.some((m) => personWordFor(m[1] ?? m[0], wanted));
  const opposed = names.some((n) => !n.possessive && genderOfWord(n.word) !== null && genderOfWord(n.word) !== wanted);
  return { binds, opposed };
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
  for (const pronoun of text.matchAll(PERSONAL_PRONOUN)) {
    const wanted = PERSON_PRONOUNS.he.test(pronoun[0]) ? "he" : "she";
    if (!readPronoun(text, pronoun.index, wanted, genderOfWord, articleText).binds && !aboutWhom.includes(wanted)) return true;
  }
  return false;
}

/**
 * A "his" or "her" that only names of the other gender could stand for ("Ilse ran his office"): it stands for someone the
 * text does not name. Not when a name of its gender or of none known, or a person word of its gender, could be meant
 * ("Ilse's brother lost his job", "Ilse married a fisherman and moved into his house"), nor when no name is before it (a
 * statement may lean on the person the article is about).
 */
export function pronounAgainstNames(text: string, genderOfWord: (word: string) => Gender | null, articleText: string): boolean {
  for (const pronoun of text.matchAll(PERSONAL_PRONOUN)) {
    const wanted = PERSON_PRONOUNS.he.test(pronoun[0]) ? "he" : "she";
    const { binds, opposed } = readPronoun(text, pronoun.index, wanted, genderOfWord, articleText);
    if (opposed && !binds) return true;
  }
  return false;
}

/**
 * "The dockers struck, but they went back to work in 1911": the date belongs to the clause set against the one before, and the
 * item, cut to the whole sentence, would date the earlier clause too ("and she died in …" goes on from it, and stays).
 */
function dateInLaterClause(before: string): boolean {
  // ("Not only the king, but also the barons, sealed …" is one clause.)
  return /(?:,\s*(?:but|yet)\s(?!also\b)|;\s)/i.test(before);
}

/** Sentences that carry exactly one date, turned into events with non-overlapping dates. */
export function findDatedEvents(sentences: Sentence[], spansBySentence: Span[][]): DatedEvent[] {
  const events: DatedEvent[] = [];
  sentences.forEach((sentence, i) => {
    const dates = spansBySentence[i]!.filter((s) => s.type === "YEAR" || s.type === "MONTH_YEAR" || s.type === "FULL_DATE" || s.type === "DECADE");
    if (dates.length !== 1) return;
    const range = interval(dates[0]!);
    const text = describe(sentence, dates[0]!);
    if (!range || !text) return;
    events.push({ sentence, date: dates[0]!, text, from: range[0], to: range[1] });
  });
  // Keep events whose dates overlap no other's ("the 1950s" and "1956" cannot be ordered).
  const distinct = events.filter((e) => !events.some((o) => o !== e && o.from <= e.to && e.from <= o.to));
  const seen = new Set<string>();
  return distinct.filter((e) => !seen.has(e.text.toLowerCase()) && seen.add(e.text.toLowerCase()));
}

function sources(events: DatedEvent[]) {
  return [...events].sort((a, b) => a.sentence.start - b.sentence.start).map((e) => ({ sentence: e.sentence.text, start: e.sentence.start, end: e.sentence.end }));
}

/** Put three or four events in time order (each one's sentence is then spent on this question). */
export function makeOrdering(events: DatedEvent[], random: () => number, score: number, maxItems = 4): GeneratedQuestion | null {
  if (events.length < 3) return null;
  const chosen = shuffle(events, random).slice(0, maxItems);
  const inOrder = [...chosen].sort((a, b) => a.from - b.from);
  const ids = inOrder.map((_, i) => `e${i + 1}`);
  let shown = shuffle(ids, random);
  if (shown.join() === ids.join()) shown = [...ids].reverse();
  const textOf = new Map(inOrder.map((e, i) => [ids[i]!, e.text]));
  const first = [...chosen].sort((a, b) => a.sentence.start - b.sentence.start)[0]!;
  return {
    type: "ORDERING",
    prompt: "Put these events in the order they happened, earliest first.",
    options: shown.map((id) => ({ id, text: textOf.get(id)! })),
    answerKey: { kind: "order", itemIds: ids },
    answerText: inOrder.map((e) => `${e.text} (${e.date.text})`).join(" → "),
    source: { sentence: first.sentence.text, start: first.sentence.start, end: first.sentence.end, answer: { start: first.date.start, end: first.date.end } },
    sources: sources(chosen),
    spanType: first.date.type,
    keyKind: "event",
    score,
    confidence: 0.7,
  };
}

/** "The harbour had been run by merchants since the 1880s": the date opens a state that went on, not the time something happened. */
function datesAState(e: DatedEvent): boolean {
  return /\bsince\s+(?:the\s+)?(?:(?:early|late)\s+|mid-)?$/i.test(e.sentence.text.slice(0, e.date.start - e.sentence.start));
}

/** Match three or four events to their dates ("when it happened": a state dated by its start is no such event). */
export function makeMatching(all: DatedEvent[], random: () => number, score: number, maxItems = 4): GeneratedQuestion | null {
  const events = all.filter((e) => !datesAState(e));
  if (events.length < 3) return null;
  const chosen = shuffle(events, random).slice(0, maxItems);
  if (new Set(chosen.map((e) => e.date.text)).size !== chosen.length) return null;
  const left = chosen.map((e, i) => ({ id: `l${i + 1}`, text: e.text, side: "left" as const }));
  const right = shuffle(
    chosen.map((e, i) => ({ id: `r${i + 1}`, text: e.date.text, side: "right" as const })),
    random,
  );
  const pairs = Object.fromEntries(left.map((l, i) => [l.id, `r${i + 1}`]));
  const first = [...chosen].sort((a, b) => a.sentence.start - b.sentence.start)[0]!;
  return {
    type: "MATCHING",
    prompt: "Match each event to when it happened.",
    options: [...left, ...right],
    answerKey: { kind: "match", pairs },
    answerText: chosen.map((e) => `${e.text} — ${e.date.text}`).join("; "),
    source: { sentence: first.sentence.text, start: first.sentence.start, end: first.sentence.end, answer: { start: first.date.start, end: first.date.end } },
    sources: sources(chosen),
    spanType: first.date.type,
    keyKind: "event",
    score,
    confidence: 0.7,
  };
}
