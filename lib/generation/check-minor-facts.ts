import { FIGURE_HEDGES } from "./hedge-words";
import { MONTHS } from "./months";
import type { Penalty } from "./check-trivia";
import type { KeyInSentence } from "./check-sentence-point";
import { namedOnlyHere } from "./check-passing-details";
import { countOfPeopleInAScene } from "./check-people-counts";
import { titleStems } from "./title-words";
import type { GeneratedQuestion } from "./types";

/**
 * Keys that fall on a fact the sentence only carries along while its point is elsewhere: one end of a range that says a
 * figure is unsure, a later example of an example list, the zone of a clock time, the exact day of a death (or of a fight
 * the sentence names in passing), and where and
 * how a story was first printed, and how many people stand in a story's scene (check-people-counts). Strict judges failed each as trivia on unseen articles (sessions 15-16; the rules were
 * written from those verdicts, so the verdicts are no independent check of them). Each holds the question below the review
 * line (none is a veto), so a fairer candidate fills its slot when there is one and the question still fills a quiz that
 * would be short.
 */

// (The month list and the hedge words come from leaf modules: check-side-details imports this one, so importing its
// values here would read them inside an import cycle, before they are set.)
// The hedge words of a figure, with a date's "c."/"circa", which only a range of years takes.
const HEDGE_WORD = String.raw`(?:${FIGURE_HEDGES}|c\.|circa)`;
// A range's lower end just before the key: "anywhere from", "between about". Groups: 1 "anywhere", 2 a hedge word.
const LOWER_END_BEFORE = new RegExp(String.raw`(?:\b(anywhere|somewhere)\s+)?\b(?:from|between)\s+(${HEDGE_WORD}\s+)?$`, "i");
// What follows a lower end: the upper one, itself perhaps hedged. Group 1: a hedge word.
const UPPER_END_AFTER = new RegExp(String.raw`^\s+(?:to|and|or)\s+(${HEDGE_WORD}\s+)?\d`, "i");
// A range's upper end just before the key: "from about 1200 to about". Groups as LOWER_END_BEFORE, 3 a hedge on the upper end.
const UPPER_END_BEFORE = new RegExp(String.raw`(?:\b(anywhere|somewhere)\s+)?\b(?:from|between)\s+(${HEDGE_WORD}\s+)?\d[\d,]*\s+(?:to|and)\s+(${HEDGE_WORD}\s+)?$`, "i");
// "around 1811 or 1812": two guesses, either end.
const GUESS_BEFORE_OR = new RegExp(String.raw`\b${HEDGE_WORD}\s+$`, "i");
const GUESS_THEN_OR = new RegExp(String.raw`\b${HEDGE_WORD}\s+\d[\d,]*\s+or\s+$`, "i");
// A verb of change before "from … to …" in the same clause: the two figures are a change, not a doubt.
const CHANGE_BEFORE = /\b(?:grew|grow|grows|grown|rose|rise|rises|risen|fell|fall|falls|fallen|increased?|increases|decreased?|decreases|dropped|drops|climbed|climbs|jumped|doubled|tripled|shrank|shrunk|shrinks|declined|declines|swelled|soared|expanded|went (?:up|down)|changed|raised|reduced|cut)\b[^,;]*$/i;

/**
 * "records put it anywhere from about _____ to 1708", "from about 1200 to about _____", "around _____ or 1652": one end of a
 * range that says a figure is unsure. The sentence's point is the uncertainty (or the likely figure it gives too); the end of
 * the range is a figure to recall. A hedge word at either end or "anywhere" marks the range as doubt: "from 1740 to 1790" is a
 * period, a fact, and "grew from about 2,000 to 10,000" a change, often the point.
 */
export function endOfUncertainRange(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  let openedAt = -1;
  const lower = LOWER_END_BEFORE.exec(before);
  const upperAfter = lower && UPPER_END_AFTER.exec(after);
  if (lower && upperAfter && (lower[1] || lower[2] || upperAfter[1])) openedAt = lower.index;
  const upper = openedAt < 0 ? UPPER_END_BEFORE.exec(before) : null;
  if (upper && (upper[1] || upper[2] || upper[3])) openedAt = upper.index;
  if (openedAt >= 0) return !CHANGE_BEFORE.test(before.slice(0, openedAt));
  return (GUESS_BEFORE_OR.test(before) && /^\s+or\s+\d/.test(after)) || GUESS_THEN_OR.test(before);
}

const EXAMPLE_LIST_BEFORE = /\b(?:such as|including|like|for example|for instance|e\.g\.)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)*,?\s+(?:and|or)\s+(?:the\s+)?$/i;

/**
 * "stones such as flint and _____", "crops including rye, oats and _____": a later item of an example list. Any other member
 * of the class would serve as well, and the point is the class. (The item straight after "such as" is read by
 * key-is-an-example.) A person may be a main actor named in a list ("leaders like … and _____"): a name is held only when
 * the article gives it only here.
 */
export function laterExample(sentence: string, start: number): boolean {
  return EXAMPLE_LIST_BEFORE.test(sentence.slice(0, start));
}

const CLOCK_TIME_BEFORE = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s+)?$/i;
const ZONE_AFTER = /^\s+(?:local\s+|standard\s+|summer\s+)?time\b/i;

/** "sailed at 6:15 _____ time": the place that names the zone of a clock time, never the point of a sentence. */
export function zoneOfAClockTime(sentence: string, start: number, end: number): boolean {
  return CLOCK_TIME_BEFORE.test(sentence.slice(0, start)) && ZONE_AFTER.test(sentence.slice(end));
}

const DAY_AND_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\b|\b(?:${MONTHS})\s+\d{1,2}\b`);
// "died on", "died in a fall on", "died at sea on": how or where may stand between.
const DIED_BEFORE = /\b(?:died|passed away)\s+(?:(?:in|at|of|after|during|from)\s+[^,;.]{1,40}?\s+on\s+|on\s+)?$/i;
// "was born on", "was born Ada Vell on": a birth name may stand between.
const BORN_BEFORE = /\bborn\s+(?:(?:(?!and\b)[^\s,;.]+\s+){0,3}?on\s+)?$/i;
const BIRTH_IN_TITLE = /\b(?:birth|born)\b/i;
// A title about a death ("The Death of …", "The Assassination of …"): the day of that death is the article's event.
const DEATH_IN_TITLE = /\b(?:death|died|dies|assassinat\w*|execut\w*|murder\w*|killing|shot|shooting|fall of)\b/i;

/**
 * "he died on _____" with the day and month of the key: the exact day of a death told in passing. The year is the fact a
 * reader keeps; the day is recall, and its options differ by days or months. A killing ("was assassinated on …") is often the
 * event itself, and a title about a death makes its day the point: neither is held.
 */
export function exactDayOfDeath(sentence: string, start: number, key: string, title: string): boolean {
  return DAY_AND_MONTH.test(key) && DIED_BEFORE.test(sentence.slice(0, start)) && !DEATH_IN_TITLE.test(title);
}

// "at the Battle of Vell on", "after the Siege of Kell on": an event the sentence names, then its day.
const FIGHT_WORDS = "Battle|Siege|Sack|Raid|Storming|Fall|Capture";
const NAMED_EVENT_ON_BEFORE = new RegExp(`\\b(?:${FIGHT_WORDS}) of (?:the )?[A-Z][\\p{L}'’-]*(?: [A-Z][\\p{L}'’-]*)* on $`, "u");
const FIGHT_WORD = new RegExp(`^(?:${FIGHT_WORDS})$`);

/**
 * "the army was beaten at the Battle of Vell on _____": the exact day of a fight the sentence names in passing. Its outcome
 * is the sentence's point, and its year the fact kept; the day is recall (judges failed it so on unseen articles). A title
 * that names the fight makes its day the article's own.
 */
export function exactDayOfANamedFight(sentence: string, start: number, key: string, title: string): boolean {
  const named = NAMED_EVENT_ON_BEFORE.exec(sentence.slice(0, start));
  if (!named || !DAY_AND_MONTH.test(key)) return false;
  const stems = titleStems(title);
  return !named[0].split(/[^\p{L}'’-]+/u).some((w) => /^[A-Z]/.test(w) && !FIGHT_WORD.test(w) && stems.has(w.toLowerCase().slice(0, 5)));
}

/** "she was born on _____": the exact day of a birth, recall as the day of a death is (the year is the fact kept). */
function exactDayOfBirth(sentence: string, start: number, key: string, title: string): boolean {
  return DAY_AND_MONTH.test(key) && BORN_BEFORE.test(sentence.slice(0, start)) && !BIRTH_IN_TITLE.test(title);
}

// ", which began in _____,": when a period or war the sentence only names began or ended, said in an aside.
const ASIDE_START_BEFORE = /([\w'’-]+(?: [\w'’-]+){0,3}), (?:which|that) (?:had )?(?:began|begun|started|broke out|ended|was over)(?: in| on)? $/i;

// "… a study of the seas that ran from _____ to …", "… which lasted from 1957 until _____": a span told in a relative clause.
// Groups: 1 the words it is told of, 2 the start already given (the key is the span's end).
const SPAN_BEFORE = /([\w'’-]+(?: [\w'’-]+){0,5}),? (?:which|that) (?:ran|lasted|was held|took place|went on) (?:from|between) (?:(\S+(?: \S+)?) (?:to|until|till|and) (?:the (?:end|start|beginning|middle) of )?)?$/i;

/**
 * "During the Long War, which began in _____, she nursed …": the start of a background war or period, given in an aside,
 * is general knowledge the sentence carries along; its point is what happened during it. A period the title names is the
 * article's own and is not held.
 */
function startOfABackgroundPeriod(sentence: string, start: number, end: number, title: string): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const aside = ASIDE_START_BEFORE.exec(before);
  // (Or either end of its whole span, "a study of the seas that ran from _____ to 1958", told of the thing it describes.)
  const span = SPAN_BEFORE.exec(before);
  // (A span told of an appositive, "the Great Survey, a count of every mill that ran from …", is the named thing's too.)
  const host = (at: number) => (/, $/.test(before.slice(0, at)) ? before.slice(0, at - 2).split(/\s+/).slice(-4).join(" ") : "");
  const told = aside && /^,/.test(after) ? aside[1] : span && (span[2] || /^\s+(?:to|until|till|and)\b/.test(after)) ? `${host(span.index)} ${span[1]}` : null;
  if (!told) return false;
  const named = titleStems(title);
  return !told.toLowerCase().split(/[^\w'’-]+/).some((w) => w.length > 3 && named.has(w.slice(0, 5)));
}

// A word of periodical printing and a verb of publishing within eight words of each other, in either order.
const PRINTED_IN = String.raw`(?:magazines?|periodicals?|serials?|in (?:parts|instalments|installments|episodes))`;
const PUBLISHED = String.raw`(?:published|appeared|printed|serial(?:i[sz]ed)|came out)`;
const STORY_PRINTED = new RegExp(String.raw`\b${PRINTED_IN}\b(?:\W+[\w'’-]+){0,8}?\W+${PUBLISHED}\b|\b${PUBLISHED}\b(?:\W+[\w'’-]+){0,8}?\W+${PRINTED_IN}\b|\bserial(?:i[sz]ed|ly)\b`, "i");
const PRINTING_TITLE = /\b(?:magazine|periodical|serial|press|publish|print)/i;

/**
 * "The story first came out in parts in a magazine called … in 1871 and 1872": where and how a story was first printed.
 * In an article about the story (its plot, its people), the publication is a side note; about a magazine, it is the point.
 * Only printing reads so ("the powder magazine exploded" is no publication), and a year the title names is the article's own.
 */
export function publicationDetail(sentence: string, title: string, key: string): boolean {
  if (PRINTING_TITLE.test(title) || !STORY_PRINTED.test(sentence)) return false;
  const year = /\d{4}/.exec(key)?.[0];
  return !(year && titleStems(title).has(year));
}

/**
 * Penalties for keys on a minor fact of their sentence (see above). `at` is where the key sits, when it is a span of it. A
 * false statement made by swapping the key hinges on the same fact and is held as its cloze is; a true copy tests the
 * whole sentence (only a printing detail is held in it too: the whole sentence is the side note).
 */
export function minorFactPenalties(q: GeneratedQuestion, articleText: string, title: string, at: KeyInSentence | null): Penalty[] {
  const out: Penalty[] = [];
  const held = (check: string): Penalty => ({ check, factor: 1, belowReviewLine: true });
  if (q.type === "ORDERING" || q.type === "MATCHING") return out;
  const key = at ? at.sentence.slice(at.start, at.end) : q.answerText;
  if (publicationDetail(q.source.sentence, title, key)) out.push(held("publication-detail"));
  if (!at || (q.type === "TRUE_FALSE" && q.answerText !== "False")) return out;
  const { sentence, start, end } = at;
  if ((q.keyKind === "date" || q.keyKind === "number") && endOfUncertainRange(sentence, start, end)) out.push(held("end-of-uncertain-range"));
  if (q.keyKind !== "date" && q.keyKind !== "number" && laterExample(sentence, start) && (q.keyKind !== "name" || namedOnlyHere(key, articleText))) {
    out.push(held("later-example"));
  }
  if (q.keyKind === "name" && zoneOfAClockTime(sentence, start, end)) out.push(held("zone-of-a-clock-time"));
  if (q.keyKind === "number" && countOfPeopleInAScene(sentence, end, key, articleText, title)) out.push(held("count-of-people-in-a-scene"));
  // (A false statement whose swap changed the year too tests the year, which is no side note.)
  const year = /\d{3,4}/.exec(key)?.[0];
  const dayOnly = q.type !== "TRUE_FALSE" || !year || q.prompt.includes(year);
  if (q.keyKind === "date" && dayOnly && exactDayOfDeath(sentence, start, key, title)) out.push(held("exact-day-of-death"));
  if (q.keyKind === "date" && dayOnly && exactDayOfBirth(sentence, start, key, title)) out.push(held("exact-day-of-birth"));
  if (q.keyKind === "date" && dayOnly && exactDayOfANamedFight(sentence, start, key, title)) out.push(held("exact-day-of-a-named-fight"));
  if (q.keyKind === "date" && startOfABackgroundPeriod(sentence, start, end, title)) out.push(held("start-of-a-background-period"));
  return out;
}
