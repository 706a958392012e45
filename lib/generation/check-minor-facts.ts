import type { Penalty } from "./check-trivia";
import type { KeyInSentence } from "./check-sentence-point";
import { namedOnlyHere } from "./check-passing-details";
import { isArticleSubject, namesTitle, titleStems } from "./title-words";
import type { GeneratedQuestion } from "./types";

/**
 * Keys that fall on a fact the sentence only carries along while its point is elsewhere: one end of a range scholars
 * give for an uncertain date, the count in a sentence that announces a topic ("there are two kinds of …"), a later
 * example of an example list, the zone of a clock time, the exact day of a death, the home someone comes back to, the
 * owner of a thing used in the act the stem already tells, the evidence for a view some scholars hold, and where and how a
 * story was first printed. Strict judges failed each as trivia on unseen articles (sessions 15-16). Each holds the
 * question below the review line (none is a veto), so a fairer candidate fills its slot when there is one and the question
 * still fills a quiz that would be short.
 */

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const HEDGE_WORD = String.raw`(?:about|around|roughly|perhaps|possibly|probably|c\.|circa)`;

/**
 * "records put it anywhere from about _____ to 1708", "around _____ or 1652": one end of a range that says the date
 * is unsure. The sentence's point is the uncertainty (or the likely date it gives too); the end of the scholars' range is
 * a figure to recall. A hedge word or "anywhere" marks the range as doubt: "from 1740 to 1790" is a period, a fact.
 */
export function endOfUncertainRange(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const first = new RegExp(String.raw`\b(?:anywhere|somewhere)\s+(?:from|between)\s+(?:${HEDGE_WORD}\s+)?$|\b(?:from|between)\s+${HEDGE_WORD}\s+$`, "i");
  if (first.test(before) && /^\s+(?:to|and|or)\s+(?:${HEDGE_WORD}\s+)?\d/i.test(after)) return true;
  if (new RegExp(String.raw`\b${HEDGE_WORD}\s+$`, "i").test(before) && /^\s+or\s+\d/.test(after)) return true;
  const second = new RegExp(String.raw`(?:\b(?:anywhere|somewhere)\s+(?:from|between)\s+(?:${HEDGE_WORD}\s+)?|\b(?:from|between)\s+${HEDGE_WORD}\s+)\d[\d,]*\s+(?:to|and)\s+$|\b${HEDGE_WORD}\s+\d[\d,]*\s+or\s+$`, "i");
  return second.test(before);
}

const KIND_NOUN = "kinds|types|ways|forms|sorts|classes|categories|groups|parts|stages|branches|families|steps|layers|phases|methods|varieties";

/**
 * "There are _____ basic kinds of knot …", "Rocks fall into _____ groups": the count in a sentence that announces a topic.
 * The point is what the kinds are, told in the sentences after it; the count only numbers them. ("There are 538 electors"
 * counts things, no kinds, and stays.)
 */
export function countOfKinds(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const announces = /(?:^|[.;:]\s+)There\s+(?:are|were|is)\s+(?:only\s+|just\s+)?$|\b(?:divided|split|grouped|sorted|classified|falls?|fell|comes?|came)\s+into\s+$|\bcomes?\s+in\s+$/i.test(before);
  return announces && new RegExp(String.raw`^\s+(?:(?:main|different|basic|major|broad|common|important|distinct|separate|key|general)\s+)?(?:${KIND_NOUN})\b`, "i").test(sentence.slice(end));
}

/**
 * "stones such as flint and _____", "crops including rye, oats and _____": a later item of an example list. Any other member
 * of the class would serve as well, and the point is the class. (The item straight after "such as" is read by
 * key-is-an-example.)
 */
export function laterExample(sentence: string, start: number): boolean {
  return /\b(?:such as|including|like|for example|for instance|e\.g\.)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)*,?\s+(?:and|or)\s+(?:the\s+)?$/i.test(sentence.slice(0, start));
}

/** "sailed at 6:15 _____ time": the place that names the zone of a clock time. */
export function zoneOfAClockTime(sentence: string, start: number, end: number): boolean {
  return /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s+)?$/i.test(sentence.slice(0, start)) && /^\s+(?:local\s+|standard\s+|summer\s+)?time\b/i.test(sentence.slice(end));
}

/**
 * "he died on _____" with the day and month of the key: the exact day of a death. The year is the fact a reader keeps;
 * the day is recall, and its options differ by days or months.
 */
export function exactDayOfDeath(sentence: string, start: number, key: string): boolean {
  if (!new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})\b|\b(?:${MONTH})\s+\d{1,2}\b`).test(key)) return false;
  return /\b(?:died|was killed|was executed|was assassinated|was murdered|passed away|was shot|was hanged)\s+(?:on\s+)?$/i.test(sentence.slice(0, start));
}

/**
 * "When the general came back to _____, …", "Back in _____ she …": the home someone returns to, a place the reader
 * already knows from the story; the sentence tells what happened there.
 */
export function placeComeBackTo(sentence: string, start: number): boolean {
  return /(?:^|\W)back\s+(?:home\s+)?(?:to|in)\s+(?:the\s+)?$/i.test(sentence.slice(0, start));
}

/**
 * "mends the net with _____'s needle": the owner of the thing used in the act the stem tells whole. The act is the point; whose
 * tool it was is a detail. ("After _____'s find, …" names whose deed it was, and stays.)
 */
export function ownerOfAThingUsed(sentence: string, start: number, end: number): boolean {
  // (A person beside the doer, "with _____'s cousin", is who took part, not a tool.)
  return /\b(?:with|using)\s+$/i.test(sentence.slice(0, start)) && /^['’]s\s+(?!own\b|(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|nephew|niece|friends?|men|army|troops|soldiers|family|children|help|support|permission|blessing)\b)[a-z]/i.test(sentence.slice(end));
}

/**
 * "Some scholars believe the siege came a month later, because of a letter found in _____": a date inside the evidence
 * given for a view some scholars hold. The view is the point (and the stem states it); when the evidence turned up is not.
 */
export function dateOfEvidence(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  if (!/^(?:Some|Many|Several|Other|A few)\s+(?:[a-z]+\s+)?(?:historians|scholars|experts|researchers|scientists|archaeologists|writers)\b[^;]{0,30}?\b(?:think|believe|argue|suggest|say|claim)\b/i.test(before)) return false;
  return /\b(?:because|since|as|after|thanks to|based on)\b[^;]*$/i.test(before.replace(/^[^,]*?\b(?:think|believe|argue|suggest|say|claim)\b/i, ""));
}

/**
 * "The story first came out in parts in a magazine called … in 1871 and 1872": where and how a story was first printed.
 * In an article about the story (its plot, its people), the publication is a side note; about a magazine, it is the point.
 */
export function publicationDetail(sentence: string, title: string): boolean {
  if (/\b(?:magazine|periodical|serial|press|publish|print)/i.test(title)) return false;
  return /\b(?:magazines?|periodicals?)\b|\bin\s+(?:parts|instalments|installments|episodes)\b|\bserial(?:ly|i[sz]ed|i[sz]ation)?\b/i.test(sentence) && /\b(?:appeared|published|printed|serial(?:i[sz]ed)?|came out|ran)\b/i.test(sentence);
}

/**
 * ", and since _____ the league has held it every year": the year a state began, said before the perfect tense that tells
 * the state. (After the verb, "has held it since _____", it is read by start-of-a-state; opening the sentence, by the
 * opening-phrase check.)
 */
export function startBeforeItsState(sentence: string, start: number, end: number, title: string): boolean {
  if (!/[,;]\s+(?:and\s+|but\s+)?since\s+$/i.test(sentence.slice(0, start))) return false;
  const state = /^([^,;.]{0,60}?)\b(?:has|have)\s+(?:also\s+|always\s+)?(?:been|[a-z]+(?:ed|en|wn|ld|pt|ght))\b/i.exec(sentence.slice(end));
  // Whose state it is: the holder between the year and the verb. The article's own subject keeps its dates.
  return Boolean(state && !isArticleSubject(state[1]!, title));
}

const COUNT_WORD = "two|three|four|five|six|seven|eight|nine|ten|\\d+";
/** A statement of the count that announces a topic ("There are not three kinds of …"): it tests the count alone. */
export function statesCountOfKinds(statement: string): boolean {
  return new RegExp(String.raw`(?:^|[.;:]\s+)There\s+(?:are|were)\s+(?:not\s+|only\s+|just\s+)?(?:${COUNT_WORD})\s+(?:(?:main|different|basic|major|broad|common|distinct|separate|key|general)\s+)?(?:${KIND_NOUN})\b`, "i").test(statement);
}

// Words in -ing that are no participle opening a clause.
const NOT_PARTICIPLE = /^(?:during|morning|evening|king|thing|nothing|something|anything|everything|building|ring|spring|string|wing|ceiling|being)$/i;

/**
 * "The army attacked all day, fighting for the mill of _____ and sending riders …": a name the article gives only here,
 * inside a participle clause trailing the main clause. The main clause is the point; the clause adds how it went. (Its
 * twin in an opening clause is passing-name-in-opening-clause.) A clause about the title's subject keeps its names.
 */
export function passingNameInTrailingClause(sentence: string, start: number, key: string, articleText: string, title: string): boolean {
  const clause = /, (?:[a-z]+ly )?([a-z]{3,}ing)\b([^,;]*)$/.exec(sentence.slice(0, start));
  if (!clause || NOT_PARTICIPLE.test(clause[1]!)) return false;
  if (namesTitle(clause[2]!, titleStems(title))) return false;
  return namedOnlyHere(key, articleText);
}

/** "The first recorded champion was _____": the first holder on record, named only here, a curiosity beside the story. */
export function firstOnRecord(sentence: string, start: number, key: string, articleText: string): boolean {
  return /\b(?:first|earliest) (?:recorded|known|documented|named) [a-z]+(?: [a-z]+){0,3} (?:was|is|were)\s+$/i.test(sentence.slice(0, start)) && namedOnlyHere(key, articleText);
}

/**
 * Penalties for keys on a minor fact of their sentence (see above). `at` is where the key sits, when it is a span of it. A
 * false statement made by swapping the key hinges on the same fact and is held as its cloze is; a true copy tests the
 * whole sentence.
 */
export function minorFactPenalties(q: GeneratedQuestion, articleText: string, title: string, at: KeyInSentence | null): Penalty[] {
  const out: Penalty[] = [];
  const held = (check: string): Penalty => ({ check, factor: 1, belowReviewLine: true });
  if (q.type === "ORDERING" || q.type === "MATCHING") return out;
  if (publicationDetail(q.source.sentence, title)) out.push(held("publication-detail"));
  if (q.type === "TRUE_FALSE" && statesCountOfKinds(q.prompt)) out.push(held("count-of-kinds"));
  if (!at || (q.type === "TRUE_FALSE" && q.answerText !== "False")) return out;
  const { sentence, start, end } = at;
  if ((q.keyKind === "date" || q.keyKind === "number") && endOfUncertainRange(sentence, start, end)) out.push(held("end-of-uncertain-range"));
  if (q.keyKind === "number" && q.type !== "TRUE_FALSE" && countOfKinds(sentence, start, end)) out.push(held("count-of-kinds"));
  if (q.keyKind !== "date" && q.keyKind !== "number" && laterExample(sentence, start)) out.push(held("later-example"));
  if (q.keyKind === "name" && zoneOfAClockTime(sentence, start, end)) out.push(held("zone-of-a-clock-time"));
  if (q.keyKind === "date" && exactDayOfDeath(sentence, start, sentence.slice(start, end))) out.push(held("exact-day-of-death"));
  if (q.keyKind === "date" && startBeforeItsState(sentence, start, end, title)) out.push(held("start-of-a-state"));
  if (q.keyKind === "name" && placeComeBackTo(sentence, start)) out.push(held("place-come-back-to"));
  if (q.keyKind === "name" && ownerOfAThingUsed(sentence, start, end)) out.push(held("owner-of-a-thing-used"));
  if (q.keyKind === "date" && dateOfEvidence(sentence, start)) out.push(held("date-of-evidence"));
  const key = sentence.slice(start, end);
  if (q.keyKind === "name" && /^\p{Lu}/u.test(key) && passingNameInTrailingClause(sentence, start, key, articleText, title)) out.push(held("passing-name-in-trailing-clause"));
  if (q.keyKind === "name" && firstOnRecord(sentence, start, key, articleText)) out.push(held("first-on-record"));
  return out;
}
