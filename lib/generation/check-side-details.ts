import { framingEraPenalties, isEraKey } from "./check-framing-eras";
import { isPlural } from "./check-options";
import { hasFiniteVerb } from "./finite-verb";
import { passingDetailPenalties } from "./check-passing-details";
import { areaOfANamedPlace } from "./check-place-area";
import { minorFactPenalties } from "./check-minor-facts";
import { lesserKeyPenalties } from "./check-lesser-keys";
import { purposeInItsName } from "./purpose-in-name";
import { besideThePointPenalties, statementOfALaterHonour, yearBesideTheEvent } from "./check-beside-the-point";
import { namedInQuotes } from "./find-spans";
import { FIGURE_HEDGES } from "./hedge-words";
import { ADDED_ALSO, SEQUENCE_LINKS } from "./linking-words";
import { sentencePointPenalties, type KeyInSentence } from "./check-sentence-point";
import { stemWords, type Penalty } from "./check-trivia";
import { trailingDetailPenalties } from "./check-trailing-details";
import { PLACE_NAME } from "./place-name";
import { namesTitle, titleStems as titleWords } from "./title-words";
import type { GeneratedQuestion, ParsedArticle } from "./types";

/**
 * Signs, read from the sentence's structure, that a question's key is a side
 * detail rather than the sentence's point: the key sits in an aside (brackets,
 * an appositive or a "which/who" clause hung on something other than the
 * article's subject), the area a place named just before it lies in ("… to
 * Kell in the county of _____", "… reached Kell, _____."), in an opening phrase
 * before the subject, in a hedged figure, or in the birth of someone the
 * article mentions in passing. A statement that opens with "Then," leans on
 * the sentence before. Each lowers the rank and puts the question below the
 * review line: a teacher would rewrite it or ask the main point instead.
 */

// What opens an aside after a comma: an appositive ("a port town in …"), a relative clause, a former name.
const ASIDE_OPENER = /^(?:a|an|the|one of|who|whom|which|whose|where|now|then|once|formerly|later|also|known as|born|a native of|located|situated|home to|part of|near|close to)\b/i;
// An opening phrase that only describes the subject: a participle, a birth, a likeness, an alias.
const OPENING_ASIDE = /^(?:(?!During|Following|Beginning|Starting|Bring)[A-Z][a-z]+ing|Born|Raised|Known|Also known|Like|Unlike|Along with|Together with|Located|Situated|Based|Founded|Built|Named|Having)\b/;
const HEDGE = new RegExp(String.raw`\b(?:${FIGURE_HEDGES}|maybe|some|approximately|nearly|almost|at least|an estimated|estimated|up to|as many as|more than|over|fewer than|less than|close to|just over|just under)\s*$`, "i");
const FINITE = /\b(?:is|are|was|were|had|has|have|did|does|became|becomes|went|goes|came|comes|saw|sees|took|takes|made|makes|gave|ran|began|grew|led|won|lost|fell|rose|held|kept|left|met|sent|built|stood|got|[a-z]{3,}ed)\b/;
const OPENING_PHRASE = /^(?:[A-Z][a-z]+ing|In|On|At|By|With|Without|From|For|During|After|Before|When|While|Although|Though|Because|Since|As|If|Once|Under|Over|Through|Despite|To|Along|Across|Near|Inside|Outside|Within)\b/;
// A statement that opens "Then, …" (or with a story's dated "Finally, in 1810, …"): a cloze drops the word, a statement keeps it.
const STATEMENT_CONNECTIVE = new RegExp(`^(?:${SEQUENCE_LINKS.join("|")}),? `);

/** The key's sentence, and where the key sits in it; null for a key that is not a span of its sentence (a clause, an order). */
function keyInSentence(q: GeneratedQuestion): KeyInSentence | null {
  if (q.type === "ORDERING" || q.type === "MATCHING" || !["name", "date", "number", "term"].includes(q.keyKind)) return null;
  const start = q.source.answer.start - q.source.start;
  const end = q.source.answer.end - q.source.start;
  if (start < 0 || end > q.source.sentence.length || end <= start) return null;
  return { sentence: q.source.sentence, start, end };
}

/** The key sits in an aside hung on something that is not the article's subject. */
export function inAside(sentence: string, start: number, end: number, title: string): boolean {
  const words = titleWords(title);
  // "(about 40 of them)": brackets.
  const open = sentence.lastIndexOf("(", start);
  if (open >= 0 && sentence.lastIndexOf(")", start) < open && sentence.indexOf(")", end) >= end) return true;
  const comma = sentence.lastIndexOf(", ", start);
  if (comma < 0) return false;
  const host = sentence.slice(0, comma).split(/\s+/).slice(-4).join(" ");
  // The aside describes the article's subject ("Vera Lind, who was born in 1890 and died in _____, …"): it is the point.
  if (namesTitle(host, words)) return false;
  const nextComma = sentence.indexOf(",", end);
  const segment = sentence.slice(comma + 2, nextComma >= 0 ? nextComma : sentence.length);
  // "Using the sun's energy, the plant releases _____": a comma closing an opening phrase, not opening an aside.
  if (OPENING_PHRASE.test(sentence) && !sentence.slice(0, comma).includes(",") && !FINITE.test(sentence.slice(0, comma))) return false;
  // An appositive is a noun phrase: "the boats waited for …" after "At the port, the chief one," is the main clause.
  // (The region after a place's name, "… reached Kell, _____.", is read by areaOfANamedPlace, with its guards.)
  return ASIDE_OPENER.test(segment) && !(/^(?:the|a|an)\b/i.test(segment) && (FINITE.test(segment) || hasFiniteVerb(segment)));
}

/** The key sits in an opening phrase that only describes the subject ("Born in _____, Ada …", "Also known as _____, …"). */
export function inOpeningAside(sentence: string, end: number): boolean {
  const comma = sentence.indexOf(", ");
  return comma >= end && OPENING_ASIDE.test(sentence) && sentence.slice(comma + 2).split(/\s+/).length >= 5;
}

// One character of a birth clause: anything but a stop, or the stop of "c.", "St." or "Mt.".
const BIRTH_CLAUSE_CHAR = String.raw`(?:[^.;]|\b(?:c|St|Mt)\.)`;
// "born" and what follows it up to the key (at most 40 characters, within the sentence), read by both birth checks below.
const BORN_BEFORE = new RegExp(String.raw`(?<![\w-])born\b(${BIRTH_CLAUSE_CHAR}{0,40})$`);

/**
 * A birth year or birthplace of someone who is not the article's subject (named in the title, or in three sentences or more).
 * Only inside the birth clause: "Quill, born in Hollin, set out … in 1904" dates the deed, which is the sentence's point.
 */
export function minorBirth(sentence: string, start: number, title: string, articleText: string): boolean {
  const before = sentence.slice(0, start);
  const birth = BORN_BEFORE.exec(before);
  if (!birth || !inBirthClause(birth[1]!)) return false;
  // The person is named just before the "born" the clause was read from.
  const name = /([A-Z][a-z]+(?: [A-Z][a-z]+)*)(?:,| was| had been| who)?[^A-Z]{0,30}$/.exec(before.slice(0, birth.index))?.[1];
  if (!name) return false;
  const words = titleWords(title);
  const parts = name.split(" ").filter((w) => !/^(?:The|In|On|At|After|Before|When|His|Her|Their)$/.test(w));
  if (parts.length === 0 || parts.some((w) => words.has(w.toLowerCase().slice(0, 5)))) return false;
  const surname = parts[parts.length - 1]!;
  return (articleText.match(new RegExp(`\\b${surname}\\b`, "g"))?.length ?? 0) < 3;
}

/**
 * "Vell was born in Kell in _____" in an article about one event (a "Date:" line over it, the year outside the event's): the
 * year of a life beside the event, which judges failed as background however often the person is named (the event's own
 * people are named throughout it). A death's year has its own check (deathYearBesideAnEvent).
 */
export function birthBesideAnEvent(sentence: string, start: number, end: number, articleText: string, title: string): boolean {
  const birth = BORN_BEFORE.exec(sentence.slice(0, start));
  return !!birth && inBirthClause(birth[1]!) && yearBesideTheEvent(sentence, sentence.slice(start, end), articleText, title);
}

// "Vell was (not) born in Kell, Marrow, in 1760.": a statement that says a birth and nothing else.
const BIRTH_STATEMENT = new RegExp(String.raw`^[A-Z][^,;]*? was (?:not )?born\b(${BIRTH_CLAUSE_CHAR}*)\.$`);

/** A statement of a birth alone (true, or denied) in an article about one event: the same year beside the event, as a statement. */
export function birthStatementBesideAnEvent(prompt: string, sentence: string, articleText: string, title: string): boolean {
  const birth = BIRTH_STATEMENT.exec(prompt);
  return !!birth && inBirthClause(birth[1]!) && yearBesideTheEvent(sentence, birth[1]!, articleText, title);
}

// What may stand between "born" and the key in the birth clause: places and dates after a preposition ("born in",
// "born to poor parents in"), what one was born as ("born a slave in", "born as Ada Moss in"), a region after a comma
// ("in Tarvin, Westmark, in …"). Anything else (a verb, "and") means the clause has ended; "born (out) of" is no birth.
const REGION = new RegExp(`^${PLACE_NAME}$`, "u");
const BIRTH_PART = /^(?:(?:in|at|on|near|about|around|circa|c\.|to|into|a|an|as)(?:\s+(?:the\s+)?[^\s,]+)*)?$/;
const BIRTH_BREAK = /\b(?:and|but|then|who|which|where|when|after|before)\b|^\s*(?:out\s+)?of\b/;
// Past participles that describe a noun inside the clause ("a village called Vell", "a noted family"), not a new verb.
const DESCRIBING = /\b(?:called|named|noted|walled|known)\b/g;

/**
 * The text from "born" to the key is the birth clause alone (`between` is what follows "born"). A comma closes the clause
 * unless a region follows it ("born in Vell, Marrow, in 1760"): in "born in Vell, in 1788 drove …" the year is the deed's.
 */
function inBirthClause(between: string): boolean {
  if (BIRTH_BREAK.test(between) || FINITE.test(between.replace(DESCRIBING, ""))) return false;
  const parts = between.split(",").map((part) => part.trim());
  return parts.every((part, i) => {
    if (REGION.test(part) && i > 0) return true;
    if (!BIRTH_PART.test(part)) return false;
    // (After a comma, a part of its own stays in the clause only after a region: "…, Marrow, in 1760".)
    return i === 0 || part === "" || REGION.test(parts[i - 1]!);
  });
}

/**
 * The article's main events are in its title, summary and key facts; a date whose sentence shares
 * nothing with the title and little with the summary dates a side event (a degree, a refounding, a
 * listing), and unseen-article reviewers failed most such dates. Returns a checker for one article.
 */
export function sideDateChecker(article: ParsedArticle, importance: number[]): (q: GeneratedQuestion) => Penalty | null {
  const title = new Set(stemWords(article.title));
  const summary = new Set([...article.sentences.filter((s) => s.inSummary).flatMap((s) => stemWords(s.text)), ...article.keyFacts.flatMap((k) => stemWords(k.text))]);
  const central = new Map<number, boolean>();
  // How central each sentence is by the article's own recurring words (as ranked for the quiz, passed in by the caller who
  // ranked it already): the upper half is central.
  const median = [...importance].sort((a, b) => a - b)[Math.floor(importance.length / 2)] ?? 0;
  article.sentences.forEach((s, i) => {
    const words = new Set(stemWords(s.text));
    const shared = [...words].filter((w) => summary.has(w)).length;
    // A section's opening sentence states its point ("First ascent": who reached the summit, and when).
    const opensSection = i === 0 || article.sentences[i - 1]!.section !== s.section;
    central.set(s.start, s.inSummary || opensSection || [...words].some((w) => title.has(w)) || shared >= 3 || importance[i]! >= median);
  });
  return (q) => {
    if (q.keyKind !== "date" || q.type === "ORDERING" || q.type === "MATCHING" || central.get(q.source.start) !== false) return null;
    // The stem may name the subject where the sentence said "she".
    if (stemWords(q.prompt).some((w) => title.has(w))) return null;
    return { check: "side-event-date", factor: 0.8, belowReviewLine: true };
  };
}

/**
 * "In the early _____, …", "By the _____, …", "Around _____, …": a century, a decade or an era (or a year given only as a
 * bound) in the phrase that opens the sentence only sets the scene; the sentence's point is its main clause.
 * ("In 1913, the college admitted women" stays: a year said plainly is the date of the main clause's event.)
 */
export function eraInOpeningPhrase(sentence: string, start: number, end: number, key: string): boolean {
  const before = sentence.slice(0, start);
  const opening = /^(In|By|During|Around|Until|Till|Through|Throughout|From|Since|Over|Before|After|Towards?|Near|At|Early in|Late in|Later in) (?:about |around |roughly |the )?(?:(?:early|mid|middle|late|mid-)[\s-]*)?$/.exec(before);
  if (!opening) return false;
  const comma = sentence.indexOf(",", end);
  // The phrase closes with a comma soon after the key ("In the early _____, …", "By the _____ in Europe, …"), not after the subject.
  const closed = comma >= 0 && /^(?: (?:BCE?|AD|CE))?(?: (?:in|on|at|of|across|throughout|around) (?:the )?[\w'’-]+(?: [\w'’-]+)?)?$/.test(sentence.slice(end, comma));
  if (!closed) {
    // Without a comma ("By the early _____ many people had …"), a century, decade or era still only sets the scene when the
    // main clause follows the key at once (its subject, not "of", "and" or a list going on).
    const rest = sentence.slice(end).replace(/^ (?:BCE?|AD|CE)\b/, "");
    const eraKey = /\b(?:century|centuries|\d*0s|era|age|period)\b/i.test(key) || /\b(?:early|mid|middle|late)\b/i.test(before);
    // A plain year after "By", "Until", "Till" ("By 1750 many farmers …") is a state's bound with or without the comma.
    const bound = /^(?:By|Until|Till)$/.test(opening[1]!);
    return (eraKey || bound) && /^ (?!(?:of|and|or|to|as|than|when|that|which)\b)[\w'’-]+(?: [\w'’-]+){2,}/.test(rest);
  }
  const era = /\b(?:century|centuries|\d*0s|era|age|period|dynasty)\b/i.test(key + sentence.slice(end, comma)) || /\b(?:early|mid|middle|late)\b/i.test(before);
  // A plain year after "In", "On", "Around", "At" dates the main clause's event; "By 1850", "Until 1900" set a state's bound.
  // ("Since 1990, …" starts a state: start-of-a-state reads it, keeping the year when the state is the article's own.)
  return era || !/^(?:In|On|Around|At|Early in|Late in|Later in|Since)$/.test(opening[1]!);
}

const OPEN_CLASS_BEFORE = /\b(?:some|certain|several|various)\s+$/i;
// (Not read into a relative clause: "_____ make the oxygen that is one of the gases …" says "one of" of the oxygen.)
const AMONG_AFTER = /^(?:(?!\b(?:that|which|who)\b)[^.;:,]){0,40}?\b(?:are|were|is|was) (?:among|one of)\b/i;
const PLURAL_VERB_AFTER = /^\s+(?:are|were|have)\b/;

// A count of someone's family: "four brothers", "two older sisters", "two of her sons", "three of Ilse's daughters".
const COUNT_WORD = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
const FAMILY_AFTER =
  /^\s*(?:of\s+(?:(?:his|her|their)\s+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s?\s+))?(?:older |younger |elder )?(?:brothers|sisters|siblings|children|sons|daughters|cousins|grandchildren|wives|husbands|half-brothers|half-sisters)\b/;

export function sideDetailPenalties(q: GeneratedQuestion, articleText: string, title: string, inSummary: boolean): Penalty[] {
  const out: Penalty[] = [];
  // "The Trust also built …" as a statement adds to a sentence the quiz does not show.
  if (q.type === "TRUE_FALSE" && ADDED_ALSO.test(q.prompt)) out.push({ check: "addition-word", factor: 0.85, belowReviewLine: true });
  // "She had four brothers": a count of someone's family is a side detail of a life.
  // ("three of his daughters ran the mill …": how many of them, where the sentence's point is what they did or what was done through them.)
  // (A false statement made by changing the count, "three of her sons …", hinges on the same count.)
  const count = q.keyKind === "number" || (q.type === "TRUE_FALSE" && q.answerText === "False" && COUNT_WORD.test(q.source.sentence.slice(q.source.answer.start - q.source.start, q.source.answer.end - q.source.start)));
  if (count && FAMILY_AFTER.test(q.source.sentence.slice(q.source.answer.end - q.source.start))) {
    out.push({ check: "family-count", factor: 0.7, belowDropLine: true });
  }
  // "She was one of nine children" as a true statement: the same side detail of a life, copied.
  if (q.type === "TRUE_FALSE" && /\b(?:one of (?:\w+|\d+)|had (?:\w+|\d+)(?: older| younger| elder)?) (?:children|siblings|brothers|sisters|sons|daughters)\b/.test(q.prompt)) {
    out.push({ check: "family-count", factor: 0.7, belowReviewLine: true });
  }
  // "Then, the crew …" as a statement leans on the sentence before (a cloze or question drops the word instead).
  if (q.type === "TRUE_FALSE" && STATEMENT_CONNECTIVE.test(q.prompt)) {
    out.push({ check: "leading-connective", factor: 0.85, belowReviewLine: true });
  }
  if (q.type === "TRUE_FALSE" && q.keyKind === "statement" && birthStatementBesideAnEvent(q.prompt, q.source.sentence, articleText, title)) out.push({ check: "birth-beside-an-event", factor: 1, belowReviewLine: true });
  if (q.type === "TRUE_FALSE" && q.answerText === "True" && purposeInItsName(q.prompt)) out.push({ check: "purpose-in-its-name", factor: 1, belowReviewLine: true });
  // (A date swapped into it is read below by besideThePointPenalties; a copy or a denial of the whole sentence here.)
  if (q.type === "TRUE_FALSE" && q.keyKind === "statement" && statementOfALaterHonour(q.source.sentence, articleText, title)) out.push({ check: "statement-of-a-later-honour", factor: 1, belowReviewLine: true });
  const at = keyInSentence(q);
  out.push(...passingDetailPenalties(q, articleText, title, at));
  out.push(...sentencePointPenalties(q, articleText, title, at));
  out.push(...trailingDetailPenalties(q, title, at));
  out.push(...minorFactPenalties(q, articleText, title, at));
  out.push(...lesserKeyPenalties(q, at));
  out.push(...besideThePointPenalties(q, articleText, title, at));
  if (!at) return out;
  const { sentence, start, end } = at;
  // A century or decade that opens the sentence only sets its scene: a sure sign of trivia (a bound year, "By 1850 …", a likely one).
  if (q.keyKind === "date" && eraInOpeningPhrase(sentence, start, end, q.answerText)) {
    // An era key is refused; a year is held just below the review line (factor 1: a factor would only push it under the drop line).
    out.push(isEraKey(q.answerText) ? { check: "date-in-opening-phrase", factor: 0.75, belowDropLine: true } : { check: "date-in-opening-phrase", factor: 1, belowReviewLine: true });
  }
  if (q.keyKind === "date") out.push(...framingEraPenalties(q.prompt, q.answerText, at, title));
  // (A name given in quotation marks is the point of the aside that gives it: "a ferry, soon nicknamed the "_____", that
  // crossed …", "the new metal, which he named "_____"". What a thing was called is asked as often as what it did.)
  // (Nor a story's doer asked among its cast: the deed maker keys the clause's own subject, or the narrator by the name
  // the story calls them, "narrated by Ilsa Vell, known as Wren", where the name in the aside is the one the quiz asks for.)
  if (inAside(sentence, start, end, title) && !namedInQuotes(sentence.slice(0, start)) && !q.castOptions) out.push({ check: "key-in-aside", factor: 0.75, belowReviewLine: true });
  else if (inOpeningAside(sentence, end)) out.push({ check: "key-in-opening-phrase", factor: 0.85, belowReviewLine: true });
  // "cities such as _____", "crops including _____": one example of several, and others would be right too.
  if (/\b(?:such as|including|like|for example|for instance|e\.g\.)\s+(?:the\s+)?$/i.test(sentence.slice(0, start))) out.push({ check: "key-is-an-example", factor: 0.8, belowReviewLine: true });
  // "salt spray kills some _____", "small _____ are among the birds of the marsh": the claim holds of part of a class, so another member
  // of it (the options are its members) is not ruled out by the article. The key must read as a plural ("some mosses", "some
  // bacteria", "some _____ are"): "some water", "some glucose" is an amount of one thing, which the sentence singles out.
  if (q.keyKind === "term" && q.type !== "TRUE_FALSE" && ((OPEN_CLASS_BEFORE.test(sentence.slice(0, start)) && (isPlural(q.answerText) || PLURAL_VERB_AFTER.test(sentence.slice(end)))) || AMONG_AFTER.test(sentence.slice(end)))) {
    out.push({ check: "key-one-of-a-class", factor: 0.8, belowReviewLine: true });
  }
  if (q.keyKind === "number" && HEDGE.test(sentence.slice(0, start))) out.push({ check: "hedged-figure", factor: 1, belowReviewLine: true });
  if ((q.keyKind === "date" || q.keyKind === "name") && minorBirth(sentence, start, title, articleText)) out.push({ check: "minor-birth", factor: 0.7, belowDropLine: true });
  // (A true copy of the whole sentence tests all of it; a false one made by changing the year hinges on the year alone.)
  else if (q.keyKind === "date" && !(q.type === "TRUE_FALSE" && q.answerText === "True") && birthBesideAnEvent(sentence, start, end, articleText, title)) {
    out.push({ check: "birth-beside-an-event", factor: 1, belowReviewLine: true });
  }
  // (A true copy of the whole sentence tests all of it; a false one made by swapping the area hinges on the area alone.)
  if (q.keyKind === "name" && !(q.type === "TRUE_FALSE" && q.answerText === "True") && areaOfANamedPlace(sentence, start, end, title, articleText, inSummary)) {
    out.push({ check: "area-of-a-named-place", factor: 1, belowReviewLine: true });
  }
  return out;
}
