import { BLANK } from "./blank";
import { escapeRegExp } from "./find-spans";
import { lookupEntry, regionOf } from "./gazetteer";
import { singularOf } from "./singular-of";
import type { GeneratedQuestion } from "./types";
import { mentions } from "./whole-words";
import { articleMemo } from "./article-memo";
import { saysOwnPlace } from "./order-words";
import { elementBoundInCompound } from "./check-option-giveaways";
import { MONTHS } from "./months";
import { CLOSE_KIN, GRANDCHILDREN, GRANDPARENTS, HALF_SIBLINGS, kinAlternation, NEPHEWS_AND_COUSINS, SPOUSES, STEPCHILDREN, STEPPARENTS } from "./kin-words";
import { MEASURE as UNIT } from "./check-passing-details";

/**
 * Checks on a multiple-choice question's options, whatever made it: each
 * option must fit the blank as the key does (a/an, singular/plural, a noun
 * phrase where the key is one, a length that does not single the key out), an
 * option that is one of the article's own words must come from the article,
 * and a person's surname in the title must not pick the key out.
 */

export type OptionFailure = "options-misfit" | "stem-gives-key-away";

// "teeth", "people": plurals without an s. "-ss", "-us", "-is", "-ics": singulars with one.
const IRREGULAR_PLURAL = /^(?:people|children|men|women|teeth|feet|mice|geese|data|media|bacteria|criteria|algae|larvae|fungi|cacti|nuclei)$/;
export function isPlural(phrase: string): boolean {
  const last = phrase.toLowerCase().split(/\s+/).pop() ?? "";
  if (IRREGULAR_PLURAL.test(last)) return true;
  return last.length >= 4 && /s$/.test(last) && !/(?:ss|us|is|ics|ous|sis|ws)$/.test(last);
}

const VOWEL_SOUND = /^(?:(?!one\b|once\b|one-)[aeio]|u(?!ni|se|su|ro|ra|tensil)|hour|honou?r|heir)/i;
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The options do not all fit where the key goes. */
export function optionsMisfit(q: GeneratedQuestion, articleText: string): boolean {
  const options = q.options.map((o) => o.text);
  const key = q.answerText;
  const at = q.prompt.indexOf(BLANK);
  if (at >= 0) {
    const before = q.prompt.slice(0, at);
    const after = q.prompt.slice(at + BLANK.length);
    // "a _____" takes "canoe", not "outrigger"; "an _____" the reverse.
    if (/\ba $/i.test(before) && options.some((o) => VOWEL_SOUND.test(o) && !/^[A-Z]{2}/.test(o))) return true;
    if (/\ban $/i.test(before) && options.some((o) => !VOWEL_SOUND.test(o) && !/^[A-Z]{2}|^\d/.test(o))) return true;
    // "rails 1,067 _____ apart" keyed "millimetres": after a figure only a unit fits, and an option that is none (a
    // feature of the thing, "gentle curves") cannot stand there, so the unit key stands out.
    if (/\d $/.test(before) && UNIT.test(key) && options.some((o) => !UNIT.test(o))) return true;
    // "… releases _____ ions" with "hydrogen ions" offered: the option repeats the word after the gap.
    const next = /^\s+([a-z]+)/i.exec(after)?.[1];
    if (next && options.some((o) => singular(o.split(/\s+/).pop()!) === singular(next) && o.split(/\s+/).length > 1)) return true;
    // "a _____" or "one _____" takes one thing, "several _____" many: a lower-case option of the other number does not fit.
    if (/^[a-z]/.test(key) && q.keyKind !== "number" && q.keyKind !== "date") {
      if (/\b(?:a|an|one|each|every|this|that|another) $/i.test(before) && options.some((o) => /^[a-z]/.test(o) && isPlural(o))) return true;
      if (/\b(?:these|those|many|several|few|both|various|numerous|two|three|four|five|six|seven|eight|nine|ten) $/i.test(before) && options.some((o) => /^[a-z]/.test(o) && !isPlural(o))) return true;
    }
    // "the _____ is …" takes one thing: a plural option stands out (and the reverse), for the article's own common words.
    if (/^[a-z]/.test(key) && q.keyKind !== "number" && q.keyKind !== "date") {
      const singularVerb = /^ (?:is|was|has|does)\b/.test(after);
      const pluralVerb = /^ (?:are|were|have|do)\b/.test(after);
      if ((singularVerb || pluralVerb) && options.some((o) => isPlural(o) !== isPlural(key))) return true;
    }
  }
  // Three distractors ending in one head word the key lacks ("… inflation" thrice beside "percentage change"): the key is the odd one out.
  // (A compound counts: "hyperinflation" ends in "inflation".)
  const heads = options.filter((o) => o !== key).map((o) => o.toLowerCase().split(/[\s-]+/).pop()!);
  const head = [...heads].sort((a, b) => a.length - b.length)[0] ?? "";
  const keyHead = key.toLowerCase().split(/[\s-]+/).pop() ?? "";
  if (heads.length >= 3 && head.length >= 4 && /^[a-z]+$/.test(head) && heads.filter((h) => h === head).length >= 2 && heads.every((h) => h.endsWith(head)) && !keyHead.endsWith(head)) return true;
  // A clause among noun phrases, or one long option among short ones, is picked out by its shape.
  const lengths = options.map(words);
  const longest = Math.max(...lengths);
  const shortest = Math.min(...lengths);
  // ("Absorbs the nutrients" beside "Holds the food and helps break it down" is the same kind of answer, and fair.)
  if (longest >= 10 && longest >= 3 * shortest) return true;
  // (A purpose "to cross a trench" is a clause too, so only a noun-phrase key is held to this.)
  const nounPhrase = ["name", "term", "definition", "category", "event"].includes(q.keyKind) && !/^to /i.test(key);
  if (nounPhrase && words(key) <= 4 && !CLAUSE_VERB.test(key) && options.some((o) => o !== key && CLAUSE_VERB.test(o) && words(o) > 3)) return true;
  // The article's own common words as the key: every option should be one of the article's words too, not an outside term.
  if (/^[a-z]/.test(key) && words(key) <= 4 && !["cause", "number", "date"].includes(q.keyKind) && articleMentions(articleText, key)) {
    // A term of a kind the gazetteer knows ("nitrogen" beside "oxygen") is a fair outside option.
    if (options.some((o) => /^[a-z]/.test(o) && words(o) <= 4 && !articleMentions(articleText, o) && !lookupEntry(o))) return true;
  }
  return false;
}


// Whether the article names a word is asked for each candidate's key and options: once per word and article.
const mentionedIn = articleMemo<boolean>();
function articleMentions(articleText: string, term: string): boolean {
  return mentionedIn(articleText, term, () => mentions(articleText, term));
}

/** "ions" -> "ion", "layers" -> "layer": enough to tell a repeated word (letters only; three-letter words stay whole). */
function singular(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  return w.length > 3 ? singularOf(w) : w;
}

/**
 * "… releases _____ ions" offered "hydrogen ions", "oxide ions": the word after the gap is cut from each
 * option that ends with it, so it is not read twice. (The key never ends with it: it was cut from the sentence.)
 */
export function trimRepeatedWord(q: GeneratedQuestion): void {
  const at = q.prompt.indexOf(BLANK);
  if (q.type !== "MULTIPLE_CHOICE" || at < 0) return;
  const next = /^\s+([a-z]+)/i.exec(q.prompt.slice(at + BLANK.length))?.[1];
  if (!next) return;
  const trimmed = q.options.map((o) => {
    const words = o.text.split(/\s+/);
    return o.text !== q.answerText && words.length > 1 && singular(words[words.length - 1]!) === singular(next) ? words.slice(0, -1).join(" ") : o.text;
  });
  // Trimmed options that now repeat another option (or the key) are left as they were; the misfit check drops the question.
  if (new Set(trimmed.map((t) => t.toLowerCase())).size !== trimmed.length) return;
  q.options = q.options.map((o, i) => ({ ...o, text: trimmed[i]! }));
}

/**
 * A body only this article names (a local league, a town council) offered beside world bodies it never mentions
 * ("the United Nations", "NATO"): those are of another kind and era, and a reader rules them out at once.
 */
export function worldBodiesBesideLocalOne(q: GeneratedQuestion, articleText: string): boolean {
  if (q.type !== "MULTIPLE_CHOICE" || q.spanType !== "ORG" || lookupEntry(q.answerText)) return false;
  return q.options.some((o) => o.text !== q.answerText && lookupEntry(o.text)?.type === "ORG" && !articleText.includes(o.text));
}

/**
 * "A stone lighthouse in _____ first lit in 1702" offered with Tokyo, Beijing and Moscow: places from
 * other continents than the key's (or, for a place the gazetteer does not know, from several
 * continents at once) are ruled out by anyone who knows where the story happens.
 */
export function placesFromAnotherRegion(q: GeneratedQuestion): boolean {
  if (q.type !== "MULTIPLE_CHOICE" || !["CITY", "PLACE", "COUNTRY"].includes(q.spanType)) return false;
  const key = regionOf(q.answerText);
  const others = q.options.filter((o) => o.text !== q.answerText).map((o) => regionOf(o.text)).filter((r): r is string => Boolean(r));
  if (key) return others.some((r) => r !== key);
  return new Set(others).size > 1;
}

/** The title (shown above every question) carries the key's surname, and no other option shares it: "Harriet Tubman" picks out "John Tubman". */
export function surnameInTitle(q: GeneratedQuestion, title: string): boolean {
  if (q.keyKind !== "name" || q.type !== "MULTIPLE_CHOICE") return false;
  const parts = q.answerText.split(/\s+/);
  const surname = parts[parts.length - 1]!;
  if (parts.length < 2 || surname.length < 4 || !/^[A-Z]/.test(surname)) return false;
  if (!new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(title)) return false;
  return q.options.some((o) => o.text !== q.answerText && !o.text.includes(surname));
}

// (With the ties of a household and a school: "her master, Ada Vell", "his pupil Tom".)
const KIN = kinAlternation(CLOSE_KIN, SPOUSES, GRANDPARENTS, GRANDCHILDREN, NEPHEWS_AND_COUSINS, STEPCHILDREN, STEPPARENTS, HALF_SIBLINGS, ["widow", "widower", "owner", "master", "mistress", "teacher", "pupil", "servant"]);
// "her brother Ben", "his widow, Eliza", "Eliza, his widow": the tie the article gives a named person.
const TIE_BEFORE = new RegExp(`\\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts) (${KIN})s?,? ([A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+)?)(?:,? and ([A-Z][\\w'’-]+))?`, "g");
const TIE_AFTER = new RegExp(`\\b([A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+)?), (?:her|his|their) (${KIN})\\b`, "g");
// The tie a stem asks about: "married" asks for a spouse.
const ASKED = new RegExp(`\\b(${KIN}|married|wed)\\b`, "i");

// The ties an article gives its people, read once per article (every name question asks).
const tiesIn = articleMemo<Map<string, string>>();

/** "Who was her husband?" with her brother among the options: the article already rules him out. */
export function tiedElsewhere(q: GeneratedQuestion, articleText: string): boolean {
  if (q.keyKind !== "name") return false;
  const asked = ASKED.exec(q.prompt)?.[1]?.toLowerCase();
  if (!asked) return false;
  const wanted = asked === "married" || asked === "wed" ? /^(?:husband|wife|widow|widower)$/ : new RegExp(`^${asked}$`);
  const ties = tiesIn(articleText, "", () => {
    const found = new Map<string, string>();
    for (const m of articleText.matchAll(TIE_BEFORE)) for (const name of [m[2], m[3]]) if (name) found.set(name, m[1]!.toLowerCase());
    for (const m of articleText.matchAll(TIE_AFTER)) found.set(m[1]!, m[2]!.toLowerCase());
    return found;
  });
  return q.options.some((o) => o.text !== q.answerText && [...ties].some(([name, tie]) => (o.text === name || o.text.split(" ")[0] === name) && !wanted.test(tie)));
}

/**
 * "Which of these is not one of the forms …?" with "medicine" among "bubonic",
 * "pneumonic", "septicemic": an outsider of another kind of word gives itself
 * away. The outsider must share the members' head word ("… layer") or their
 * ending ("-ic"), as the members share it among themselves.
 */
export function outsiderOfAnotherKind(q: GeneratedQuestion): boolean {
  if (q.keyKind !== "category" || q.type !== "MULTIPLE_CHOICE") return false;
  const members = q.options.map((o) => o.text.toLowerCase()).filter((t) => t !== q.answerText.toLowerCase());
  const key = q.answerText.toLowerCase();
  const head = (t: string) => t.split(/\s+/).pop()!;
  const ending = (t: string) => head(t).slice(-2);
  const sharedHead = members.filter((m) => head(m) === head(key)).length;
  const sharedEnding = members.filter((m) => ending(m) === ending(key)).length;
  const membersAlike = (f: (t: string) => string) => members.some((m, i) => members.some((n, j) => i !== j && f(m) === f(n)));
  // "Which of these did the warden not inspect?": the outsider comes from a list with the same doer or deed ("the
  // warden inspects …", "the surveyor inspects …"; "merchants shipped …, and received …"), the list maker's proof of
  // kind, which word forms cannot give for common nouns ("ivory", "gold", "wine").
  if (q.outsiderByFrame) return false;
  // Only a stem with "not" makes the key the outsider; a question that keys a member does not, whatever article words
  // ("the decision not to close") its kind carries.
  if (q.keysMember || !/\bnot\b/i.test(q.prompt)) return false;
  // Members alike in nothing ("canopy", "understory", "emergent layer"; "reef flat", "reef crest", "fore reef")
  // leave no way to tell that the outsider is of their kind ("trees", "lagoon zone" stand out): refused.
  if (!membersAlike(head) && !membersAlike(ending)) return true;
  return sharedHead === 0 && sharedEnding === 0;
}

const HEAD_STOP = /^(?:that|which|who|of|with|from|shaped|leading|made|about|measuring|measures|is|are|was|were|in|on|at|for|to)$/;

/** What the article says a term is: "the stomach is a sac …", "the small intestine, a long coiled tube, …" -> "sac", "tube". */
// kindNoun scans the whole article; every option of every candidate asks it: remembered per article.
let kindArticle: string | null = null;
const kindCache = new Map<string, string | null>();

export function kindNoun(term: string, articleText: string): string | null {
  if (kindArticle !== articleText) {
    kindArticle = articleText;
    kindCache.clear();
  }
  const key = term.toLowerCase();
  if (!kindCache.has(key)) kindCache.set(key, findKindNoun(term, articleText));
  return kindCache.get(key)!;
}

function findKindNoun(term: string, articleText: string): string | null {
  const m = new RegExp(`\\b${escapeRegExp(term)}(?: is|,) (?:a|an) ([a-z][a-z ,-]{0,60})`, "i").exec(articleText);
  if (!m) return null;
  const words: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    const bare = w.replace(/[,.;]$/, "");
    if (HEAD_STOP.test(bare) && words.length) break;
    words.push(bare);
    if (bare !== w) break;
  }
  return words.length ? words[words.length - 1]! : null;
}

/**
 * "The _____, a long coiled tube, …" offered with a part the article calls a sac:
 * the article itself rules that option out, so only the options of the key's kind are rivals.
 */
export function optionOfAnotherKind(q: GeneratedQuestion, articleText: string): boolean {
  // A definition question offers the article's other defined terms, each defined as something else by design.
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind === "definition" || !/^[a-z]/.test(q.answerText)) return false;
  const kind = kindNoun(q.answerText, articleText);
  if (!kind || !new RegExp(`\\b${escapeRegExp(kind)}\\b`, "i").test(q.prompt)) return false;
  return q.options.some((o) => {
    if (o.text === q.answerText) return false;
    const other = kindNoun(o.text, articleText);
    return other !== null && other !== kind;
  });
}

/** An ordering question whose items' own words give their order away. */
export function orderGivenAway(q: GeneratedQuestion): boolean {
  return q.type === "ORDERING" && q.options.some((o) => saysOwnPlace(o.text));
}

const TITLE = /^(?:President|King|Queen|Emperor|Empress|Prince|Princess|Sir|Dame|Lord|Lady|Dr\.?|General|Admiral|Captain|Pope|Saint|St\.|Pharaoh|Chief|Prime Minister|Senator|Governor|Mayor|Judge|Professor)\s/;

/** Only the key carries a title ("President Ann Low" beside bare names), or only the key lacks one: it stands out. */
export function titleSetsKeyApart(q: GeneratedQuestion): boolean {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind !== "name") return false;
  const others = q.options.filter((o) => o.text !== q.answerText);
  const keyTitled = TITLE.test(q.answerText);
  return others.length >= 2 && others.every((o) => TITLE.test(o.text) !== keyTitled);
}

const MONTH_WORD = new RegExp(`\\b(${MONTHS})\\b`);

/** The parts of a date option: day, month, year (those it has). */
function dateParts(text: string): { day?: string; month?: string; year?: string } {
  const month = MONTH_WORD.exec(text)?.[1];
  const year = /\b(\d{3,4})\b/.exec(text)?.[1];
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(text.replace(year ?? "\u0000", ""))?.[1];
  return { day, month, year };
}

/** Full-date options whose wrong ones all share a part (all on the 17th) the key does not: the key is the odd one out. */
export function datePartSetsKeyApart(q: GeneratedQuestion): boolean {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind !== "date") return false;
  const key = dateParts(q.answerText);
  const others = q.options.filter((o) => o.text !== q.answerText).map((o) => dateParts(o.text));
  if (others.length < 2) return false;
  return (["day", "month"] as const).some((part) => key[part] !== undefined && others.every((o) => o[part] !== undefined && o[part] === others[0]![part] && o[part] !== key[part]));
}

/**
 * "King's College London" offered with "King's College Paris": a real name with one word swapped for a place
 * is an invented name the article never gives, and a reader who knows the real one rules it out.
 */
export function inventedBySwappingAPlace(q: GeneratedQuestion, articleText: string): boolean {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind !== "name") return false;
  const key = q.answerText.split(/\s+/);
  if (key.length < 2) return false;
  return q.options.some((o) => {
    const words = o.text.split(/\s+/);
    if (o.text === q.answerText || words.length !== key.length || articleText.includes(o.text)) return false;
    const differ = words.map((w, i) => (w === key[i] ? -1 : i)).filter((i) => i >= 0);
    return differ.length === 1 && ["CITY", "COUNTRY", "PLACE"].includes(lookupEntry(words[differ[0]!]!)?.type ?? "");
  });
}

/** Why a question's options cannot be shown, or null. */
export function optionFailure(q: GeneratedQuestion, articleText: string, title: string): OptionFailure | null {
  if (orderGivenAway(q)) return "stem-gives-key-away";
  if (q.type !== "MULTIPLE_CHOICE") return null;
  if (titleSetsKeyApart(q) || datePartSetsKeyApart(q)) return "stem-gives-key-away";
  if (surnameInTitle(q, title)) return "stem-gives-key-away";
  if (tiedElsewhere(q, articleText) || outsiderOfAnotherKind(q) || optionOfAnotherKind(q, articleText) || worldBodiesBesideLocalOne(q, articleText) || placesFromAnotherRegion(q) || inventedBySwappingAPlace(q, articleText) || elementBoundInCompound(q)) return "options-misfit";
  return optionsMisfit(q, articleText) ? "options-misfit" : null;
}
