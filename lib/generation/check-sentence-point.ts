import { articleMemo } from "./article-memo";
import { timesNamed } from "./check-passing-details";
import { PERIOD_END_BEFORE, PERIOD_START_BEFORE, STOP, type Penalty } from "./check-trivia";
import { tagWords } from "./find-spans";
import { hasTitleLine } from "./parse-article";
import { looksLikeVerb } from "./question-stems";
import { singularOf } from "./singular-of";
import type { GeneratedQuestion } from "./types";

/**
 * Keys that sit beside a sentence's point rather than on it, read from where the key stands in its sentence. The
 * point of a sentence is its main clause (who did what to what, the term it defines); a key in a name's inner word,
 * a count that only points back, one year of a list, a present-day or home place given in passing, or a person the
 * pronoun after the blank already gives away tests wording, while the point sits printed in the stem.
 * Keys that are never fair (a name's inner word, a count pointing back, the title's topic) drop the question. The
 * others hold it below the review line with no factor of their own (factor 1): the calibrated confidence is capped at
 * just under the line, so a quiz takes it only when nothing fairer is left, and a teacher looks at it first.
 */

// The head of a many-word proper name whose "of" part is one word of the name, not a fact of its own ("the Bank of _____").
const NAME_HEAD =
  /\b(?:Bank|University|College|Institute|Institution|Academy|School|Museum|Library|Gulf|Bay|Strait|Straits|Sea|Cape|Isle|Isles|Lake|Port|Church|Cathedral|Abbey|Council|Department|Ministry|Society|Company|Corporation|Commonwealth|Republic|Federation|Duke|Duchess|Earl|Prince|Princess|Archbishop|Bishop) of (?:the )?$/;
const YEAR = String.raw`(?:1\d{3}|20\d{2})`;
// A year last, first or in the middle of a list of years (see dateInList).
const LIST_LAST = new RegExp(`${YEAR},\\s+(?:${YEAR},?\\s+)*(?:and|or)\\s+$`);
const LIST_FIRST = new RegExp(`^,\\s+${YEAR}(?:,|\\s+(?:and|or)\\s+${YEAR})`);
const LIST_MID_BEFORE = new RegExp(`${YEAR},\\s+$`);
const LIST_MID_AFTER = new RegExp(`^(?:,\\s+${YEAR}|,?\\s+(?:and|or)\\s+${YEAR})`);
// One of a pair of years ("in 1801 and _____", "around _____ or 1652"): the partner is a year standing alone after "in",
// "around" and the like, not a count ("in 1630 and 1000 settlers"). A period's two ends ("between 1781 and 1839") are not a
// pair: PERIOD_END_BEFORE / PERIOD_START_BEFORE (date-in-range) keep them.
const PAIR_SECOND = new RegExp(`\\b(?:in|around|about|c\\.|circa|by)\\s+${YEAR}\\s+(?:and|or)\\s+$`, "i");
const PAIR_FIRST = new RegExp(`^\\s+(?:and|or)\\s+${YEAR}(?=\\s*(?:[,.;)]|$|\\s+(?:respectively|BCE?|AD|CE)\\b))`);

/** The key's place in its sentence: the sentence, and where the key starts and ends in it. */
export type KeyInSentence = { sentence: string; start: number; end: number };

/** The key is the inner word of a longer proper name ("the Bank of _____ raised rates"): the name as a whole is what the sentence speaks of. */
export function keyInsideLongerName(sentence: string, start: number, end: number, key: string): boolean {
  if (!/^[A-Z]/.test(key)) return false;
  const before = sentence.slice(0, start);
  // (The name closes with the key: "Bank of _____ Holdings" would be another name, read whole by the span finder.)
  return NAME_HEAD.test(before) && !/^ [A-Z][a-z]/.test(sentence.slice(end));
}

const pairs = articleMemo<Map<string, number>>();
/** How often each pair of neighbouring words stands in the article (lowercased; a full stop or comma parts them). */
function pairCounts(articleText: string): Map<string, number> {
  return pairs(articleText, "", () => {
    const out = new Map<string, number>();
    for (const run of articleText.toLowerCase().split(/[^a-z0-9'’ -]+/)) {
      const words = run.split(/[\s-]+/).filter(Boolean);
      for (let i = 1; i < words.length; i++) out.set(`${words[i - 1]} ${words[i]}`, (out.get(`${words[i - 1]} ${words[i]}`) ?? 0) + 1);
    }
    return out;
  });
}

const kinds = articleMemo<Map<string, string[]>>();
/** The words before each head word in the article's pairs that stand twice or more ("hydroxide" for "ions"): read once per article. */
function kindsOfHead(articleText: string): Map<string, string[]> {
  return kinds(articleText, "", () => {
    const out = new Map<string, string[]>();
    for (const [pair, n] of pairCounts(articleText)) {
      if (n < 2) continue;
      const [first, head] = pair.split(" ") as [string, string];
      const firsts = out.get(head);
      if (firsts) firsts.push(first);
      else out.set(head, [first]);
    }
    return out;
  });
}

/**
 * A one-word key that is one word of a longer term the article uses as a unit ("B _____ make antibodies", "white blood
 * _____", "white _____ cells"): a lone capital letter before it, or a word beside the blank recurs with the key, so the term is the unit and the blank
 * cuts it, and the neighbour gives it away. Only a content word beside it counts ("the", "of" recur with every word).
 * A kind asked before its head ("_____ ions") stands where the article names another kind of that head as a unit too.
 */
export function keyInsideSetPhrase(sentence: string, start: number, end: number, key: string, articleText: string): boolean {
  if (!/^[A-Za-z][a-z'’-]*$/.test(key)) return false;
  const before = /(?:^|[\s(])([A-Za-z][A-Za-z'’]*) $/.exec(sentence.slice(0, start))?.[1];
  const after = /^ ([a-z][a-z'’]*)\b/.exec(sentence.slice(end))?.[1];
  const counts = pairCounts(articleText);
  // Only a noun or adjective beside the key makes a set phrase with it: a verb and its object recur ("release _____" beside
  // "release oxygen" twice) without being one term. (A capitalised opener read as a command, "Guard bees", is a noun.)
  const modifies = (at: number) => {
    const word = tagWords(sentence).find((w) => w.start <= at && at < w.end);
    if (!word) return true;
    const capitalOpener = word.start === 0 && word.tags.includes("Imperative");
    return word.tags.includes("Noun") || word.tags.includes("Adjective") || capitalOpener;
  };
  const unit = (first: string | undefined, second: string | undefined, neighbour: string | undefined, at: number) =>
    Boolean(
      first && second && neighbour && !STOP.has(neighbour.toLowerCase()) && (neighbour.length > 2 || /^[A-Z]$/.test(neighbour)) &&
        (counts.get(`${first} ${second}`.toLowerCase()) ?? 0) >= 2 && modifies(at),
    );
  // A lone capital letter before the key names a kind of it ("B _____", "T _____"): one term, however often it stands.
  if (before && /^[A-Z]$/.test(before) && /^[a-z]/.test(key) && before !== "A" && before !== "I") return true;
  // A modifier blanked before a recurring head ("_____ ions") asks which kind, a fact, where the article names another kind
  // of that head as often ("hydroxide ions", twice or more); with no such rival, the head only gives the set phrase away.
  // (A pair is two words with one space between: its head is its second word.)
  const otherKind = (head: string) => (kindsOfHead(articleText).get(head.toLowerCase()) ?? []).some((first) => first !== key.toLowerCase() && !STOP.has(first));
  return unit(before, key, before, start - 2) || (unit(key, after, after, end + 1) && !otherKind(after!));
}

/**
 * A count that only points back to things already named ("the other _____ parts", "these _____ rules"): the reader
 * counts the stem. ("Each of the _____ states", "all of the _____ members" give a whole count, often the point.)
 */
export function countPointsBack(sentence: string, start: number): boolean {
  return /\b(?:the other|the remaining|these|those)\s+$/i.test(sentence.slice(0, start));
}

/** A present-day name given in passing ("a town now called _____", "in what is today _____"): the sentence speaks of the old place. */
export function presentDayName(sentence: string, start: number): boolean {
  return /\b(?:now|today|present-day|modern-day|nowadays)\s+(?:called|known as|named)\s+(?:the\s+)?$|\b(?:called|known|named)\s+(?:as\s+)?(?:today|now)\s+(?:as\s+)?(?:the\s+)?$|\bwhat is (?:now|today)\s+(?:the\s+)?$/i.test(
    sentence.slice(0, start),
  );
}

/**
 * Where someone came from, said in an aside about them ("Ann, a weaver originally from _____, built …"): the sentence
 * tells what they did. Only in an aside after a comma: "The potato is originally from _____" is the point of its sentence.
 */
export function placeOfOrigin(sentence: string, start: number): boolean {
  return /,\s+(?:(?:a|an)\s+[\w'’ -]{1,40}?\s+originally from|a native of|who (?:originally )?(?:came|hailed) from|originally from|hailing from)\s+(?:the\s+)?$/i.test(sentence.slice(0, start));
}

/**
 * One year of a list of years ("again in 1301, 1307 and _____"), or of a pair ("twice, in 1801 and _____", "around _____ or
 * 1652"): an edition, a repeat or a hedge, asked by its order in the list, while the sentence's point is that it recurred.
 * A neighbour must be a year that is itself in the list: "In 1620, 102 passengers …" is a year and a count, no list.
 * ("between 1405 and _____" gives the two ends of one period, a fact of its own.)
 */
export function dateInList(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (LIST_LAST.test(before) || LIST_FIRST.test(after) || (LIST_MID_BEFORE.test(before) && LIST_MID_AFTER.test(after))) return true;
  if (PERIOD_END_BEFORE.test(before) || PERIOD_START_BEFORE.test(before)) return false;
  return PAIR_SECOND.test(before) || PAIR_FIRST.test(after);
}

const counts = articleMemo<Map<string, number>>();
const headed = articleMemo<boolean>();

/** A word folded to its singular ("tides" → "tide", "colonies" → "colony"); a word of three letters stays whole ("gas"). */
function singular(w: string): string {
  return w.length <= 3 ? w : singularOf(w);
}

/**
 * The whole words a topic is named by, plurals folded; short words and numbers kept, so "World War I" is not
 * "World War II" and "Apollo 12" not "Apollo 11", and a word is never cut to a prefix ("brainstem" is not "brain"). An
 * ordinal stays too: "the first law" is one of "Three Laws of …", not the topic.
 */
export function topicWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && (w === "first" || !STOP.has(w)))
    .map(singular);
}

/** How often each topic word occurs in the article, counted once per article. */
function wordCounts(articleText: string): Map<string, number> {
  return counts(articleText, "", () => {
    const out = new Map<string, number>();
    for (const w of topicWords(articleText)) out.set(w, (out.get(w) ?? 0) + 1);
    return out;
  });
}

/**
 * A person named all through the article, blanked as the object of a verb with "his/her" later in the clause, after
 * a noun phrase of its own ("The guide shows _____ the rooms of her childhood"): the pronoun and the story give the
 * name away, and what the sentence says of the person is the point. A subject (whatever opens the sentence) is what
 * the sentence is about; a pronoun straight after a preposition ("married _____ in her thirties") may be anyone's.
 */
export function recurringPersonCuedByPronoun(sentence: string, start: number, end: number, key: string, articleText: string): boolean {
  if (!/^[A-Z]/.test(key) || start === 0) return false;
  const wordBefore = sentence.slice(0, start).trim().split(/\s+/).pop() ?? "";
  if (!looksLikeVerb(wordBefore)) return false;
  const clause = sentence.slice(end).split(/[,;:]/)[0]!;
  if (!/^\s+(?!(?:in|at|on|of|for|with|by|to|from|during|after|before|and|or|but|that|when|as|because)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+)*?\s+(?:his|her|him|himself|herself)\b/.test(clause)) return false;
  const last = key.split(/\s+/).pop()!.replace(/[.,]$/, "");
  return timesNamed(last, articleText) >= 4;
}

/**
 * The key names the article's own topic, as its title does: it is on the screen, and asking it of itself tests
 * nothing. Whole words only (see topicWords). (A title of two terms the article weighs against each other, "Tides and
 * Currents", asks which is which: the key is then one of two, and stays when the other term recurs in the article.)
 */
export function keyIsTitleTopic(key: string, title: string, articleText: string): boolean {
  const keyWords = topicWords(key);
  if (keyWords.length === 0 || !headed(articleText, "", () => hasTitleLine(articleText))) return false;
  const titleWords = new Set(topicWords(title));
  if (!keyWords.every((w) => titleWords.has(w))) return false;
  const seen = wordCounts(articleText);
  const others = title
    .split(/\s+(?:and|&|or|versus|vs\.?)\s+|[,:|]/i)
    .map((part) => topicWords(part))
    .filter((words) => words.length > 0 && !words.some((w) => keyWords.includes(w)));
  return !others.some((words) => words.every((w) => (seen.get(w) ?? 0) >= 3));
}

/** Penalties for keys beside the sentence's point (see above). `at` is where the key sits in its sentence, when it is a span of it. */
export function sentencePointPenalties(q: GeneratedQuestion, articleText: string, title: string, at: KeyInSentence | null): Penalty[] {
  const out: Penalty[] = [];
  if (q.type !== "TRUE_FALSE" && q.type !== "ORDERING" && q.type !== "MATCHING" && title && keyIsTitleTopic(q.answerText, title, articleText)) {
    out.push({ check: "key-is-title-topic", factor: 0.6, belowDropLine: true });
  }
  if (!at) return out;
  const { sentence, start, end } = at;
  const key = sentence.slice(start, end);
  if ((q.keyKind === "name" || q.keyKind === "term") && keyInsideLongerName(sentence, start, end, key)) out.push({ check: "key-inside-longer-name", factor: 0.6, belowDropLine: true });
  if (q.keyKind === "term" && (q.type === "MULTIPLE_CHOICE" || q.type === "FILL_BLANK") && keyInsideSetPhrase(sentence, start, end, key, articleText)) out.push({ check: "key-inside-set-phrase", factor: 0.6, belowDropLine: true });
  if (q.keyKind === "number" && countPointsBack(sentence, start)) out.push({ check: "count-points-back", factor: 0.6, belowDropLine: true });
  if (q.keyKind === "name" && presentDayName(sentence, start)) out.push({ check: "present-day-name", factor: 1, belowReviewLine: true });
  if (q.keyKind === "name" && placeOfOrigin(sentence, start)) out.push({ check: "place-of-origin", factor: 1, belowReviewLine: true });
  if (q.keyKind === "date" && dateInList(sentence, start, end)) out.push({ check: "date-in-list", factor: 1, belowReviewLine: true });
  // "Who …?" asks for the person, which is then the point.
  if (q.keyKind === "name" && q.type !== "TRUE_FALSE" && !/(?:^|[.?!] )Who\b/.test(q.prompt) && recurringPersonCuedByPronoun(sentence, start, end, key, articleText)) {
    out.push({ check: "person-cued-by-pronoun", factor: 1, belowReviewLine: true });
  }
  return out;
}
