import { centuryNumber } from "./century-words";
import { withoutAdditionWords, withoutLeadingConnective } from "./check-context";
import { isFragment, opensWithVerb } from "./check-stems";
import { hasFiniteVerb, IRREGULAR_PAST } from "./finite-verb";
import { escapeRegExp } from "./find-spans";
import { IRREGULAR_PARTICIPLE } from "./irregular-participles";
import { objectPronounUnnamed, type TaggedTerm, taggedFromSentences } from "./question-stems";
import { shuffle } from "./random";
import { MONTH_NAMES } from "./months";
import { dateInNegatedClause } from "./negated-clause";
import { LEXICON } from "./tag-without-chunks";
import type { GeneratedQuestion, Sentence, Span } from "./types";
import { capitalise, sourceOfSpan } from "./question-parts";
import { withoutCountBeforeDate } from "./redundant-relative-time";


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
 * when it cannot be read (a date before the common era among them: one with its era in the text, or a year span flagged
 * `bc`, whose text is its figure alone). Only its type, text and flag are read.
 */
export function interval(span: Pick<Span, "type" | "text"> & { bc?: boolean }): [number, number] | null {
  if (span.bc || /\b(?:BCE?|B\.C\.)/.test(span.text)) return null;
  if (span.type === "CENTURY") {
    const century = centuryNumber(span.text);
    return Number.isFinite(century) ? [((century - 1) * 100 + 1) * 12, century * 100 * 12 + 11] : null;
  }
  const year = Number(/\d{4}/.exec(span.text)?.[0]);
  if (!Number.isFinite(year)) return null;
  if (span.type === "YEAR") return [year * 12, year * 12 + 11];
  // "the 1800s" reads as the whole century as often as its first decade: the wider reading, so no overlap is missed.
  if (span.type === "DECADE") return [year * 12, (year + (/00s$/.test(span.text) ? 99 : 9)) * 12 + 11];
  if (span.type === "MONTH_YEAR" || span.type === "FULL_DATE") {
    const month = MONTH_NAMES.findIndex((m) => span.text.includes(m));
    return month < 0 ? null : [year * 12 + month, year * 12 + month];
  }
  return null;
}

// An aside open at the date: ", built …", ", first planned …", ", finished …" (a participle, perhaps after an adverb), or "(".
const PARTICIPLE_ASIDE = /,\s+(?:[a-z]+ly\s+|first\s+|later\s+|originally\s+)?([a-z]{3,})\b[^,;()]*$/;
const BRACKET_ASIDE = /\([^)]*$/;
// ", which counted every lane, gave …": an aside inside the subject, before the main verb (see describe).
const ASIDE_IN_SUBJECT = new RegExp(`,\\s+(?:which|who)\\b[^;]*?,\\s+(?=(?:${IRREGULAR_PAST}|was|were|had|[a-z]{3,}ed)\\b)`);

/**
 * The date sits in a participle aside that the subject opens: ", finished in 1755 by …," after a subject with no verb of its
 * own, and a verb after the aside closes. A verb in -ed after a comma is as often the clause's own, coordinated ("left
 * the port, sailed south … in 1820") or after a closed aside ("The settlers, helped by the crew, planted … in 1824"): the
 * text before the comma has its verb then. A word in -en is a participle only where the word list says so ("seven",
 * "between", "often" and "children" are none).
 */
function inParticipleAside(before: string, after: string): boolean {
  const m = PARTICIPLE_ASIDE.exec(before);
  if (!m) return false;
  const word = m[1]!;
  const tag = LEXICON[word];
  const participle =
    IRREGULAR_PARTICIPLE.test(word) || (/ed$/.test(word) && !(typeof tag === "string" && /^(?:Singular|Plural|Noun|Uncountable)$/.test(tag))) || (/en$/.test(word) && (tag === "Participle" || tag === "PastTense"));
  if (!participle) return false;
  const rest = after.slice(after.search(/[,)]/) + 1);
  // (The rest read after a subject: an irregular past opening it, "rebuilt the hall", is tagged a verb only after one.)
  return !hasFiniteVerb(subjectOfAside(before.slice(0, m.index))) && hasFiniteVerb(`it ${rest.trim()}`);
}

// Where the clause the aside stands in opens: after a clause joined before it ("Settlers arrived, and the church, …") or an
// opening clause ("When the war ended, the church, …"), whose verb is not the subject's.
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|so|or|yet|while|when|after|before)\s+/g;
const OPENING_CLAUSE = /^(?:When|After|As|Once|Before|While|Although|Though|Because|If|Since)\b[^,]*,/;

/** The words before an aside that belong to its own clause: a finite verb of a clause before it is no verb of its subject. */
function subjectOfAside(text: string): string {
  let start = OPENING_CLAUSE.exec(text)?.[0].length ?? 0;
  for (const b of text.matchAll(CLAUSE_BREAK)) start = Math.max(start, b.index + b[0].length);
  return text.slice(start);
}

/** "… signed a treaty in 1919, which …" -> "… signed a treaty": the date phrase and trailing clauses go. */
function describe(sentence: Sentence, date: Span): string | null {
  // "closed before 1850", "by 1900", "until 1912": the date is a bound, not when the event happened, so it cannot place the event in order.
  // ("had divided the city since 1961" dates the start of what it says, and stays.)
  const before = sentence.text.slice(0, date.start - sentence.start);
  if (/\b(?:before|after|by|until|till|prior to)\s+(?:the\s+)?(?:(?:early|late)\s+|mid-)?$/i.test(before)) return null;
  if (dateInLaterClause(before)) return null;
  // "The museum, which opened in 1901, burned down": the date is the aside's own, and what is left once the aside goes ("The
  // museum burned down") did not happen then. A closing clause is no surer: in "Kell announced the goal of reaching the pole,
  // which happened in 1911" the year is the goal's, not the announcement's. A date inside a ", which/who/where …" clause
  // dates what that clause says, never the sentence's own event.
  if (/,\s+(?:which|who|whose|where)\b[^,;]*$/i.test(before)) return null;
  // A participle or bracket aside is no surer ("The harbour wall, finished in 1755 by Dutch engineers, collapsed …", "The
  // museum (opened in 1901) closed …"): where the aside closes before the main clause goes on, the date is the aside's.
  const after = sentence.text.slice(date.end - sentence.start);
  if (/^[^,;()]*[,)]/.test(after) && (BRACKET_ASIDE.test(before) || inParticipleAside(before, after))) return null;
  const datePhrase = new RegExp(`\\s*,?\\s*\\b(?:in|on|since|by|during|from|until|of|around)?\\s*(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?${escapeRegExp(date.text)}`, "i");
  // ("Two years later, in 1812, a flood …": with the date the item's match gone, the count left would lean on the sentence
  // before, and it goes first.)
  let text = withoutCountBeforeDate(sentence.text).replace(datePhrase, " ").replace(/\s+/g, " ").trim();
  text = text.replace(/^,\s*/, "").replace(/\s+,/g, ",");
  // "A survey by the council, which counted every lane, gave a total of …": the aside sits inside the subject, and cutting from it
  // to the end would leave the subject without its verb; the aside goes and the main verb stays. Only after a subject with no
  // verb of its own: after "The council built a hall, which held …, opened …" the verbs that follow are the aside's own list.
  const aside = ASIDE_IN_SUBJECT.exec(text);
  // ("A survey made by the board": a participle with its "by" is part of the noun phrase, no verb of the clause.)
  const subjectOnly = (terms: TaggedTerm[]) => !terms.some((t, i) => t.tags?.includes("Verb") && !t.tags.includes("Passive") && terms[i + 1]?.text.toLowerCase() !== "by");
  if (aside && subjectOnly(taggedFromSentences(text.slice(0, aside.index)))) {
    text = `${text.slice(0, aside.index)} ${text.slice(aside.index + aside[0].length)}`;
  }
  text = text.replace(/,\s+(which|where|who|when|while|officially|although)\b.*$/i, "").replace(/[.;,]+$/, "").trim();
  // Words that point to the sentence before ("By contrast", "also") go; an item left without a subject ("Came a second …") is no event.
  text = withoutLeadingConnective(withoutAdditionWords(capitalise(text)));
  if (opensWithVerb(text) || isFragment(`${text}.`)) return null;
  // "The council granted him the rank …": shown without its sentence before, the item says not whom its pronoun means.
  if (objectPronounUnnamed(text)) return null;
  // A clause that opens with "When …" or "After …" no longer reads as an event without its date.
  if (/^(When|After|Before|Although|As|While|Until|Since|By|In|On|During|At|From|Around|Between)\b/.test(text)) return null;
  if (text.split(/\s+/).length < 4 || text.length > 150 || /\b\d{3,4}s?\b/.test(text)) return null;
  return text;
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
    // ("In 1479 BC": the year's span leaves its era out, and read as a year of the era it would put 1465 BC after 1479 BC.
    // A date before the common era is not ordered, as interval says.)
    if (/^ ?(?:BCE?\b|B\.C\.)/.test(sentence.text.slice(dates[0]!.end - sentence.start))) return;
    // "The roof was not repaired in 1703": nothing happened then to put in order.
    if (dateInNegatedClause(sentence.text, dates[0]!.start - sentence.start, dates[0]!.end - sentence.start)) return;
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

/** The parts an ordering and a matching of `chosen` share: the first of their sentences is the source (its date the answer), all are its sources. */
function timelineParts(chosen: DatedEvent[], score: number) {
  const inArticle = [...chosen].sort((a, b) => a.sentence.start - b.sentence.start);
  const first = inArticle[0]!;
  return {
    source: sourceOfSpan(first.sentence, first.date),
    sources: inArticle.map((e) => ({ sentence: e.sentence.text, start: e.sentence.start, end: e.sentence.end })),
    spanType: first.date.type,
    keyKind: "event" as const,
    score,
    confidence: 0.7,
  };
}

// An event whose place in time a reader knows without the article: a birth comes first, a death last, and an event
// the sentence itself calls later ("Much later, …", "after her death", "posthumously") after the rest. Judges failed
// an ordering of a birth, a death and a grandson's deed, and a matching whose "much later" item gave its year away.
const PLACED_BY_COMMON_SENSE =
  /\b(?:was|were) born\b|^Born\b|\bdied\b|\b(?:much|long|centuries|decades|generations) (?:later|afterwards?)\b|\blong after\b|\bafter (?:his|her|their) death\b|\bposthumous(?:ly)?\b/i;

/** The events whose order the article must teach: no birth, death or self-declared later event (see above). */
function unplacedEvents(events: DatedEvent[]): DatedEvent[] {
  return events.filter((e) => !PLACED_BY_COMMON_SENSE.test(e.sentence.text));
}

/** Put three or four events in time order (each one's sentence is then spent on this question). */
export function makeOrdering(all: DatedEvent[], random: () => number, score: number, maxItems = 4): GeneratedQuestion | null {
  const events = unplacedEvents(all);
  if (events.length < 3) return null;
  const chosen = shuffle(events, random).slice(0, maxItems);
  const inOrder = [...chosen].sort((a, b) => a.from - b.from);
  const ids = inOrder.map((_, i) => `e${i + 1}`);
  let shown = shuffle(ids, random);
  if (shown.join() === ids.join()) shown = [...ids].reverse();
  const textOf = new Map(inOrder.map((e, i) => [ids[i]!, e.text]));
  return {
    type: "ORDERING",
    prompt: "Put these events in the order they happened, earliest first.",
    options: shown.map((id) => ({ id, text: textOf.get(id)! })),
    answerKey: { kind: "order", itemIds: ids },
    answerText: inOrder.map((e) => `${e.text} (${e.date.text})`).join(" → "),
    ...timelineParts(chosen, score),
  };
}

/** "The harbour had been run by merchants since the 1880s": the date opens a state that went on, not the time something happened. */
function datesAState(e: DatedEvent): boolean {
  return /\bsince\s+(?:the\s+)?(?:(?:early|late)\s+|mid-)?$/i.test(e.sentence.text.slice(0, e.date.start - e.sentence.start));
}

/**
 * Match three or four events to their dates. "When it happened" fits a state dated by its start ("had divided the city
 * since 1961") less well than an event: such a state is matched only when the events alone are too few for a matching.
 */
export function makeMatching(pool: DatedEvent[], random: () => number, score: number, maxItems = 4): GeneratedQuestion | null {
  const all = unplacedEvents(pool);
  const happenings = all.filter((e) => !datesAState(e));
  const events = happenings.length >= 3 ? happenings : all;
  if (events.length < 3) return null;
  const chosen = shuffle(events, random).slice(0, maxItems);
  if (new Set(chosen.map((e) => e.date.text)).size !== chosen.length) return null;
  const left = chosen.map((e, i) => ({ id: `l${i + 1}`, text: e.text, side: "left" as const }));
  const right = shuffle(
    chosen.map((e, i) => ({ id: `r${i + 1}`, text: e.date.text, side: "right" as const })),
    random,
  );
  const pairs = Object.fromEntries(left.map((l, i) => [l.id, `r${i + 1}`]));
  return {
    type: "MATCHING",
    prompt: "Match each event to when it happened.",
    options: [...left, ...right],
    answerKey: { kind: "match", pairs },
    answerText: chosen.map((e) => `${e.text} — ${e.date.text}`).join("; "),
    ...timelineParts(chosen, score),
  };
}
