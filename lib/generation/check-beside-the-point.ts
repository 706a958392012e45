import { articleMemo } from "./article-memo";
import type { Penalty } from "./check-trivia";
import type { KeyInSentence } from "./check-sentence-point";
import { tagWords } from "./find-spans";
import { namesTitle, titleStems } from "./title-words";
import type { GeneratedQuestion } from "./types";
import { CLOSE_KIN, GRANDPARENTS, kinAlternation, SPOUSES } from "./kin-words";

/**
 * Keys that sit beside the point of their sentence, read from its shape (session 21, from strict judges' verdicts on
 * unseen articles: each such key failed as trivia while the sentence's point went unasked):
 * - a count of the items the article goes on to list ("the board laid down three new rules. First, …"): the items are the point;
 * - the year of a later honour ("in _____ the site was named a World Heritage Site", "created in _____ and named in her
 *   honour"): the honour may be the point, its year is recall;
 * - the place or year of a step of someone's schooling ("earned a degree in _____"): the step is the point, not where or
 *   when (unless it sets a record, "the first woman to earn a doctorate");
 * - the year of one deed joined after a general statement in the present tense ("The line bends round the islands, and in
 *   _____ one state moved it"): the statement is the point, the deed an instance of it;
 * - the span of history a first or an only is measured over ("the sole woman in over _____ centuries of the guild's story"): the claim is
 *   the point, the span its frame;
 * - the gap in years between two steps ("and _____ years later she opened a shop …"), how many years a post was held ("For _____
 *   years she had worked as clerk …"), the year of a quoted saying ("words he spoke in _____: \"…\""), and the first name of
 *   a kinsman the article names only once ("Her father, _____, was a baker"): the step, the post, the saying and who the
 *   kinsman was are the points;
 * - the region a fame or ranking reaches ("famous across _____", "one of _____'s great cities"), and the year someone died
 *   in an article dated to one event of another year: the praise and the event are the points;
 * - a month and year whose options all share the year: only the month is tested;
 * - the word after a name's number ("the 4 _____ had its own motors"): a blank on the name's tail tests its wording.
 * All but the span of a first and a name's tail hold the question just below the review line with no factor of their own, as check-minor-facts does: a
 * quiz takes it only to reach six questions, and a teacher looks at it first. (As lesser keys, waiting in selection, they
 * changed nothing: most quizzes stop short of the count asked for, so a waiting key still took its slot.) The span of a
 * first is never a fair blank, nor is a numbered name's tail: each drops the question.
 */

// After the count: up to two describing words and a plural noun, closing the sentence ("three new rules.").
const COUNTED_ITEMS_AFTER = /^\s+(?:[a-z-]+\s+){0,2}[a-z]+s(?:\s+(?:for|to|in|of)\s+(?:this|that|it|them))?\s*[.!]?$/;
// What opens the first item of a list told sentence by sentence.
const FIRST_ITEM = /^\s*(?:First(?:ly)?|The first\b|One (?:was|is|of (?:them|these))|To begin with|In the first place)\b/;

/** "The board laid down three new rules." before "First, …": the count of what the next sentences list. */
export function countOfListedItems(sentence: string, end: number, following: string): boolean {
  return COUNTED_ITEMS_AFTER.test(sentence.slice(end)) && FIRST_ITEM.test(following);
}

// A later honour: a heritage listing, a naming after someone, a national designation, a place among the best by a vote.
const HONOUR =
  /\b(?:World Heritage|heritage (?:site|list)|in (?:his|her|their|its) honou?r|named (?:after|for) (?:him|her|them)\b|(?:declared|designated|listed|inscribed|recogni[sz]ed) (?:as )?(?:an? |the )?(?:UNESCO|World|national|protected|official)\b|national (?:monument|landmark|treasure|holiday)|(?:voted|chosen|ranked|selected) (?:as )?one of the)/i;
// Where a clause of a sentence begins or ends: a colon, a semicolon, or a comma before a joining word.
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|so|yet)\s+/g;
// A title about the honour itself ("The Listing of …", "Named in Her Honour") makes its year the article's own.
const HONOUR_TITLE = /\b(?:heritage|unesco|honou?r|named|naming|monument|memorial|listing)\b/i;

/** The clause of the sentence that holds `start`–`end`, and where it begins. */
function clauseAround(sentence: string, start: number, end: number): { clause: string; from: number } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end && to === sentence.length) to = m.index!;
  }
  return { clause: sentence.slice(from, to), from };
}

/**
 * The year of a later honour, in a clause joined to another point ("The fort was never abandoned, and in _____ it was
 * listed …"). A sentence that opens on the honour ("Today the fort is a World Heritage Site, listed in _____") is about it,
 * and judges passed its year.
 */
export function yearOfAnHonour(sentence: string, start: number, end: number, title: string): boolean {
  const { clause, from } = clauseAround(sentence, start, end);
  return from > 0 && !HONOUR_TITLE.test(title) && HONOUR.test(clause);
}

// An honour or a retelling that comes to a life or a work after its story: a medal or prize received, a place on a list
// of the greatest, a heritage list, a film or stage version of a book.
const LATER_HONOUR =
  /\b(?:(?:received|awarded|given|won|presented with)\s+(?:an?\s+|the\s+|(?:his|her|their)\s+)?((?:[A-Z][\w'’-]*\s+){0,4}(?:[Mm]edal|[Pp]rize|[Aa]ward|[Oo]rder|[Kk]nighthood))|named\s+(?:him|her|them|it)\s+(?:as\s+)?one of|(?:voted|ranked)\s+(?:as\s+)?(?:the|one of the)\s+(?:[a-z]+\s+)?(?:greatest|best|finest|most)\b|(?:made|turned|adapted)\s+into\s+an?\s+(?:[a-z]+\s+)?(?:film|movie|play|musical|series|opera)|added\s+[^.;]{0,80}\bto\s+(?:its|the)\s+(?:[a-z'’]+\s+){0,2}list\b|heritage\s+list|(?:statue|memorial|plaque|monument)\s+(?:of|to)\s+(?:him|her|them)\s+(?:was|were)\s+(?:unveiled|erected|put up))/;

/**
 * "In _____ she received the Gold Medal", "In _____ the book was made into a film": the year of a later honour or
 * retelling, told as the whole sentence (yearOfAnHonour above reads one joined after another point). Judges failed these
 * years as trivia on biographies and novels alike: the life or the book is the point. (A year the article opens on, in
 * its title or first paragraph, is its own event, and a title about the honour makes it the article's point.)
 */
export function yearOfALaterHonour(sentence: string, start: number, end: number, articleText: string, title: string): boolean {
  const honour = HONOUR_TITLE.test(title) ? null : LATER_HONOUR.exec(clauseAround(sentence, start, end).clause);
  if (!honour) return false;
  // A prize the article names again elsewhere ("the first to win two Nobel Prizes") runs through the story: its year is fair.
  // Nor an honour that sets a record ("the first woman of her land to win it"): a landmark of the life.
  if (/\b(?:first|only)\b/i.test(sentence)) return false;
  const named = honour[1]?.trim();
  if (named && /^[A-Z]/.test(named) && articleText.split(named).length > 2) return false;
  const year = Number(/\d{3,4}/.exec(sentence.slice(start, end))?.[0] ?? NaN);
  return Number.isFinite(year) && !openingYearsOnce(articleText, title, () => openingYears(articleText, title)).includes(year);
}

/** A statement copied or denied from a sentence whose year is that of a later honour: it tests the same recall. */
export function statementOfALaterHonour(sentence: string, articleText: string, title: string): boolean {
  const year = /\b(?:1\d{3}|20\d{2})\b/.exec(sentence);
  return !!year && yearOfALaterHonour(sentence, year.index, year.index + year[0].length, articleText, title);
}

// "(then) in _____" opening a clause joined to the one before it.
const IN_AFTER_JOIN = String.raw`\s+(?:then\s+)?(?:in|on|by)\s+(?:the\s+)?$`;
const AND_IN_BEFORE = new RegExp(String.raw`,\s+and${IN_AFTER_JOIN}`);
// "…; in _____, …" or "…, and in _____ …": a dated clause joined after the sentence's first.
const JOINED_IN_BEFORE = new RegExp(String.raw`(?:,\s+and|;)${IN_AFTER_JOIN}`);
// "Within a few decades, …", "Before long, …": a trend over a span the sentence leaves unmeasured (not "Within six weeks").
const UNMEASURED_SPAN = /^(?:Within (?:a few|several|a couple of|a generation|decades|years)|Before long|In time|Over (?:the )?(?:following|coming|next) (?:years|decades|centuries))\b/i;

/**
 * "The line bends round the islands, and in _____ one island state moved it": a dated deed joined after a general statement
 * in the present tense. The statement is the point (how the thing is); the deed one instance of it, its year recall.
 * So too after a trend over an unmeasured span ("Within a few years, mills stood on every river; in _____, …"): the later
 * dated clause is one example of the trend (judges failed the year of such an example as trivia on two seen sets). Unless
 * that example is the article's own event (`eventYears`, the years it opens on): "…; in 1912 the lamp saved 700 lives" on a
 * page dated 1912 and about that rescue tells its main point, and its year is the event's. (Read only when the trend is.)
 */
export function dateOfAnInstance(sentence: string, start: number, eventYears: () => readonly number[] = () => []): boolean {
  const before = sentence.slice(0, start);
  if (UNMEASURED_SPAN.test(sentence)) {
    const joined = JOINED_IN_BEFORE.exec(before);
    const year = Number(/\d{3,4}/.exec(sentence.slice(start))?.[0] ?? NaN);
    if (joined && !/\d/.test(before.slice(0, joined.index)) && !eventYears().includes(year)) return true;
  }
  const join = AND_IN_BEFORE.exec(before);
  if (!join || before.slice(0, join.index).includes(",")) return false;
  const first = tagWords(sentence).filter((w) => w.end <= join.index);
  return first.some((w) => w.tags.includes("PresentTense") && !w.tags.includes("Noun")) && !first.some((w) => w.tags.includes("PastTense"));
}

const STUDY_PLACE_BEFORE =
  /\b(?:degree|degrees|diploma|doctorate|PhD|master's|bachelor's)\b[^.;,]{0,25}?\b(?:in|from|at)\s+(?:the\s+)?$|\b(?:studied|trained|graduated|enrolled|educated|schooled)\b(?:\s+[a-z]+){0,3}?\s+(?:at|in|from)\s+(?:the\s+)?$/i;

/** "earned a degree in _____", "studied law at _____": where a step of someone's schooling was taken. */
export function placeOfAStudyStep(sentence: string, start: number): boolean {
  return STUDY_PLACE_BEFORE.test(sentence.slice(0, start));
}

const STUDY_STEP = /\b(?:degree|degrees|diploma|PhD|master's|bachelor's|graduated|enrolled)\b/i;
// A record ("the first woman … to earn a doctorate") makes the step the point, and its year with it.
const RECORD = /\b(?:first|only|youngest|oldest)\b/i;

/** "earned a degree in Kell in _____": the year of a step of someone's schooling, in the clause that tells of it. */
export function yearOfAStudyStep(sentence: string, start: number, end: number): boolean {
  const { clause } = clauseAround(sentence, start, end);
  return STUDY_STEP.test(clause) && !RECORD.test(clause);
}

const FIRST_BEFORE = /\b(?:only|first|last|sole)\b[^.;]{0,60}\b(?:in|for)\s+(?:(?:more than|over|almost|nearly|about|some|roughly)\s+)?$/i;
const SPAN_AFTER = /^\s+(?:years|centuries|decades|millennia)\s+of\b/i;

/** "the sole woman in over _____ centuries of the guild's story": the span a first or an only is measured over. */
export function spanOfAFirst(sentence: string, start: number, end: number): boolean {
  return FIRST_BEFORE.test(sentence.slice(0, start)) && SPAN_AFTER.test(sentence.slice(end));
}

// The gap, then a person taking the next step ("four years later she opened …"): a gap with no one after it may be an event's span.
const GAP_AFTER = /^\s+(?:more\s+)?(?:years|months|decades)\s+(?:later|afterwards?|on),?\s+(?:he|she|they|[A-Z][a-z]+)\s/;
// "ended _____ years later", "two years later it burst": the event's own span or its outcome, the point of an event article.
const EVENT_END = /\b(?:end|ended|ends|lasted|burst|fell|collapsed|broke|died|finished|closed)\b/i;

/** "teaching at Kell by 1702, and _____ years on she opened a shop in Brant": the gap between two steps; the steps are the point. */
export function gapBetweenSteps(sentence: string, start: number, end: number): boolean {
  // "collapsed only _____ years later": a gap the sentence stresses as short is its point.
  // "a degree in 1951 and a master's diploma four years later.": two steps of schooling, with no person after the gap.
  const stepOfStudy = /^\s+(?:years|months)\s+later\s*[.;]?$/.test(sentence.slice(end)) && STUDY_STEP.test(sentence);
  if (!(GAP_AFTER.test(sentence.slice(end)) || stepOfStudy) || /\b(?:only|just|barely|a mere)\s+$/i.test(sentence.slice(0, start))) return false;
  return !EVENT_END.test(clauseAround(sentence, start, end).clause);
}

const FOR_BEFORE = /\b(?:for|For)\s+(?:(?:more than|over|almost|nearly|about|some|roughly)\s+)?$/;
const YEARS_AFTER = /^\s+(?:more\s+)?years\b/i;
// Holding a named post: the post is the point, how many years it lasted is recall. (Not "held the fort", "lived under siege":
// the length of a siege or an occupation is an event's point.)
const ROLE_VERB = /\b(?:(?:worked|served|taught|acted|sat)\s+as|held\s+the\s+(?:post|office|seat|title|chair))\b/i;

/** "For _____ years she had worked as clerk of the guild", "he served as judge for _____ years": how long a post was held. */
export function yearsInARole(sentence: string, start: number, end: number): boolean {
  if (!FOR_BEFORE.test(sentence.slice(0, start)) || !YEARS_AFTER.test(sentence.slice(end))) return false;
  return ROLE_VERB.test(clauseAround(sentence, start, end).clause);
}

const SPEECH_BEFORE = /\b(?:said|spoke|wrote|declared|told|uttered|saying|remarked|proclaimed)\b[^.;"“]{0,40}$/i;
const QUOTE_AFTER = /^[^.;]{0,30}[:,]\s*["“]/;

/** "He is remembered for words he spoke in _____: \"…\"": the saying is the point, the year it was said is recall. */
export function yearOfASaying(sentence: string, start: number, end: number): boolean {
  return SPEECH_BEFORE.test(sentence.slice(0, start)) && QUOTE_AFTER.test(sentence.slice(end));
}

const KIN_BEFORE = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s?)\s+(?:${kinAlternation(CLOSE_KIN, GRANDPARENTS, SPOUSES)}),\s+$`);

/**
 * "Her father, _____, was a baker": the first name of a kinsman the article names once. Who the kinsman was (a baker) is
 * the point; his name is recall. A kinsman named again elsewhere has a part in the story, and his name with it.
 */
export function nameOfAPassingKinsman(sentence: string, start: number, end: number, articleText: string): boolean {
  if (!KIN_BEFORE.test(sentence.slice(0, start))) return false;
  const name = sentence.slice(start, end);
  const first = articleText.indexOf(name);
  return first >= 0 && articleText.indexOf(name, first + name.length) < 0;
}

// A number that opens a name with a determiner before it ("the 4 Line", "every 90 Class engine"): the key is the name's tail.
// (Never a year: "the 1664 Peace of Vessa" is a whole treaty name, often the event's outcome.)
const NUMBER_OF_A_NAME_BEFORE = /\b(?:the|a|an|every|each|this|that|its|their)\s+\d{1,3}\s+$/i;

/** "every carriage of the 4 _____ had its own motors": a blank on one word of a name whose number stays shown tests its wording. */
export function tailOfANumberedName(sentence: string, start: number): boolean {
  return NUMBER_OF_A_NAME_BEFORE.test(sentence.slice(0, start));
}

// "famous across _____", "known throughout the _____", "one of _____'s greatest …": the reach of a fame or a ranking.
const FAME_BEFORE = /\b(?:famous|known|celebrated|renowned|popular|admired)\s+(?:across|throughout|all over|around)\s+(?:the\s+)?$/i;
const RANKED_AFTER = /^['’]s?\s+(?:great|greatest|most|finest|best|oldest|earliest|largest|richest)\b/;

/** The region a fame or a ranking reaches over: the praise is a flourish, and its region is guessed from the rest. */
export function regionOfAFame(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  return FAME_BEFORE.test(before) || (/\bone of\s+$/i.test(before) && RANKED_AFTER.test(sentence.slice(end)));
}

// A fact line "Date: …" over the article: it tells of one event, not of a life.
const EVENT_DATE_LINE = /^Date:\s*([^\n]*)$/m;

/**
 * The years the article opens on: its Date line, its title and its first paragraph (the event's own years). Dev articles
 * have no Date line, and their title or first paragraph gives the event's year instead.
 */
function openingYears(articleText: string, title: string, leaveOut = ""): number[] {
  const lines = articleText.slice(0, 2000).split("\n").map((l) => l.trim()).filter(Boolean);
  const first = lines.find((l) => l !== title.trim() && !/^[A-Z][\w ]{0,20}:\s/.test(l) && /[.!?]["”’)]?$/.test(l)) ?? "";
  const date = EVENT_DATE_LINE.exec(articleText.slice(0, 400))?.[1] ?? "";
  return [...`${date} ${title} ${leaveOut ? first.replace(leaveOut, "") : first}`.matchAll(/\b(1[0-9]{3}|20[0-9]{2})\b/g)].map((m) => Number(m[1]));
}

// The opening years of an article under its title, read once however many month-and-year keys ask.
const openingYearsOnce = articleMemo<number[]>();

// A death told as part of the event ("died in 1664, on the last day of the siege"): the event's own fact.
const DEATH_IN_THE_EVENT = /\b(?:siege|battle|war|fighting|attack|during|killed|wounds?|same year|that year|that day)\b/i;

/** "She later moved away and died in _____": the year someone died, in an article about an event of another year. */
export function deathYearBesideAnEvent(sentence: string, start: number, end: number, articleText: string, title = ""): boolean {
  if (!/\bdied\s+(?:in|on)\s+$/.test(sentence.slice(0, start)) || DEATH_IN_THE_EVENT.test(sentence)) return false;
  return yearBesideTheEvent(sentence, sentence.slice(start, end), articleText, title);
}

/**
 * A year (the first one in `text`) outside the years of the event an article under a "Date:" line tells of: a life's year
 * or a later one, not the event's. (A life's page has no Date line: there a birth or a death is part of the story. Nor
 * does a page on a day of the year, "Date: 9 May" with no year, tell of one event: the births of that day are its content.)
 */
export function yearBesideTheEvent(sentence: string, text: string, articleText: string, title = ""): boolean {
  if (!/\b\d{3,4}\b/.test(EVENT_DATE_LINE.exec(articleText.slice(0, 400))?.[1] ?? "")) return false;
  const year = Number(/\d{3,4}/.exec(text)?.[0] ?? NaN);
  const years = openingYears(articleText, title, sentence);
  // Inside the span of the event's years (a three-year siege dated by its first year) is the event, not beside it.
  return Number.isFinite(year) && years.length > 0 && (year < Math.min(...years) || year > Math.max(...years) + 3);
}

/**
 * "published in _____" with March, May and June of one year for options: only the month is tested, recall of a detail.
 * (A year the article opens on, "Date: March 1610" or a first paragraph on the march of 1610, is its event's own.)
 */
export function onlyTheMonth(q: GeneratedQuestion, articleText: string, title = ""): boolean {
  const year = /^[A-Z][a-z]+ (\d{4})$/.exec(q.answerText)?.[1];
  // The year the article opens on (its Date line, title or first paragraph) is its event's own: the month of a step in it is fair.
  if (!year || openingYearsOnce(articleText, title, () => openingYears(articleText, title)).includes(Number(year))) return false;
  // (Typed, the month and the year are both asked: fixture quizzes lost fair dates of a main year when that was held too.)
  return q.type === "MULTIPLE_CHOICE" && q.options.length > 1 && q.options.every((o) => o.text.endsWith(` ${year}`));
}

/**
 * The notes above, for a question on a span of its sentence. A false statement made by swapping the key hinges on the same
 * detail and waits as its cloze does; a true copy tests its whole sentence.
 */
export function besideThePointPenalties(q: GeneratedQuestion, articleText: string, title: string, at: KeyInSentence | null): Penalty[] {
  if (!at || q.type === "ORDERING" || q.type === "MATCHING" || (q.type === "TRUE_FALSE" && q.answerText !== "False")) return [];
  const { sentence, start, end } = at;
  const out: Penalty[] = [];
  const held = (check: string): Penalty => ({ check, factor: 1, belowReviewLine: true });
  if (q.keyKind === "number" && countOfListedItems(sentence, end, articleText.slice(q.source.end, q.source.end + 40))) out.push(held("count-of-listed-items"));
  if (q.keyKind === "date" && yearOfAnHonour(sentence, start, end, title)) out.push(held("year-of-an-honour"));
  else if (q.keyKind === "date" && yearOfALaterHonour(sentence, start, end, articleText, title)) out.push(held("year-of-a-later-honour"));
  // (A place the title names is the article's own: the step taken there is its story.)
  if (q.keyKind === "name" && q.spanType !== "PERSON" && placeOfAStudyStep(sentence, start) && !namesTitle(sentence.slice(start, end), titleStems(title))) {
    out.push(held("place-of-a-study-step"));
  }
  if (q.keyKind === "date" && dateOfAnInstance(sentence, start, () => openingYears(articleText, title, sentence))) {
    out.push(held("date-of-an-instance"));
  }
  if (q.keyKind === "date" && yearOfAStudyStep(sentence, start, end)) out.push(held("year-of-a-study-step"));
  if (q.keyKind === "number" && gapBetweenSteps(sentence, start, end)) out.push(held("gap-between-steps"));
  if (q.keyKind === "number" && yearsInARole(sentence, start, end)) out.push(held("years-in-a-role"));
  if (q.keyKind === "date" && yearOfASaying(sentence, start, end)) out.push(held("year-of-a-saying"));
  if (q.keyKind === "name" && nameOfAPassingKinsman(sentence, start, end, articleText)) out.push(held("name-of-a-passing-kinsman"));
  if (q.keyKind === "name" && tailOfANumberedName(sentence, start)) out.push({ check: "tail-of-a-numbered-name", factor: 0.7, belowDropLine: true });
  if (q.keyKind === "name" && q.spanType !== "PERSON" && regionOfAFame(sentence, start, end)) out.push(held("region-of-a-fame"));
  if (q.keyKind === "date" && deathYearBesideAnEvent(sentence, start, end, articleText, title)) out.push(held("death-year-beside-an-event"));
  if (q.keyKind === "date" && onlyTheMonth(q, articleText, title)) out.push(held("only-the-month"));
  if (q.keyKind === "number" && spanOfAFirst(sentence, start, end)) out.push({ check: "span-of-a-first", factor: 0.7, belowDropLine: true });
  return out;
}
