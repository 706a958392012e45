import type { Penalty } from "./check-trivia";
import type { KeyInSentence } from "./check-sentence-point";
import type { GeneratedQuestion } from "./types";

/**
 * Keys that sit in what a sentence adds after its point, or beside the one it is about: a date in a trailing "while"
 * clause about someone else, the year a state began ("has had three seats since _____"), a year the sentence itself
 * calls long past the matter ("in _____, long after …"), a year in a reason tacked on to a claim ("… is modern, since it
 * was coined in _____"), a count of the others beside the one the sentence is about ("her and _____ other riders"), a
 * birth name of someone known by another, and a place someone later moved to or set out from. Strict reviewers failed
 * these as side details: the sentence's point is printed in the stem. Each holds the question below the review line,
 * so selection takes it only when nothing fairer is left.
 */

const STOPWORDS = new Set("the and of to in a an for on by with from as at its is are was were his her their this that".split(" "));

/** The title's content words cut to a crude five-letter stem, so "Lind's" meets "Lind" and "voyages" meets "voyage". */
function titleStems(title: string): Set<string> {
  return new Set(title.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3 && !STOPWORDS.has(w)).map((w) => w.slice(0, 5)));
}

/**
 * "The mill lost money, and two owners were sued, while the manager's house burned in _____.": a date in a "while" or
 * "whereas" clause after the main clause, about something the title does not name. The clause sets a side event beside
 * the point. (An opening "while" clause is read by inFramingClause.)
 */
export function dateInTrailingWhileClause(sentence: string, start: number, title: string): boolean {
  const clause = /[,;] (?:while|whilst|whereas)\b([^,;]*)$/i.exec(sentence.slice(0, start));
  if (!clause) return false;
  const stems = titleStems(title);
  return !clause[1]!.toLowerCase().split(/[^a-z]+/).some((w) => w.length > 3 && stems.has(w.slice(0, 5)));
}

/**
 * "The island has sent two members since _____ by a later act.": the year a state began, said after the main clause in a
 * perfect tense. The sentence tells the state (how many, what right); when it began is the side detail. "Since" opening
 * the sentence is read by eraInOpeningPhrase; "since" giving a reason ("since it was …") is no date's bound.
 */
export function startOfAState(sentence: string, start: number, title: string): boolean {
  const before = sentence.slice(0, start);
  if (!/\S\s+since\s+(?:about |around |at least )?$/i.test(before)) return false;
  const perfect = /\b(?:has|have|had)\s+(?:also\s+|always\s+|long\s+|only\s+|not\s+|never\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|ld|ept|ought|ung|un))\b[^,;]*$/i.exec(before);
  if (!perfect) return false;
  // Whose state it is: the words before the verb back to a comma or a relative word ("the truce that had held since …": the
  // words before "that"). The title's own subject in a state since a date ("The Wall had split the town since …") is its story.
  const lead = before.slice(0, perfect.index);
  // (After an aside, "The island, which is small, has …", the holder is the sentence's opening words.)
  const holder = /(?:^|[,;]\s*)([^,;]*?)\s*(?:\b(?:that|which|who|whose)\s*)?$/.exec(lead)?.[1] || lead.split(/[,;]/)[0]!;
  const stems = titleStems(title);
  return !holder.toLowerCase().split(/[^a-z]+/).some((w) => w.length > 3 && stems.has(w.slice(0, 5)));
}

/**
 * "The word is fairly new, since a traveller made it popular in _____, long after the trade had ended.": a year the sentence
 * itself places long after (or long before) something, or a year in a reason tacked on after a claim with "since". The claim
 * (the word is new) is the point; the exact year is not. ("Not long after" ties a year to an event, and stays.)
 */
export function yearBesideItsPoint(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end);
  if (/^,?\s+(?:long|centuries|decades|generations|many years|well) (?:after|before)\b/i.test(after)) return true;
  // "…, since a poet coined it in _____": a reason clause (subject and verb after "since") hung on a claim.
  return /, since (?:it|he|she|they|this|these|(?:the|a|an) [a-z]+) (?:was|were|had|has|is|are|[a-z]+ed)\b[^,;]*$/i.test(sentence.slice(0, start));
}

/** "told her and _____ other riders to stand": a count of the others beside the one the sentence is about. */
export function countOfOthers(sentence: string, start: number, end: number): boolean {
  if (/\b(?:the|these|those|its|his|her|their)\s+$/i.test(sentence.slice(0, start))) return false;
  return /^\s+other\s+[A-Za-z]/.test(sentence.slice(end));
}

/** "She was born _____ in Kell", "his birth name was _____": a name someone had before the one the article calls them by. */
export function birthName(sentence: string, start: number): boolean {
  return /\b(?:born|née|nee)\s+$|\b(?:birth|maiden|original) name (?:was|is)\s+$/i.test(sentence.slice(0, start));
}

/**
 * "…, later moved to _____, and is still known as …", "… meet the owner, due to sail over from _____.": a place someone
 * moved to later on or set out from, given after the sentence's point. Where someone went to stay or came from on the way is
 * told in passing; what they did is the point. ("fled to", "sailed to" tell the event itself and stay.)
 */
export function placeMovedToOrSetOutFrom(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  if (/\b(?:later|eventually|afterwards?|then)\s+(?:moved|settled|retired|emigrated|relocated)\s+(?:back\s+)?(?:to|in)\s+(?:the\s+)?$/i.test(before)) return true;
  // The start of a journey in a clause after the main one ("so that the crew might meet the owner, due to sail over from _____").
  return /[,;]|\bso that\b/.test(before) && /\b(?:travel|come|sail|fly|journey|return)(?:l?ed|s|ing)?\s+(?:out|over|back|down|up|home)\s+from\s+(?:the\s+)?$/i.test(before);
}

// People a sentence is about, whose home town it may give in passing ("two sisters from _____, Kent, built …").
const PEOPLE = "brothers|sisters|siblings|cousins|family|families|couple|pair|man|men|woman|women|boy|boys|girl|girls|people|settlers|merchants|traders|workers|students|scholars|sailors|soldiers|farmers|immigrants|pilgrims|monks|missionaries|explorers|travell?ers|engineers|inventors|scientists";
const HOME_OF_PEOPLE = new RegExp(`\\b(?:${PEOPLE})\\s+from\\s+$`, "i");

/**
 * "On a spring day in 1911, two sisters from _____, Kent, flew a glider.": the home of the people a sentence is about, said
 * as a modifier of its subject before the main verb. What they did is the point. (See placeOfOrigin for the home given in
 * an aside after a comma.) The title's own place stays.
 */
export function homeOfTheActors(sentence: string, start: number, end: number, key: string, title: string): boolean {
  if (!HOME_OF_PEOPLE.test(sentence.slice(0, start))) return false;
  const stems = titleStems(title);
  if (key.toLowerCase().split(/[^a-z]+/).some((w) => w.length > 3 && stems.has(w.slice(0, 5)))) return false;
  // The main verb comes after the phrase (and a region after the town): the key is inside the subject, not where its verb goes.
  const next = /^(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,)?\s+([a-z]+)\b/.exec(sentence.slice(end))?.[1];
  return Boolean(next && !/^(?:and|or|but|of|in|on|at|to|for|with|by|from|the|a|an|who|which|that|whose|where|when)$/.test(next));
}

/**
 * "…, but around _____ the navy named a ship after her.": the year of a later tribute (a thing named after someone, or in
 * their honour). The tribute is told to close a life; its exact year is a side detail.
 */
export function dateOfATribute(sentence: string, start: number, end: number): boolean {
  const from = Math.max(0, ...[", but ", ", and ", "; "].map((m) => sentence.lastIndexOf(m, start) + 1));
  const to = [",", ";"].map((m) => sentence.indexOf(m, end)).filter((i) => i >= 0);
  const clause = sentence.slice(from, to.length ? Math.min(...to) : undefined);
  return /\b(?:named|renamed|called)\b[^,;]{0,60}\bafter (?:him|her|them|his|her)\b|\bin (?:his|her|their) (?:honou?r|memory)\b|\bin honou?r of\b/i.test(clause);
}

/**
 * Penalties for keys in what a sentence adds after its point (see above). A false statement made by changing that span
 * hinges on the same side detail; a true copy of the whole sentence tests all of it, and stays.
 */
export function trailingDetailPenalties(q: GeneratedQuestion, title: string, at: KeyInSentence | null): Penalty[] {
  if (!at || q.type === "ORDERING" || q.type === "MATCHING" || (q.type === "TRUE_FALSE" && q.answerText !== "False")) return [];
  const { sentence, start, end } = at;
  const key = sentence.slice(start, end);
  const held = (check: string, factor = 1): Penalty => ({ check, factor, belowReviewLine: true });
  const out: Penalty[] = [];
  if (q.keyKind === "date") {
    if (dateInTrailingWhileClause(sentence, start, title)) out.push(held("date-in-trailing-while-clause"));
    if (startOfAState(sentence, start, title)) out.push(held("start-of-a-state"));
    if (yearBesideItsPoint(sentence, start, end)) out.push(held("year-beside-its-point"));
    if (dateOfATribute(sentence, start, end)) out.push(held("date-of-a-tribute"));
  }
  if (q.keyKind === "number" && countOfOthers(sentence, start, end)) out.push(held("count-of-others", 0.8));
  if (q.keyKind === "name") {
    if (birthName(sentence, start)) out.push(held("birth-name", 0.8));
    if (placeMovedToOrSetOutFrom(sentence, start)) out.push(held("place-moved-to-or-set-out-from"));
    if (homeOfTheActors(sentence, start, end, key, title)) out.push(held("home-of-the-actors"));
  }
  return out;
}
