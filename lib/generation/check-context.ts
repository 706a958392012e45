import type { GeneratedQuestion, Sentence } from "./types";
import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";
import { LEXICON } from "./tag-without-chunks";
import { ADDED_ALSO, ADDING_ALSO, DATED_FINALLY, DROPPABLE_LINKS, LIST_ITEM_OPENING, SEQUENCE_LINKS } from "./linking-words";
import { innerLinkGap } from "./drop-inserted-link";
import { bareSubjectPlace, placeNamedBefore } from "./check-loose-ends";
import { IRREGULAR_PAST_WORD } from "./finite-verb";
import { PAST_BASES } from "./irregular-pasts";
import { IRREGULAR_PARTICIPLE } from "./irregular-participles";
import { COUNT_HEDGE, withoutCountBeforeDate } from "./redundant-relative-time";
import { capitalise } from "./question-parts";
import { MONTHS } from "./months";
import { BLANK_RUN } from "./blank";

/**
 * Stems that lean on a sentence the quiz does not show: a time given only
 * relative to an earlier sentence ("the next year", "later that day", "by
 * then"), a leading connective that continues a story ("Then, …"), and a
 * definite noun ("the beacon") whose referent an earlier sentence introduced
 * ("… built a beacon …"). Each is repaired when the fix is sure (the year the
 * sentence before gives, the connective dropped, the sentence before shown),
 * otherwise reported so the question is dropped.
 */

const UNIT = "(?:minute|hour|day|night|morning|afternoon|evening|week|weekend|month|year|season|spring|summer|autumn|fall|winter|decade|century|generation)";
const COUNT = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|some|many)";
// A count of time units counted from another event: written out, in figures, or the blank itself ("_____ days later").
const ANY_COUNT = `(?:${COUNT}|\\d+|_____|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)`;
// A time that only means something next to the time of another sentence.
const RELATIVE_TIME = new RegExp(
  [
    `\\b(?:the|that) (?:next|following|previous|preceding) ${UNIT}\\b`,
    `\\b(?:later|earlier) (?:that|the)(?: very)?(?: same)? ${UNIT}\\b`,
    // ("the very same day" is the same pointer, said with more weight.)
    `\\b(?:that(?: very)?(?: same)?|the(?: very)? same) ${UNIT}\\b(?!['’]s| (?:as|that|when|in which|of|after|before)\\b)`,
    `\\b(?:by|until|till|since|before|from|after) then\\b`,
    `\\b(?:by|at) (?:that|this) (?:time|point|moment|stage)\\b`,
    // "The plot then moves to …", "The army then marched …": next after what the sentence before told.
    `^(?:(?:the|a|an|his|her|their|its) )?[a-z'’-]+(?: [a-z'’-]+){0,2} then (?!on\\b)[a-z]{3,}(?:s|ed)\\b`,
    // "The kingdom faded soon afterwards": after what, the sentence before said ("soon after the war" names it).
    `\\b(?:soon|shortly|not long|immediately|directly) after(?:wards?)?(?=\\s*(?:[,.;:!?)]|$))`,
    `\\b${ANY_COUNT} ${UNIT}s? (?:later|earlier|afterwards?)\\b`,
    // "Days later, …": counted from an event the stem does not give.
    `(?:^|[,;]\\s*)${UNIT}s (?:later|earlier|afterwards?)\\b`,
    `\\bthe ${UNIT} (?:before|after)\\b(?! (?:the|a|an|his|her|their|its|[A-Z0-9])\\b)`,
    // A span counted on from another time: "for the next twenty years", "over the following few decades".
    `\\b(?:the|that) (?:next|following|ensuing|subsequent) (?:${ANY_COUNT}(?:-[a-z]+)?|few|couple of) (?:${UNIT}s|centuries)\\b`,
    // "In the years after, …", "in the decades that followed": the event it follows is not named ("the years after the war" names it).
    `\\bthe (?:${UNIT}s|centuries) (?:after|afterwards?|before|since|that followed|which followed)(?=\\s*(?:[,.;:!?)]|$))`,
  ].join("|"),
  "i",
);
// A year, a decade or a full date written in the stem anchors any relative time in it (a blank asking for a date does too).
const ANCHOR = /\b\d{3,4}s?\b/;
// A day and month set after a time pointer as its apposition (", 18 August," or ", August 18,").
const DATE_BESIDE = new RegExp(`^, (?:\\d{1,2} (?:${MONTHS})|(?:${MONTHS}) \\d{1,2})(?:,| \\d{4}\\b)`);

// "Within hours, …", "within a year": counted from an event the stem does not give ("within ten years of the war" gives it).
const WITHIN = new RegExp(`\\bwithin (?:(?:${ANY_COUNT}|a few|a couple of) )?${UNIT}s?\\b(?! (?:of|after|before|from)\\b)`, "i");
// "… was launched from the steppe, and within hours its signal …": a clause before it in the stem gives the event it counts from.
const CLAUSE_BEFORE = /(?:,|;) (?:and |but |so )?(?:[^,;]*\s)?$/;

// "At first the ferry needed four hours, but two years later the trip fell to three": a count of time after a clause
// joined by "and", "but" or "so" is counted from that clause's own event, which the stem gives.
const COUNTED_FROM_CLAUSE_BEFORE = new RegExp(`(, (?:and|but|so|yet) (?:[^,;]*\\s)?)${ANY_COUNT} ${UNIT}s? (?:later|afterwards?)\\b`, "gi");
// Unless that clause only tells a state ("The family owned a mill, and twenty years later …", "Farmers were wary of it, but
// …"): a state has no moment to count from, so the count is from an event an earlier sentence gave. A time the clause
// names itself ("at first", "in its first season") is its moment.
const STATE_VERB = /\b(?:owned|lived|knew|seemed|remained|stayed|belonged)\b|\b(?:was|were|had) (?!(?:been|being)\b)([a-z]+)/;
const OWN_MOMENT = /\b(?:at first|initially|at the (?:start|outset|beginning)|in (?:its|their|his|her|the) first [a-z]+)\b/i;
function tellsOnlyAState(clause: string): boolean {
  if (OWN_MOMENT.test(clause)) return false;
  const m = STATE_VERB.exec(clause);
  return !!m && !(m[1] && (/(?:ed|en)$/.test(m[1]) || Object.hasOwn(PAST_BASES, m[1]) || IRREGULAR_PARTICIPLE.test(m[1])));
}
function withCountsFromClauseBefore(stem: string): string {
  return stem.replace(COUNTED_FROM_CLAUSE_BEFORE, (whole: string, link: string, at: number) => {
    const clause = stem.slice(0, at).split(/[.!?] /).pop()!;
    return tellsOnlyAState(clause) ? whole : link;
  });
}

/** The relative time in a stem with nothing in it to anchor it, or null. */
export function unanchoredTime(stem: string, blankIsDate = false): string | null {
  stem = withCountsFromClauseBefore(stem);
  const within = WITHIN.exec(stem);
  const m = RELATIVE_TIME.exec(stem) ?? (within && !CLAUSE_BEFORE.test(stem.slice(0, within.index)) ? within : null);
  if (!m) return null;
  // "On the next morning, 9 March, …": the day the pointer counts to is written beside it, so it leans on nothing.
  if (DATE_BESIDE.test(stem.slice(m.index + m[0].length))) return null;
  return ANCHOR.test(stem) || (blankIsDate && stem.includes("_____")) ? null : m[0];
}

// "Then, …", "After that, …": a sentence that continues the one before. ("Later on", "In the end" read as a story's time, and stand.)
const LEADING_CONNECTIVE = new RegExp(`^(?:${[...SEQUENCE_LINKS, "And then", "After this", "Soon after(?:wards?)?", "Shortly after(?:wards?)?", "Not long after(?: that)?"].join("|")}),? `);

/** The stem without a leading "Then," when what is left is a sentence of its own; the stem unchanged when it has none. */
export function withoutLeadingConnective(stem: string): string {
  const m = LEADING_CONNECTIVE.exec(stem);
  if (!m) return stem;
  const rest = stem.slice(m[0].length);
  // "Then came the flood …": the connective is the sentence's own opening, with the verb after it; nothing to cut.
  if (!/^(?:the|a|an|[A-Z][\w'’-]*|[a-z]+s|he|she|they|it|its|his|her|their|in|on|at|by|during|with) /i.test(rest) || /^(?:came|comes|come)\b/.test(rest)) return stem;
  return capitalise(rest);
}

// A story's dated "Finally, in 1447, …" opening a sentence shown before a stem: see withoutStoryFinally.
const STORY_FINALLY = new RegExp(`^${DATED_FINALLY}, `);

/**
 * A sentence shown before a stem as its context, without a story's dated "Finally," ("In 1447, the council …"): it no
 * longer dangles as a list's last item, so it may be shown, and shown it leans on nothing before it once the word goes.
 */
export function withoutStoryFinally(text: string): string {
  return STORY_FINALLY.test(text) ? withoutLeadingConnective(text) : text;
}

export function hasLeadingConnective(stem: string): boolean {
  return LEADING_CONNECTIVE.test(stem);
}

// An opening participle phrase ("Built in 1820, …", "First founded in 1790, …"): its year is the participle's, not the main clause's.
const OPENING_PARTICIPLE = /^(?:(?:First|Originally|Once|Later) )?(?:[A-Za-z]+(?:ed|en|ing)|[Bb]uilt|[Mm]ade|[Bb]egun|[Ss]old|[Hh]eld|[Ll]aid|[Ff]ound|[Bb]ought|[Ww]on|[Ll]ost|[Kk]ept|[Ss]et|[Cc]ast|[Bb]rought)\b/;

/**
 * The year dates the sentence's main clause: written "in YEAR", and not inside brackets, an aside set off by commas
 * or dashes (", first built in 1790,"), or an opening participle phrase ("Built in 1820, the mill burned down …").
 */
function datesMainClause(sentence: string, year: string): boolean {
  const m = new RegExp(`\\b[Ii]n ${year}\\b`).exec(sentence);
  if (!m) return false;
  const before = sentence.slice(0, m.index);
  const after = sentence.slice(m.index + m[0].length);
  if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return false;
  if (/[,–—]/.test(before) && /[,–—]/.test(after)) return false;
  return /[,–—]/.test(before) || !/[,–—]/.test(after) || !OPENING_PARTICIPLE.test(sentence);
}

/**
 * "The next year, the mill closed." after a sentence giving 1871 -> "In 1872, the mill closed.";
 * "Later that year …" -> "Later in 1871 …". Only when the sentence before gives exactly one year and that year dates
 * its main clause, and never after "for"/"over"/"within"/"during" (a span of time, not a date).
 */
export function anchorTime(stem: string, previous: string): string | null {
  // A year, not a count ("1500 soldiers") and not a year before the common era (arithmetic on it runs backwards).
  const years = [...new Set(previous.match(/\b1\d{3}\b|\b20\d{2}\b/g)?.filter((y) => !new RegExp(`\\b${y}(?: ?(?:BCE?|B\\.C\\.)| [a-z]+s\\b)`).test(previous)) ?? [])];
  if (years.length !== 1 || !datesMainClause(previous, years[0]!)) return null;
  if (/\b(?:for|over|within|during) (?:the (?:next|following|same)|that(?: same)?) year\b/i.test(stem)) return null;
  const year = Number(years[0]);
  const fixed = stem
    .replace(/^(?:The|That) (?:next|following) year\b/, `In ${year + 1}`)
    .replace(/\b(in|by|until) the (?:next|following) year\b/gi, `$1 ${year + 1}`)
    .replace(/\bthe (?:next|following) year\b/g, `in ${year + 1}`)
    .replace(/\b(Later|Earlier|later|earlier) (?:that|the same) year\b/g, `$1 in ${year}`)
    .replace(/^(?:That|The same|That same) year\b/, `In ${year}`)
    .replace(/\b(in|by) (?:that|the same|that same) year\b(?!['’]s)/gi, `$1 ${year}`)
    .replace(/\b(?:that|that same) year\b(?!['’]s| (?:as|that|when)\b)/g, `in ${year}`);
  return fixed !== stem && unanchoredTime(fixed) === null ? fixed : null;
}

const ARTICLE = /\b(?:a|an|one) ((?:[a-z][a-z-]+ ?){1,3})/g;
// Words that end a noun phrase: what follows is no longer the thing introduced.
const PHRASE_END = /^(?:of|in|on|at|to|for|with|from|by|and|or|but|that|which|who|whose|where|when|as|than|was|were|is|are|had|has|have|could|would|will|can|might|did|does|do|it|its)$/;
// Nouns that name one thing in any text ("the sun", "the world"), or a time, not a referent an earlier sentence set up.
const UNIQUE = /^(?:sun|moon|earth|world|sky|sea|ocean|weather|government|state|public|people|country|nation|past|future|present|time|day|year|week|month|end|beginning|start|first|last|rest|same|most|other|others|way|case|fact|idea|news|law|war|army|king|queen|city|town|capital|island|coast|north|south|east|west|body|answer|result|number|amount|top|bottom|middle|side|front|back|centre|center|following|next|previous)$/;

/** The words of each noun phrase a sentence opens with "a"/"an"/"one": "built a stone beacon on …" -> stone, beacon. */
function introducedNouns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ARTICLE)) {
    for (const w of m[1]!.trim().split(" ")) {
      if (PHRASE_END.test(w)) break;
      out.push(w);
    }
  }
  return out;
}

function mentionsWord(text: string, noun: string): boolean {
  return new RegExp(`\\b${noun.slice(0, Math.max(4, noun.length - 1))}`, "i").test(text);
}

/**
 * "The beacon was lit each night by _____" after "The villagers built a beacon on the cliff.":
 * a bare "the <noun>" (no "of …", no "that …" to say which) whose noun one of the
 * two sentences before introduced with "a"/"an", that the stem does not name
 * before, that the title does not name, and that is not one of the article's
 * recurring terms (named in four or more sentences). Returns the noun, or null.
 */
export function danglingDefinite(stem: string, sentences: Sentence[], at: number, title: string, uses: (noun: string) => number): string | null {
  const introduced = new Set<string>();
  for (let i = Math.max(0, at - 2); i < at; i++) {
    if (sentences[i]!.section !== sentences[at]!.section) continue;
    for (const w of introducedNouns(sentences[i]!.text)) introduced.add(w);
  }
  if (introduced.size === 0) return null;
  for (const m of stem.matchAll(/\b[Tt]he ([a-z]{3,})\b(?!-| of\b| (?:that|which|who|whose|where|called|named|known|in which)\b|['’]s)( [a-z]+)?/g)) {
    const noun = m[1]!;
    if (!introduced.has(noun) || UNIQUE.test(noun)) continue;
    // "the stone wall" after "a stone beacon": a word before another noun describes it, and the phrase is another thing.
    const next = m[2]?.trim();
    if (next && !PHRASE_END.test(next) && !/(?:ed|s)$/.test(next)) continue;
    if (mentionsWord(title, noun) || mentionsWord(stem.slice(0, m.index), noun)) continue;
    if (uses(noun) >= 4) continue;
    return noun;
  }
  return null;
}

// Kind words a body or a document is called by in short ("the Trust", "the Council", "the Treaty").
const SHORT_NAME_WORD =
  "Trust|Council|Committee|Commission|Company|Corporation|Society|Association|League|Union|Party|Board|Assembly|Congress|Parliament|Senate|Court|Conference|Convention|Treaty|Declaration|Agreement|Accord|Pact|Charter|Act|Bill|Law|Institute|Academy|College|University|School|Museum|Library|Bank|Club|Guild|Order|Church|Army|Navy|Fleet|Expedition|Mission|Project|Programme|Program|Festival|Games|Prize|Award|Cup";
const SHORT_NAME = new RegExp(`^(?:${SHORT_NAME_WORD})$`);
// A body that acts, no person whose "her" or "his" an opening phrase could mean: question-stems' dangles. It adds words
// that are no short form of one longer name: "the Government", "the Crown" stand alone, and a name that ends in
// "City" or "State" takes no "the" ("Mexico City", never "the Mexico City"), so expandShortName reads SHORT_NAME only.
export const KIND_OF_BODY = new RegExp(`^(?:Government|Crown|Cabinet|Republic|Empire|Kingdom|State|City|${SHORT_NAME_WORD})$`);

/**
 * "The Trust opened an office …" after "The Kellby Harbour Trust launched …": a short form whose word the
 * article has only ever used inside one longer name is that name. Returns the stem with the full name, or null.
 */
export function expandShortName(stem: string, text: string, upTo = text.length): string | null {
  let out = stem;
  // "the Congress of the People" is a name of its own, not a short form of another congress.
  for (const m of stem.matchAll(/\b([Tt])he ([A-Z][a-z]{2,})\b(?! [A-Z]| of (?:the )?[A-Z])/g)) {
    const word = m[2]!;
    // Only a kind word a body or a document is called by ("the Trust", "the Council", "the Treaty"); "the Nile" is a name of its own.
    if (!SHORT_NAME.test(word)) continue;
    const full = new Set<string>();
    let standalone = false;
    for (const use of usesOf(word, text)) {
      if (use.at >= upTo) break;
      if (use.prefix) full.add(use.prefix);
      else if (use.standalone) standalone = true;
    }
    // Every longer name the word sat in before is the same one, and the word never stood alone.
    if (full.size !== 1 || standalone) continue;
    const name = `${[...full][0]} ${word}`;
    if (stem.includes(name)) continue;
    out = out.replace(m[0], `${m[1]}he ${name}`);
  }
  return out === stem ? null : out;
}

type Use = { at: number; prefix: string; standalone: boolean };
// Each kind word's uses in the article, found once per article and word (every candidate asks): a long article stays linear.
const uses = articleMemo<Use[]>();
function usesOf(word: string, text: string): Use[] {
  return uses(text, word, () =>
    [...text.matchAll(new RegExp(`(\\bthe\\s)?((?:[A-Z][\\w'’-]*\\s){0,4})${word}\\b( of (?:the )?[A-Z])?`, "g"))].map((u) => {
      const words = u[2]!.trim().split(/\s+/).filter(Boolean);
      // "Soon Council members …", "Later Army officers …": a first word capitalised only for opening the sentence is no
      // part of a name; without it the kind word stands alone.
      if (words.length > 0 && words[0] !== "The" && opensSentence(text, u.index) && capitalisedOnlyToOpen(words[0]!, text)) words.shift();
      return {
        at: u.index,
        prefix: words.filter((w, i) => !(i === 0 && w === "The")).join(" "),
        // "the Trust" is a short form already; a bare "Nile" is a name of its own, and the short form may mean it.
        // "the Congress of the People" is another body than "the African National Congress": the short form may mean either.
        standalone: (!u[1] && words[0] !== "The") || Boolean(u[3]),
      };
    }),
  );
}

/** The text at `at` opens the article, a line or a sentence. */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

const openingOnly = articleMemo<boolean>();
/**
 * A word the word list knows as no name ("Soon", "Later", "Then") that the article never writes capitalised inside a
 * sentence: its capital is the sentence's. (A name the list does not know, "Kellby", keeps its place in the name.)
 */
function capitalisedOnlyToOpen(word: string, text: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  if (typeof tag !== "string" || /^(?:ProperNoun|Person|Place|Organization|FirstName|LastName|Honorific|Country|City|Region)/.test(tag)) return false;
  // The same opening word recurs across uses and kind words: the article is scanned for it once.
  return openingOnly(text, word, () => !new RegExp(`[a-z,] ${escapeRegExp(word)}\\b`).test(text));
}

// Words that make a sentence a contrast with, or an addition to, the one before ("The crossing, though, was slow", "It carried mail too").
// The linking words that only tie a sentence to the one before (see linking-words), as an alternation.
const DROPPABLE = DROPPABLE_LINKS.join("|");
// An opening marker that ties the sentence to the one before ("By contrast, …", "For example, …", "In addition, …"): what follows stands alone.
const LEADING_MARKER =
  `(?:${DROPPABLE}|Instead|Still|Even so|By contrast|In contrast|On the other hand|For example|For instance|In addition|Additionally|Besides|Similarly|Likewise|In the same way|At the same time|Also|Indeed|In fact|As a result|Therefore|Thus|Hence|Consequently|In turn|Again|Of course|Even then|Above all|After all|In short|In other words),\\s*`;
// The same markers set off by commas inside the sentence ("The river, by contrast, runs …", "Owls, for example, hunt …").
const INNER_MARKER = `,\\s*(?:${DROPPABLE.toLowerCase()}|instead|by contrast|in contrast|(?:for example|for instance)(?!,\\s*[^,.;?]{1,60},)|in addition|similarly|likewise|in turn|therefore|thus|though|on the other hand|in fact|indeed|as a result|of course|at the same time|then),(?=\\s)`;
const ADDITION = new RegExp(
  `(?:${INNER_MARKER}|,\\s*though\\b(?:,|(?=[.?]))|\\s+though(?=[.?])|,?\\s+too(?=[.?])|,?\\s+as well(?=[.?])|\\s+either(?=[.?])|\\s+${ADDING_ALSO}|^${LEADING_MARKER}|^Yet,?\\s+)`,
);

/** The stem without the words that tie it to the sentence before, when what is left reads as a sentence; the stem when it has none. */
export function withoutAdditionWords(stem: string): string {
  let out = stem;
  for (let i = 0; i < 3 && ADDITION.test(out); i++) {
    out = out.replace(ADDITION, (m: string, at: number, whole: string) => (/^,\s*[a-z ]+,$/.test(m) ? innerLinkGap(whole, at, m) : /[,]\s*though\b,?/.test(m) ? (m.trimEnd().endsWith(",") ? " " : "") : /^\s/.test(m) && !/^\s+(?:too|as well|either|though)$/.test(m) ? " " : ""));
  }
  out = out.replace(/\s{2,}/g, " ").replace(/\s+([.?,])/g, "$1");
  return capitalise(out);
}

export function hasAdditionWord(stem: string): boolean {
  return ADDITION.test(stem);
}

// A date key beside a time counted from another event ("Two years later, in _____", "fifty years after the paper"): it dangles, or gives the year away.
const COUNTED_TIME = new RegExp(`\\b(?:${COUNT}|\\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of) ${UNIT}s? (?:later|earlier|after|before|afterwards?)\\b|\\b(?:the|that) (?:next|following|previous|same) ${UNIT}\\b`, "i");

const COUNTED_TIMES = new RegExp(COUNTED_TIME.source, "gi");
// A year written out ("1902", "221 BCE"): with one in the stem, a time counted from it gives the blank's year away.
const WRITTEN_YEAR = /\b(?:1\d{3}|20\d{2})s?\b|\b\d{1,4} ?(?:BCE?|CE|AD|B\.C\.)(?!\w)/;
// All that stands between a date's blank and a count set right after it as its aside: "in _____, a hundred years afterwards".
const ASIDE_AFTER_BLANK = new RegExp(`^(?: BCE?| BC| AD| CE)?,\\s${COUNT_HEDGE}$`);

/**
 * Whether a date's stem leans on a time counted from an event it does not show, or gives its year away by one it does:
 * "Two years later, in _____, …" counts from the sentence before. A count after the blank counts from the blank's own
 * event ("died in _____, and his line ended four years later", "a degree in _____ and another the following year"), and
 * one with its event after it ("in _____, fifty years after the first flight") names what it counts from: both stand,
 * unless the stem writes a year to count from.
 */
function countedTimeLeans(stem: string): boolean {
  const blank = stem.indexOf("_____");
  const yearWritten = WRITTEN_YEAR.test(stem);
  for (const m of stem.matchAll(COUNTED_TIMES)) {
    if (yearWritten) return true;
    // (Not a count set right after the blank as its aside, "in _____, a hundred years afterwards": that dates the blank's event
    // from another one.)
    const fromBlank = blank >= 0 && m.index > blank && !ASIDE_AFTER_BLANK.test(stem.slice(blank + 5, m.index));
    const namesEvent = /\b(?:after|before)$/i.test(m[0]) && /^ (?!(?:that|this|then|it)\b)[\w'’]/.test(stem.slice(m.index + m[0].length));
    if (!fromBlank && !namesEvent) return true;
  }
  return false;
}

const fullNamesBefore = articleMemo<string | null>();

/** A bare first name ("Tobias") the article gave in full earlier ("Tobias Wren"), written out; null when there is none to write out. */
export function expandFirstName(stem: string, text: string, upTo = text.length): string | null {
  let out = stem;
  // Only a name that opens the stem as its subject ("Tobias built …"): elsewhere a capital may be part of a longer word or title.
  for (const m of stem.matchAll(/^([A-Z][a-z]{2,})\b(?=\s[a-z])/g)) {
    const first = m[1]!;
    if (/^(?:The|In|On|At|By|When|After|Before|During|His|Her|Their|Its|This|That|These|Those|It|He|She|They|There|Some|Many|Most|Each|Every|As|But|And|Because|Although|While|Since|For|From|With|Both|All|Only|Once|Later|Today|Now)$/.test(first)) continue;
    // Every candidate on the sentence asks: the article before it is read once per name and sentence.
    const fullName = fullNamesBefore(text, `${first}\u0000${upTo}`, () => {
      // A word the article also writes in lower case is a common noun opening its sentence ("Blood low in oxygen …"),
      // not a first name, whatever a capitalised title made of it ("How Blood Travels …" is no "Blood Travels").
      if (new RegExp(`\\b${first.toLowerCase()}\\b`).test(text)) return null;
      // (Not from the title: a title capitalises every word, "How Blood Travels …".)
      const titleEnd = text.indexOf("\n");
      const before = text.slice(titleEnd > 0 && titleEnd < upTo ? titleEnd : 0, upTo);
      const full = new Set([...before.matchAll(new RegExp(`\\b${first} ([A-Z][a-z]{2,})\\b`, "g"))].map((f) => `${first} ${f[1]}`));
      return full.size !== 1 || new RegExp(`\\b${first}\\b`).test(before.replace(new RegExp(`\\b${first} [A-Z]`, "g"), "")) ? null : [...full][0]!;
    });
    if (!fullName) continue;
    out = out.slice(0, m.index) + fullName + out.slice(m.index! + first.length);
    break;
  }
  return out === stem ? null : out;
}

/** Repairs a stem that leans on the sentence before, where the fix is sure; returns "stem-dangles" when it cannot stand alone. */
export function repairContext(
  q: GeneratedQuestion,
  sentences: Sentence[],
  at: number | undefined,
  title: string,
  uses: (noun: string) => number,
  articleText = "",
  // The sentence before as a shown context writes it: its resolved opening or its person's pronoun written out (see check-questions).
  writtenOut: (s: Sentence) => string = (s) => s.text,
): "stem-dangles" | null {
  if (q.type === "ORDERING" || q.type === "MATCHING" || at === undefined) return null;
  const sentence = sentences[at]!;
  const previous = at > 0 && sentences[at - 1]!.section === sentence.section ? sentences[at - 1]! : undefined;
  const hint = / \([^)]*\)$/.exec(q.prompt)?.[0] ?? "";
  let stem = q.prompt.slice(0, q.prompt.length - hint.length);
  const statement = q.type === "TRUE_FALSE";
  // Only a stem that is its own sentence as cut can be repaired: one with its context shown already has what it leans on.
  const asCut = stem.startsWith(sentence.text.slice(0, 12));
  let shown = false;
  const showPrevious = (): boolean => {
    if (shown) return true;
    // (A sentence before that is itself one item of the list, "Second, …" before "Third, …", does not say what the list is of.)
    // ("His army defeated …" in an article about one ruler is shown as "Akbar's army defeated …": the pronoun the article's
    // resolvers settled is written out, so the context stands alone too.)
    const context = previous ? withoutStoryFinally(writtenOut(previous)) : "";
    if (!previous || !asCut || LIST_ITEM_OPENING.test(context) || context.split(/\s+/).length > 30 || /^(?:It|This|These|That|Those|He|She|They|Then)\b/.test(context)) return false;
    // The sentence shown must stand alone itself: no time counted from a third sentence, no "that surrender" of its own.
    if (unanchoredTime(context) || pointingPhrase(context)) return false;
    stem = `${context} ${stem}`;
    return (shown = true);
  };
  // "Second, the mill …": one item of a list only the sentence before introduces. The opener is never cut: the stem shows that
  // sentence (or a maker showed it already), or the question goes; a statement must stay the article's words, so it goes.
  // (A reason or result asked as its own clauses, "Why did …?", "S2 because S1.", has no list item left in it: a cause maker
  // cut the opener and kept only clauses that stand alone, so the effect and its reason are the whole point.)
  // (So is a story's deed asked by its doer, "Who stabs Orrin?": the deed is its own clause, and "Finally," told the plot's time.)
  const ownClauses = (q.keyKind === "cause" || q.keyKind === "result" || q.castOptions === true) && !LIST_ITEM_OPENING.test(stem);
  if (LIST_ITEM_OPENING.test(sentence.text) && !ownClauses && !(previous && stem.includes(previous.text.slice(-20)))) {
    if (statement || !LIST_ITEM_OPENING.test(stem) || !showPrevious()) return "stem-dangles";
  }
  if (!statement && asCut && hasLeadingConnective(stem)) stem = withoutLeadingConnective(stem);
  // "Two years later, in _____, …": the date said next makes the count from the sentence before redundant; it goes.
  if (!statement) stem = withoutCountBeforeDate(stem);
  // A date asked beside a time counted from another event either dangles or gives the year away.
  if (q.keyKind === "date" && !statement && countedTimeLeans(stem)) return "stem-dangles";
  let marked = false;
  // (A copied True sentence must stay the article's words exactly; a False one was changed already and may lose its marker too.)
  if (statement && (q.keyKind === "statement" || q.answerText === "False")) {
    // A marker that opens the statement or is set off by commas goes, and the statement stays a cut of its sentence ("By contrast, …").
    const bare = withoutMarkers(stem);
    if (bare !== stem) [stem, marked] = [bare, true];
  }
  if (hasAdditionWord(stem)) {
    // A statement must stay the article's own words: one leaning on "though", "too", "either" is dropped ("also" is only marked).
    if (statement) {
      if (!ADDED_ALSO.test(stem) || /though|\btoo\b|as well|either|^(?:Yet)\b/.test(stem)) return "stem-dangles";
    } else if (asCut) stem = withoutAdditionWords(stem);
  }
  if (!statement && asCut) {
    const named = expandFirstName(stem, articleText, sentence.start);
    if (named && !named.toLowerCase().includes(q.answerText.toLowerCase())) stem = named;
  }
  const expanded = expandShortName(stem, articleText, sentence.start);
  // A statement keeps the article's words, so a short form it leans on ("The Trust …" for a trust named in full earlier) stays unresolved.
  if (statement && expanded) return "stem-dangles";
  // (Not when the full name would show the key.)
  if (expanded && !statement && !expanded.toLowerCase().includes(q.answerText.toLowerCase())) stem = expanded;
  const date = q.keyKind === "date";
  if (unanchoredTime(stem, date)) {
    const anchored = statement || !asCut || !previous || date ? null : anchorTime(stem, previous.text);
    if (anchored) stem = anchored;
    else if (statement || !showPrevious() || unanchoredTime(stem, date)) return "stem-dangles";
  }
  let shell = shellOpening(stem, title);
  // "The first attempt began in _____." cut from "The idea was old, but the first attempt began in 1881.": the head of
  // its own sentence says what the attempt was at, so a question (never a statement, kept as cut) gets it back.
  if (shell && !statement && !asCut) {
    const whole = withCutHead(stem, sentence.text, q.answerText);
    if (whole) [stem, shell] = [whole, null];
  }
  if (shell && (statement || !showPrevious())) return "stem-dangles";
  // "The line zigzags …" two sentences after "… lies the Meridian Date Line.": the short form of a name said just before.
  const named = shortFormOfName(stem, sentences, at, title);
  if (named) {
    if (!named.name || (statement && uses(named.noun) < 4)) return "stem-dangles";
    if (!statement && !named.name.toLowerCase().includes(q.answerText.toLowerCase())) stem = stem.replace(named.phrase, (p) => `${p.slice(0, 3)} ${named.name}`);
  }
  if (pointingPhrase(stem) && (statement || !showPrevious())) return "stem-dangles";
  // "The air inside cools …", "Inside, the walls …": inside the thing the sentence before named.
  if (bareSubjectPlace(stem) && (statement || !showPrevious())) return "stem-dangles";
  // "… until the barge lifts." cut from "A ship enters a lock, …, and the chamber fills until the barge lifts.": the ship was
  // brought in by the part of its own sentence that the cut dropped.
  if (headIntroduces(stem, sentence.text, title)) {
    const whole = statement ? null : withCutHead(stem, sentence.text, q.answerText);
    if (!whole) return "stem-dangles";
    stem = whole;
  }
  // "The raiders retook the town …": which town only the sentence before says (its name).
  if (placeNamedBefore(stem, previous?.text, title, uses, articleText) && (statement || !showPrevious())) return "stem-dangles";
  const noun = danglingDefinite(stem, sentences, at, title, uses);
  if (noun && (statement || !showPrevious() || danglingDefinite(stem, sentences, at, title, uses))) return "stem-dangles";
  if (!statement || marked) q.prompt = stem + hint;
  return null;
}

/**
 * A "the <noun>" in a stem cut from the end of its sentence, whose noun the cut-away head brought in with "a"/"an"
 * ("A ship enters …, and the chamber fills until the barge lifts"), and the stem does not name before; the noun, or null.
 */
export function headIntroduces(stem: string, sentence: string, title: string): string | null {
  const opening = stem.slice(0, 20);
  const at = sentence.indexOf(opening.charAt(0).toLowerCase() + opening.slice(1));
  if (at <= 0) return null;
  const introduced = new Set(introducedNouns(sentence.slice(0, at).replace(/^(?:A|An|One)\b/, (w) => w.toLowerCase())));
  if (introduced.size === 0) return null;
  for (const m of stem.matchAll(/\b[Tt]he ([a-z]{3,})\b(?!-| of\b| (?:that|which|who|whose|where)\b)/g)) {
    const noun = m[1]!;
    if (!introduced.has(noun) || UNIQUE.test(noun) || mentionsWord(title, noun) || mentionsWord(stem.slice(0, m.index), noun)) continue;
    return noun;
  }
  return null;
}

/**
 * The stem with the head of its sentence put back, when the stem is the sentence's last clause ("…, but <stem>") with
 * its key blanked; null when it is not, or the whole would be too long to read as one question.
 */
export function withCutHead(stem: string, sentence: string, key: string): string | null {
  const body = stem.replace(/[.?!]$/, "").replace(BLANK_RUN, key);
  const lower = body.charAt(0).toLowerCase() + body.slice(1);
  const at = sentence.indexOf(lower);
  if (at <= 0 || !/[,;:] (?:(?:but|and|yet|so|while|whereas) )?$/.test(sentence.slice(0, at))) return null;
  if (sentence.split(/\s+/).length > 45) return null;
  return sentence.slice(0, at) + stem.charAt(0).toLowerCase() + stem.slice(1);
}

/**
 * "the line" in a stem whose one or two sentences before (same section) name "the … Line": the short form of that name.
 * Returns the phrase as written in the stem, its noun and the full name ("International Date Line"); null when there is
 * none, or the title names the noun (the article's subject, never ambiguous). The nearest sentence before that mentions
 * the noun at all decides: after "A second, wooden bridge …", "the bridge" is that one, not "the Old Stone Bridge" a
 * sentence further back, so a name found only past such a mention comes back as `name: null` (the short form is ambiguous).
 */
export function shortFormOfName(stem: string, sentences: Sentence[], at: number, title: string): { phrase: string; noun: string; name: string | null } | null {
  for (const m of stem.matchAll(/\b[Tt]he ([a-z]{3,})\b(?!-| of\b| [A-Z]|['’]s)/g)) {
    const noun = m[1]!;
    if (UNIQUE.test(noun) || mentionsWord(title, noun)) continue;
    const capital = capitalise(noun);
    const mention = new RegExp(`\\b${noun}(?:s|es)?\\b`, "i");
    const named = new RegExp(`\\b[Tt]he ((?:[A-Z][\\w'’-]*\\s){1,3}${capital})\\b`);
    let otherMention = false;
    for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
      if (sentences[i]!.section !== sentences[at]!.section) break;
      const text = sentences[i]!.text;
      if (!mention.test(text)) continue;
      const name = named.exec(text)?.[1];
      // (Walking on past a plain mention only to learn whether a name stands behind it.)
      if (!name) otherMention = true;
      else if (stem.includes(name)) break;
      else return { phrase: m[0], noun, name: otherMention ? null : name };
    }
  }
  return null;
}

// "that"/"those" as a determiner: after a preposition or opening the stem, then a noun ("Under the rules of that truce", "that same fog").
// ("showed that colonial rule …", "so that the …", "in that it …" use "that" as a conjunction: a determiner, pronoun or verb follows those.)
const POINTING_PHRASE =
  /(?:^|\b(?:of|in|on|at|by|from|with|after|before|during|under|for|to|into|through|despite|since|until|about|against|without|like)\s+)(?:that|those)\s+(?!(?:the|a|an|he|she|it|they|we|you|i|his|her|their|its|this|these|there|who|which|whom|whose|what|is|was|are|were|has|had|have|can|could|will|would|may|might|must|do|does|did|of|in|on|at|to|not|no|is)\b)([a-z][a-z-]+)\b|\bthat (?:same|one) [a-z]+\b/i;

// "The road cut that journey by two days.": "that"/"those" and a noun as a verb's object, the noun closing the phrase (a
// preposition or a stop after it). A "that" after a verb of saying or knowing ("showed that water …") opens a clause, and
// a clause's subject is followed by its verb, not by "by" or a full stop.
const OBJECT_POINTING = /\b([a-z]+) (?:that|those) ([a-z][a-z-]+)(?=[.,;:!?]|$| (?:by|to|from|for|into|across|through|over|around|at)\b)/g;
const OPENS_A_CLAUSE =
  /^(?:so|such|now|given|except|said|says|say|showed|shows|show|shown|found|finds|knew|know|knows|believed|believe|thought|think|meant|means|argued|claimed|noted|realised|realized|proved|suggested|learned|learnt|decided|agreed|hoped|feared|felt|insisted|announced|declared|wrote|reported|ensured|ensure|explained|saw|heard|understood|discovered|assumed|estimated|concluded|stated|admitted|promised|warned|observed|recognised|recognized|noticed|demanded|ordered|ruled|is|was|are|were|be|been|and|or|but|because|than|like|of|in|on|at|by|from|with|after|before|during|under|for|to|into|through|despite|since|until|about|against|without)$/;
const NOT_A_NOUN = /^(?:the|a|an|he|she|it|they|we|you|i|his|her|their|its|this|these|there|who|which|whom|whose|what|is|was|are|were|has|had|have|can|could|will|would|may|might|must|do|does|did|of|in|on|at|to|not|no|much|many|far|long|way|time|day|year|is)$/;

function objectPointing(stem: string): string | null {
  for (const m of stem.matchAll(OBJECT_POINTING)) {
    // ("every boat that passed.": a relative "that" and its verb, no pointer.)
    const tag = LEXICON[m[2]!];
    if (OPENS_A_CLAUSE.test(m[1]!) || NOT_A_NOUN.test(m[2]!) || /(?:ly|ing|ed)$/.test(m[2]!) || IRREGULAR_PAST_WORD.test(m[2]!) || tag === "PastTense" || tag === "Participle") continue;
    return m[0].slice(m[1]!.length + 1);
  }
  return null;
}

const POINTING_PHRASES = new RegExp(POINTING_PHRASE.source, "gi");
// "during that time", "in those years": a pointer to a time, which a time the stem gives before it settles.
const TIME_POINTER = /^(?:that (?:time|period)|those years)$/i;
// A span counted in its units ("for 22 years", "for _____ years", "for almost forty years"): the time "that time" goes back to.
const COUNTED_SPAN = new RegExp(`\\bfor (?:(?:about|almost|nearly|over|more than|some|around) )?${ANY_COUNT}(?:-[a-z]+)? ${UNIT}s\\b`, "i");

/**
 * "Queen Arvela reigned for 22 years, to her death in 1602, and in that time …": the time "that time" means is written in the
 * stem before it (a year, or a span counted in years), so the pointer stands.
 */
export function timeGivenBefore(stem: string, phrase: string, at: number): boolean {
  const words = phrase.trim().split(/\s+/);
  if (!TIME_POINTER.test(words.slice(-2).join(" "))) return false;
  const before = stem.slice(0, at);
  return ANCHOR.test(before) || COUNTED_SPAN.test(before);
}

/** A noun phrase pointing back with "that"/"those" to something the stem does not state; null when there is none. */
export function pointingPhrase(stem: string): string | null {
  // (A time pointer the stem settles is passed over: a second pointer after it may still lean outside.)
  const m = [...stem.matchAll(POINTING_PHRASES)].find((p) => !timeGivenBefore(stem, p[0], p.index));
  if (!m) return objectPointing(stem);
  // "those involved", "those living nearby": a pronoun for people that the words after it describe, not a pointer back.
  if (m[1] && /(?:ing|ed)$/.test(m[1]) && /^those$/i.test(m[0].trim().split(/\s+/).slice(-2, -1)[0] ?? "")) return null;
  return m[0].trim();
}

// A general noun opening the sentence that stands for what the sentence before said ("The change was slow", "The sign meant …",
// "The result was a ledger …", "The system had …", "The law let …": which result, system or law, the sentence before names).
// ("The first serious attempt began …": an ordinal or a word of degree before the noun leaves it as unsaid what the attempt was.)
const SHELL_OPENING =
  /^The (?:(?:first|second|third|next|last|final|new|main|real|serious|whole|entire|original|initial|earliest|latest|only|major|chief) ){0,2}(reason|reasons|sign|signs|process|change|changes|move|decision|idea|practice|method|approach|effect|effects|problem|trend|shift|step|arrangement|difference|pattern|outcome|attempt|effort|measure|measures|policy|reform|reforms|plan|news|discovery|finding|findings|situation|result|results|work|system|scale|law)\b(?! (?:of|that|which|who|to|by|in|on|for|from|with|between|behind|where|whereby|when|called|known|named|used|itself|[A-Z]\w*)\b)/;

/** The shell noun a stem opens with, when the title does not name it; null otherwise. */
export function shellOpening(stem: string, title: string): string | null {
  const noun = SHELL_OPENING.exec(stem)?.[1];
  return noun && !mentionsWord(title, noun) ? noun : null;
}

/** Only the markers that open a sentence or sit between commas in it ("However, …", "…, for example, …"), with the opening "Then," (and a story's dated "Finally,"). */
const OPENING_MARKER = new RegExp(`^(?:${LEADING_MARKER}|(?:${SEQUENCE_LINKS.join("|")}),\\s*)`);
const INNER_MARKERS = new RegExp(INNER_MARKER, "g");
export function withoutMarkers(text: string): string {
  const out = text.replace(OPENING_MARKER, "").replace(INNER_MARKERS, (m: string, at: number, whole: string) => innerLinkGap(whole, at, m));
  return out === text ? text : capitalise(out);
}
