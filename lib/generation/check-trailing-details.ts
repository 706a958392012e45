import { MONTHS } from "./months";
import type { Penalty } from "./check-trivia";
import type { KeyInSentence } from "./check-sentence-point";
import { isArticleSubject, namesTitle, titleStems } from "./title-words";
import type { GeneratedQuestion } from "./types";

/**
 * Keys in what a sentence adds after its point, or beside the one it is about: a date in a trailing "while" clause about
 * someone else, the year someone else's state began ("has had three seats since _____"), a year given in a reason tacked
 * on to a claim about a name, a count of the others beside the one the sentence is about ("her and _____ other riders"),
 * a birth name, the start of a journey in a purpose clause, the home town of a pair inside the subject, and the year of a
 * later tribute. Strict reviewers failed these as side details. Each shape is read only where the same words cannot be the
 * sentence's point: whatever names or stands for the article's subject (its title words, "he"/"she"/"it", "the country")
 * keeps its own dates and places. Each holds the question below the review line, so selection takes it only when nothing
 * fairer is left.
 */

// A perfect tense ("has been", "had held", "have long sent"): with it "since" tells when a state began, not why.
const PERFECT = /\b(?:has|have|had)\s+(?:also\s+|always\s+|long\s+|only\s+|not\s+|never\s+|ever\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|ld|ept|ought|ung|un|ad))\b/i;
// A perfect tense with no semicolon after it (in PERFECT_IN_CLAUSE, no comma either): its clause runs on to the end.
const PERFECT_IN_SENTENCE_PART = new RegExp(`${PERFECT.source}[^;]*$`, "i");
const PERFECT_IN_CLAUSE = new RegExp(`${PERFECT.source}[^,;]*$`, "i");
// What follows a "since" that tells a time: a year, a decade, a month, "then", an event of a life or a state.
const SINCE_TIME = new RegExp(
  String.raw`^\s*(?:about |around |at least |c\. |circa |AD )?(?:\d|the (?:early |mid-?|late )?(?:\d|\w+ century)|then\b|(?:${MONTHS})\b|independence\b|World War\b|` +
    String.raw`(?:the|its|his|her|their) (?:war|founding|foundation|independence|creation|birth|death|start|beginning|end|opening|revolution|reign|accession|election|union)\b|` +
    String.raw`(?:it|he|she|they) (?:was|were) (?:founded|built|formed|created|established|born|opened|revived)\b)`,
  "i",
);

/**
 * Whether a "since" tells when rather than why: after a perfect tense in its clause ("has had two seats since …"), as
 * "ever since", or before a time ("since 1961", "since the mid-1990s", "since independence", "since it was founded").
 * `before` is the sentence up to "since", `after` what follows it.
 */
export function sinceTellsWhen(before: string, after: string): boolean {
  return /\bever\s+$/i.test(before) || PERFECT_IN_SENTENCE_PART.test(before) || SINCE_TIME.test(after);
}

/** A "since" in the sentence that gives a reason (see sinceTellsWhen). */
export function sinceGivesReason(sentence: string): boolean {
  return [...sentence.matchAll(/\bsince\b/gi)].some((m) => !sinceTellsWhen(sentence.slice(0, m.index), sentence.slice(m.index + 5)));
}

/**
 * "The mill lost money, and two owners were fined, while the manager's house burned in _____.": a date in a "while" or
 * "whereas" clause after the main clause. Safe because the clause must be about someone else: one whose subject is the
 * article's own, or that says again what the main clause did ("X invaded …, while Y invaded …", the event's two halves),
 * keeps its date.
 */
export function dateInTrailingWhileClause(sentence: string, start: number, title: string): boolean {
  const before = sentence.slice(0, start);
  const clause = /[,;] (?:while|whilst|whereas)\b([^,;]*)$/i.exec(before);
  if (!clause) return false;
  // (The clause's words with the key itself: "begun in June 1699" in an article on the feud of 1699.)
  const words = `${clause[1]!} ${/^[^,;]*/.exec(sentence.slice(start))![0]}`;
  if (isArticleSubject(clause[1]!, title) || namesTitle(words, titleStems(title))) return false;
  const main = new Set(contentStems(before.slice(0, clause.index)));
  return !contentStems(clause[1]!).some((w) => main.has(w));
}

/** Content words cut to four letters ("invaded" and "invasion" meet), for telling one clause repeats another. */
function contentStems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 4 && !/^(?:there|their|which|while|where|after|before|about|other|these|those|being)$/.test(w))
    .map((w) => w.slice(0, 4));
}

/**
 * "The island of Vell, which has no harbour, has also been given two seats since _____ by a later act.": the year a state
 * began, said after the main clause in a perfect tense. The sentence tells the state; when it began is the side detail.
 * Safe because the state must be someone else's: a holder that is the article's subject or stands for it ("The country
 * has been independent since …", "It has been listed since …"), or a title word after the year ("since … by the Act"),
 * keeps the year. The year may also come before the verb, opening the sentence or a joined clause ("Since _____ the trust
 * has kept it", "…, and since _____ the league has held it"): then the holder is the words between the year and the verb.
 */
export function startOfAState(sentence: string, start: number, end: number, title: string): boolean {
  const before = sentence.slice(0, start);
  // A year the title names ("… of 1928") is the article's own date, whatever the clause.
  const year = /\d{4}/.exec(sentence.slice(start, end))?.[0];
  if (year && titleStems(title).has(year)) return false;
  if (STATE_SINCE_BEFORE_VERB.test(before)) return stateAfterYearIsSomeoneElses(sentence.slice(end), title);
  if (!/\S\s+since\s+(?:about |around |at least )?$/i.test(before)) return false;
  const perfect = PERFECT_IN_CLAUSE.exec(before);
  if (!perfect) return false;
  // Whose state it is: the words before the verb back to a comma or a relative word ("the truce that had held since …": the
  // words before "that"); after an aside ("The island, which is small, has …") the sentence's opening words.
  const lead = before.slice(0, perfect.index);
  const holder = /(?:^|[,;]\s*)([^,;]*?)\s*(?:\b(?:that|which|who|whose)\s*)?$/.exec(lead)?.[1] || lead.split(/[,;]/)[0]!;
  // The title named by its proper name after the verb or the year ("a member of the Northern League since …") is its story too.
  const named = `${perfect[0]} ${/^[^,;.]*/.exec(sentence.slice(end))![0]}`.match(/\p{Lu}[\p{L}'’-]*/gu)?.join(" ") ?? "";
  return !isArticleSubject(holder, title) && !namesTitle(named, titleStems(title));
}

// "…, and since _____ the league has held it", "Since _____ the trust has kept it": the year said before the perfect verb.
const STATE_SINCE_BEFORE_VERB = /(?:^|[,;]\s+(?:and\s+|but\s+)?)since\s+(?:about |around )?$/i;
const STATE_AFTER_YEAR = /^,?\s*([^,;.]{0,60}?)\b((?:has|have)\s+(?:also\s+|always\s+)?(?:been|[a-z]+(?:ed|en|wn|ld|pt|ght)))\b/i;

/**
 * The state told after the year is someone else's: its holder (the words between the year and the verb) is not the
 * article's subject, and holder and verb do not name the title's event ("Votes for Women": "since _____ all adults have
 * voted …" is the article's own date). Content words meet the title by their first four letters. (Not the words after the
 * verb: "has marked it as the Day of …" may name the title while the marking is someone else's side note.)
 */
function stateAfterYearIsSomeoneElses(after: string, title: string): boolean {
  const state = STATE_AFTER_YEAR.exec(after);
  if (!state || isArticleSubject(state[1]!, title)) return false;
  return !namesTitle(`${state[1]} ${state[2]}`, titleStems(title, 4), 4);
}

/**
 * "The word is fairly new, since a traveller made it popular in _____, long after the trade had ended.": a year given for
 * when a name or word came into use, set long after (or before) the matter itself, or given in a reason hung on a claim with
 * "since". The claim (the word is new) is the point; the exact year is not. Only a sentence about a name or word: elsewhere
 * "in 1833, decades before …" is the event's own date with a comparison added. ("Not long after" ties a year to an event.)
 */
export function yearBesideItsPoint(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  if (!/\b(?:name|names|named|word|words|term|nickname|coined|popularised|popularized|made (?:it |the \w+ )?popular)\b/i.test(before)) return false;
  if (/^,?\s+(?:long|centuries|decades|generations|many years|well) (?:after|before)\b/i.test(sentence.slice(end))) return true;
  // "…, since a poet coined it in _____": a reason clause (subject and verb after "since") hung on a claim. After a perfect
  // tense the "since" tells when ("has been quiet, since the war ended in …"), and the year is the point.
  const reason = /, since ((?:it|he|she|they|this|these|(?:the|a|an) [a-z]+) (?:was|were|had|has|is|are|[a-z]+ed)\b[^,;]*)$/i.exec(before);
  return Boolean(reason && !sinceTellsWhen(before.slice(0, reason.index + 2), ` ${reason[1]}`));
}

/** "told her and _____ other riders to stand": a count of the others beside the one the sentence is about. */
export function countOfOthers(sentence: string, start: number, end: number): boolean {
  // Only beside someone named or meant just before ("her and", "with"): "_____ other states followed" counts the point itself.
  if (!/\b(?:and|with)\s+$/i.test(sentence.slice(0, start))) return false;
  return /^\s+other\s+[A-Za-z]/.test(sentence.slice(end));
}

/** "She was born _____ in Kell", "his birth name was _____": a name someone had before the one the article calls them by. */
export function birthName(sentence: string, start: number): boolean {
  return /(?<![-\w])(?:born|née|nee)\s+$|\b(?:birth|maiden|original) name (?:was|is)\s+$/i.test(sentence.slice(0, start));
}

/**
 * "…, later moved to _____, and she is still known as …", "… so that the crew might meet the owner, due to sail over from _____.":
 * a place someone later moved to, told in the middle of a sentence whose point comes after it, or the start of a journey
 * in a purpose clause. Safe because the move must not be the sentence's last word or its subject's ("The capital was moved
 * to …", a place the title names), and the journey must be an infinitive inside the purpose ("sailed out from Palos" stays).
 */
export function placeMovedToOrSetOutFrom(sentence: string, start: number, end: number, title: string): boolean {
  const before = sentence.slice(0, start);
  if (namesTitle(sentence.slice(start, end), titleStems(title))) return false;
  if (/\b(?:capital|court|government|company|seat|headquarters|parliament|office|offices)\b/i.test(before)) return false;
  const moved = /\b(?:later|eventually|afterwards?)\s+(?:moved|settled|retired|emigrated|relocated)\s+(?:back\s+)?(?:to|in)\s+(?:the\s+)?$/i.test(before);
  if (moved) return /^(?:,\s+[A-Z][\w'’.-]*)?,\s+(?:and|but)\s+(?:he|she|they|it|[A-Z][a-z]+)\s/.test(sentence.slice(end));
  return /\b(?:so that|in order to|(?:due|about|ready|set) to)\b[^.;]*\bto\s+(?:travel|come|sail|fly|journey|return)\s+(?:out|over|back|down|up|home)\s+from\s+(?:the\s+)?$/i.test(before);
}

// A pair or a small counted group of kin whose home town a sentence gives in passing ("two sisters from _____, Kent, built …").
const HOME_OF_PAIR = /\b(?:two|three|four|a|the)\s+(?:[a-z]+\s+)?(?:brothers|sisters|siblings|cousins|couple|pair|twins)\s+from\s+$/i;
// After these verbs the place is where they came from: the sentence's point.
const MIGRATION = /^(?:came|come|arrived|poured|emigrated|immigrated|settled|moved|fled|migrated|travelled|traveled|sailed|walked|returned|left)$/;

/**
 * "On a spring day in 1911, two sisters from _____, Kent, flew a glider.": the home of a pair the sentence is about, said as
 * a modifier of its subject before its main verb. What they did is the point. Safe because only a pair or a few kin count
 * (a group of migrants' origin is their story), a verb of coming or leaving after it keeps the place, and so does the
 * title's own place. (See placeOfOrigin for the home given in an aside after a comma.)
 */
export function homeOfTheActors(sentence: string, start: number, end: number, key: string, title: string): boolean {
  if (!HOME_OF_PAIR.test(sentence.slice(0, start))) return false;
  if (namesTitle(key, titleStems(title))) return false;
  // The main verb comes after the phrase (and a region after the town): the key is inside the subject, not where its verb goes.
  const next = /^(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,)?\s+([a-z]+)\b/.exec(sentence.slice(end))?.[1];
  return Boolean(next && !MIGRATION.test(next) && !/^(?:and|or|but|of|in|on|at|to|for|with|by|from|the|a|an|who|which|that|whose|where|when)$/.test(next));
}

/**
 * "…, but around _____ the navy named a ship after her.": the year of a later tribute to the one the article is about, told
 * to close a life. Safe because the tribute must be one: "after her" closing the phrase ("named queen after her sister died"
 * is a time), and a thing named that is itself the title's subject ("named the mountain after him" in an article on the
 * mountain) keeps its year.
 */
export function dateOfATribute(sentence: string, start: number, end: number, title: string): boolean {
  const from = Math.max(0, ...[", but ", ", and ", "; "].map((m) => sentence.lastIndexOf(m, start) + 1));
  // The clause runs to the next joined clause ("…, and later a street was named after her" is another clause's tribute); a
  // comma after an opening phrase ("In 1865, the …") does not end it.
  const to = [", and ", ", but ", "; "].map((m) => sentence.indexOf(m, end)).filter((i) => i >= 0);
  const clause = sentence.slice(from, to.length ? Math.min(...to) : undefined);
  const tribute = /\b(?:named|renamed)\b([^,;]{0,60})\bafter (?:him|her|them)(?=\s*(?:[,.;"”]|$|\s+(?:in|by|and|when)\b))|\bin (?:his|her|their) (?:honou?r|memory)\b|\bin honou?r of\b([^,;.]*)/i.exec(clause);
  if (!tribute) return false;
  // What was named: the kind of thing between "named" and "after", its head noun ("the mountain"; not the name it was given,
  // "Lind", which is the honoured one's own, nor a describing word, "a sailing ship"), the one honoured after "in honour of",
  // or else the clause before the tribute.
  const kind = tribute[1] === undefined ? undefined : (/([a-z]+)\W*(?:["“”]?\p{Lu}[\p{L}'’-]*["“”]?\s*)*$/u.exec(tribute[1].trim())?.[1] ?? "");
  const named = kind ?? tribute[2] ?? clause.slice(0, tribute.index);
  return !namesTitle(named, titleStems(title));
}

/**
 * Penalties for keys in what a sentence adds after its point (see above). A false statement made by changing that span
 * hinges on the same side detail; a true copy of the whole sentence tests all of it, and stays. (A false statement made
 * from a trimmed clause, keyKind "statement", has no key span here: the checks do not read it.)
 */
export function trailingDetailPenalties(q: GeneratedQuestion, title: string, at: KeyInSentence | null): Penalty[] {
  if (!at || q.type === "ORDERING" || q.type === "MATCHING" || (q.type === "TRUE_FALSE" && q.answerText !== "False")) return [];
  const { sentence, start, end } = at;
  const key = sentence.slice(start, end);
  const held = (check: string, factor = 1): Penalty => ({ check, factor, belowReviewLine: true });
  const out: Penalty[] = [];
  if (q.keyKind === "date") {
    if (dateInTrailingWhileClause(sentence, start, title)) out.push(held("date-in-trailing-while-clause"));
    if (startOfAState(sentence, start, end, title)) out.push(held("start-of-a-state"));
    if (yearBesideItsPoint(sentence, start, end)) out.push(held("year-beside-its-point"));
    if (dateOfATribute(sentence, start, end, title)) out.push(held("date-of-a-tribute"));
  }
  if (q.keyKind === "number" && countOfOthers(sentence, start, end)) out.push(held("count-of-others", 0.8));
  if (q.keyKind === "name") {
    if (birthName(sentence, start)) out.push(held("birth-name", 0.8));
    if (placeMovedToOrSetOutFrom(sentence, start, end, title)) out.push(held("place-moved-to-or-set-out-from"));
    if (homeOfTheActors(sentence, start, end, key, title)) out.push(held("home-of-the-actors"));
  }
  return out;
}
