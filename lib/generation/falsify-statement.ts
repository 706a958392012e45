import { keyKindOf } from "./confidence";
import { pickDistractors, type DistractorContext } from "./distractors";
import { articleAliases } from "./aliases";
import { escapeRegExp } from "./find-spans";
import type { TermList } from "./find-lists";
import { IDIOM, MEASURE, OPPOSITE } from "./make-statements";
import type { Sentence, Span, TextRange } from "./types";

/**
 * A true statement with one detail changed, so it is certainly false by the
 * article and plausible to someone who did not read it: a name for another
 * name of the same kind from the same article, a date or count for another
 * value of the same measure the article gives, a listed term for its sibling,
 * or a direction word for its opposite. A swap the article states elsewhere
 * (the new detail beside the statement's other words) is refused.
 */

export interface FalseStatement {
  text: string;
  /** The changed detail as the article writes it (article offsets), or the whole sentence for a turned word. */
  answer: TextRange;
  confidence: number;
  how: "name" | "value" | "sibling" | "direction";
}

const NAME_TYPES = new Set(["PERSON", "PLACE", "CITY", "COUNTRY", "ORG"]);
const DATE_TYPES = new Set(["YEAR", "FULL_DATE", "MONTH_YEAR", "DECADE", "CENTURY"]);
// "more than 5,000 km", "within ten years", "before 1830": a bound, which another value may meet as well.
const BOUND_BEFORE = /\b(?:more than|over|at least|upwards of|in excess of|fewer than|less than|under|up to|as many as|as few as|nearly|almost|about|around|roughly|within|before|after|by|until|till|since|no later than)\s+$/i;
const STOP = new Set("the and of to in a an for on by with from as at its is are was were be been has had have this that which their his her they he she it into than".split(" "));
const content = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 6));
const wordRe = (text: string) => new RegExp(`(?<![\\w-])${escapeRegExp(text)}(?![\\w-])`, "i");

/** The changed statement would be true by another sentence: the new detail and most of the statement's other words sit there together. */
export function statedElsewhere(statement: string, replacement: string, sentences: Sentence[], sourceIndex: number): boolean {
  const replacementWords = new Set(content(replacement));
  const rest = [...new Set(content(statement))].filter((w) => !replacementWords.has(w));
  const re = wordRe(replacement);
  return sentences.some((s, j) => {
    if (!re.test(s.text)) return false;
    if (j === sourceIndex) return true;
    const there = new Set(content(s.text));
    const shared = rest.filter((w) => there.has(w)).length;
    return shared >= Math.max(2, Math.ceil(rest.length * 0.4));
  });
}

/**
 * Another form of the same name ("Fox" for "Terry Fox", a name the article gives
 * as the other's), never a different name: one's words inside the other's, the
 * same first word, or an alias the article states. ("Ming Dynasty" and "Qing
 * Dynasty" share only their kind, and are two names.)
 */
function sameName(a: string, b: string, articleText: string): boolean {
  const wa = a.toLowerCase().split(/[\s-]+/).filter((w) => !STOP.has(w));
  const wb = b.toLowerCase().split(/[\s-]+/).filter((w) => !STOP.has(w));
  if (wa.length === 0 || wb.length === 0) return true;
  // "Thutmose II" and "Thutmose III": one family name, two people.
  const numeral = /^[ivx]+$/;
  if (wa.length === wb.length && numeral.test(wa.at(-1)!) && numeral.test(wb.at(-1)!) && wa.at(-1) !== wb.at(-1)) return false;
  if (wa[0] === wb[0]) return true;
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  return articleAliases(a, articleText).some((x) => x.toLowerCase() === b.toLowerCase());
}

const LEADING_WORD = /^(?:The|A|An|In|On|At|By|For|From|With|When|After|Before|During|Under|His|Her|Its|Their|This|That|These|Those|Both|Each|Every|Some|Many|Most|As|If|While|Since|Although|Because|Once|Unlike|Like|Only|Even|Then|Later|Today)\s+/;
// A head word that names no kind ("Mr", "St", a month) or that is a word any sentence may open with.
const NOT_A_KIND = /^(?:The|And|Of|Mr|Mrs|Ms|Dr|St|Mt|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Capitalised names the article gives that end in the same word ("the Ming
 * Dynasty", "the Qing Dynasty"; "Lake Ord", "Ferry Lake"): two of one kind,
 * whatever the name finder made of them. Keyed by that word.
 */
export function findNameSiblings(articleText: string): Map<string, string[]> {
  const byHead = new Map<string, Set<string>>();
  for (const m of articleText.matchAll(/\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}\b/g)) {
    let name = m[0];
    while (LEADING_WORD.test(name)) name = name.replace(LEADING_WORD, "");
    const words = name.split(" ");
    // Rulers of one name are kin by their first word ("Edmund I", "Edmund II"); other names by their last.
    const head = /^[IVX]+$/.test(words.at(-1)!) ? `${words[0]} #` : words[words.length - 1]!;
    if (words.length < 2 || NOT_A_KIND.test(head)) continue;
    const set = byHead.get(head) ?? new Set<string>();
    set.add(name);
    byHead.set(head, set);
  }
  const out = new Map<string, string[]>();
  for (const [head, names] of byHead) {
    // "Lower Egypt" and "Ancient Egypt" beside a plain "Egypt": parts or ages of one place, not two of a kind.
    if (!head.endsWith("#") && new RegExp(`(?<![A-Z][\\w'’-]* )\\b${escapeRegExp(head)}\\b`).test(articleText)) continue;
    // The last word names a kind only when the article also uses it as a common word ("the company", "the dynasty");
    // "Mount Everest" and "George Everest" share a name, not a kind.
    if (!head.endsWith("#") && !new RegExp(`\\b${escapeRegExp(head.toLowerCase())}s?\\b`).test(articleText)) continue;
    const distinct = [...names].filter((n, _, all) => !all.some((o) => o !== n && o.endsWith(` ${n}`)));
    if (distinct.length >= 2) out.set(head, distinct);
  }
  return out;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORDINAL = new RegExp(`\\b(${ORDINALS.join("|")}) ([a-z]+)\\b`, "gi");

/** The ordinals the article puts before each noun ("first law", "third law"): siblings of one series. */
export function findOrdinalSeries(articleText: string): Map<string, string[]> {
  const byNoun = new Map<string, Set<string>>();
  for (const m of articleText.matchAll(ORDINAL)) {
    const noun = m[2]!.toLowerCase();
    const set = byNoun.get(noun) ?? new Set<string>();
    set.add(m[1]!.toLowerCase());
    byNoun.set(noun, set);
  }
  return new Map([...byNoun].filter(([, set]) => set.size >= 2).map(([noun, set]) => [noun, [...set]]));
}

function unitAfter(span: Span, text: string): string | null {
  return /^\s*([a-z]+)/.exec(text.slice(span.end, span.end + 24))?.[1] ?? null;
}

export interface SwapInput {
  statement: string;
  sentence: Sentence;
  sentenceIndex: number;
  sentences: Sentence[];
  /** The sentence's askable spans (article offsets). */
  spans: Span[];
  /** Every askable span of the article. */
  allSpans: Span[];
  /** The article's lists; "defined" marks its defined terms, siblings only where one is the statement's subject. */
  lists: (TermList & { defined?: boolean })[];
  /** Names of one kind by their last word, and the ordinals of each series (found once per article). */
  nameSiblings: Map<string, string[]>;
  ordinalSeries: Map<string, string[]>;
  articleText: string;
  ctx: DistractorContext;
  random: () => number;
}

function replaceOnce(statement: string, from: string, to: string, articleText = ""): string | null {
  const re = wordRe(from);
  const m = re.exec(statement);
  if (!m || re.test(statement.slice(m.index + from.length))) return null;
  let head = statement.slice(0, m.index);
  // A name takes "the" as the article writes it ("the Soviet Union", but "East Germany").
  if (/^[A-Z]/.test(to) && articleText) {
    const hadThe = /\bthe $/i.test(head);
    const takesThe = new RegExp(`\\bthe ${escapeRegExp(to)}(?![\\w-])`, "i").test(articleText);
    if (hadThe && !takesThe) head = head.replace(/the $/i, "");
    if (!hadThe && takesThe) head += "the ";
  }
  // "a stratovolcano" -> "an ash cone": the article agrees with the new word.
  const article = /\b(a|an|A|An) $/.exec(head);
  if (article) {
    const vowel = /^(?:[aeio]|u(?!ni|se|ro))/i.test(to);
    const fixed = vowel ? article[1]!.replace(/^([Aa])n?$/, "$1n") : article[1]!.replace(/n$/, "");
    head = head.slice(0, article.index) + fixed + " ";
  }
  const put = head === "" ? to.charAt(0).toUpperCase() + to.slice(1) : to;
  const out = head + put + statement.slice(m.index + from.length);
  // A lower-case word put where the statement opens takes its capital ("force refers to …", "the Soviet Union built …").
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** "Survey of India", "Apollo 11", "magma chamber": the word is part of a larger name or a compound, not a detail of its own. */
function insideName(statement: string, word: string): boolean {
  const m = wordRe(word).exec(statement);
  if (!m) return true;
  const before = statement.slice(0, m.index);
  const after = statement.slice(m.index + word.length);
  const previous = /([A-Z][\w'’-]*) (?:(?:of|de|the) )?$/.exec(before);
  return (previous !== null && !FUNCTION_CAPS.test(previous[1]!)) || /^ [A-Z][a-z]|^ \d/.test(after);
}
// Capitalised words that open a sentence or a phrase, not part of a name.
const FUNCTION_CAPS = /^(?:In|On|At|By|From|To|For|With|Of|And|The|A|An|After|Before|During|Under|Its|His|Her|Their|This|That|When|While|Once|As)$/;

/** A term followed by a noun it describes ("the magma chamber"), or one of a row of terms ("oceans, lakes and rivers"). */
function notAlone(statement: string, word: string): boolean {
  const m = wordRe(word).exec(statement);
  if (!m) return true;
  const before = statement.slice(0, m.index);
  const after = statement.slice(m.index + word.length);
  if (/^,? (?:and|or) |^, [a-z]/.test(after) || /(?:,|\band|\bor) (?:the )?$/.test(before)) return true;
  return /^ [a-z]+\b/.test(after) && !/^ (?:is|are|was|were|has|have|had|can|could|will|would|may|must|and|or|of|in|on|at|to|for|from|with|by|as|that|which|who|than|into|through|[a-z]+s|[a-z]+ed)\b/.test(after);
}

/** Every fair one-detail swap of the statement, surest first. */
export function falseVersions(input: SwapInput): FalseStatement[] {
  const { statement, sentence, sentenceIndex, sentences, spans, allSpans, lists, nameSiblings, ordinalSeries, articleText, ctx, random } = input;
  const out: FalseStatement[] = [];
  const keep = (text: string | null, replacement: string, answer: TextRange, confidence: number, how: FalseStatement["how"]) => {
    if (!text || text === statement || articleText.includes(text.replace(/\.$/, ""))) return;
    if (statedElsewhere(text, replacement, sentences, sentenceIndex)) return;
    out.push({ text, answer, confidence, how });
  };
  const inStatement = spans.filter((s) => wordRe(s.text).test(statement) && !s.guessed);
  const dates = inStatement.filter((s) => DATE_TYPES.has(s.type));
  for (const span of inStatement) {
    const before = articleText.slice(Math.max(0, span.start - 30), span.start);
    if (insideName(statement, span.text)) continue;
    if (NAME_TYPES.has(span.type)) {
      const pool = unique(allSpans.filter((o) => o.type === span.type && !o.guessed && !wordRe(o.text).test(statement) && !/^[a-z]/.test(o.text))).filter((o) => !sameName(o, span.text, articleText));
      const pick = pool[Math.floor(random() * pool.length)];
      if (pick) keep(replaceOnce(statement, span.text, pick, articleText), pick, span, 0.74, "name");
    } else if (DATE_TYPES.has(span.type) || span.type === "NUMBER") {
      // Two dates in one statement keep an order between them that one swap could break.
      if ((DATE_TYPES.has(span.type) && dates.length > 1) || BOUND_BEFORE.test(before)) continue;
      // "two hulls tied to each other", "a double canoe": the sentence's own words fix the count.
      if (span.type === "NUMBER" && /\b(?:double|twin|pair|both|single|triple|dual|each other|one another)\b/i.test(sentence.text)) continue;
      const unit = span.type === "NUMBER" ? unitAfter(span, articleText) : null;
      const pool = unique(allSpans.filter((o) => o.type === span.type && o.text !== span.text && (span.type !== "NUMBER" || (unit !== null && unitAfter(o, articleText) === unit))));
      const pick = pool[Math.floor(random() * pool.length)];
      if (pick) keep(replaceOnce(statement, span.text, pick), pick, span, 0.74, "value");
      else if (keyKindOf(span.type) === "date" || span.type === "NUMBER") {
        const [made] = pickDistractors(span, statement, ctx, 1, random, true);
        if (made) keep(replaceOnce(statement, span.text, made), made, span, span.type === "NUMBER" ? 0.6 : 0.66, "value");
      }
    }
  }
  for (const list of lists) {
    if (list.sentenceIndex === sentenceIndex) continue;
    const members = list.items.filter((item) => wordRe(item.text).test(statement));
    if (members.length !== 1 || notAlone(statement, members[0]!.text)) continue;
    // Terms the article defines may be of different kinds (a part, a process): swapped only as what the statement is about.
    if (list.defined && !new RegExp(`^(?:(?:The|A|An) )?${escapeRegExp(members[0]!.text)}\\b`, "i").test(statement)) continue;
    const pool = list.items.filter((item) => !wordRe(item.text).test(statement) && !sameName(item.text, members[0]!.text, articleText));
    const pick = pool[Math.floor(random() * pool.length)];
    if (pick) keep(replaceOnce(statement, members[0]!.text, pick.text), pick.text, { start: sentence.start, end: sentence.end }, 0.7, "sibling");
  }
  // A name for another of its kind the article gives ("the Qing Dynasty" for "the Ming Dynasty").
  for (const [head, names] of nameSiblings) {
    const present = names.filter((n) => wordRe(n).test(statement));
    if (present.length !== 1) continue;
    const pool = names.filter((n) => n !== present[0] && !sameName(n, present[0]!, articleText) && !wordRe(n).test(statement) && (head.endsWith("#") || n.endsWith(head)));
    const pick = pool[Math.floor(random() * pool.length)];
    const at = sentence.text.indexOf(present[0]!);
    if (pick && at >= 0) keep(replaceOnce(statement, present[0]!, pick, articleText), pick, { start: sentence.start + at, end: sentence.start + at + present[0]!.length }, 0.72, "name");
  }
  // One of a series for another ("the second law" for "the third law").
  for (const m of statement.matchAll(ORDINAL)) {
    const others = (ordinalSeries.get(m[2]!.toLowerCase()) ?? []).filter((o) => o !== m[1]!.toLowerCase());
    const pick = others[Math.floor(random() * others.length)];
    if (!pick) continue;
    const word = /^[A-Z]/.test(m[1]!) ? pick.charAt(0).toUpperCase() + pick.slice(1) : pick;
    const text = statement.slice(0, m.index) + word + statement.slice(m.index! + m[1]!.length);
    keep(text, `${pick} ${m[2]}`, { start: sentence.start, end: sentence.end }, 0.72, "sibling");
  }
  const turned = turnDirection(statement);
  if (turned) keep(turned.text, turned.word, { start: sentence.start, end: sentence.end }, 0.68, "direction");
  return out.sort((a, b) => b.confidence - a.confidence);
}

function unique(spans: Span[]): string[] {
  return [...new Set(spans.map((s) => s.text))];
}

// Only words that make a claim of direction or size; "before/after", "up/down" and "more" name times and places as often.
const TURNABLE = new Set(["rise", "rises", "rose", "fall", "falls", "fell", "increase", "increases", "increased", "decrease", "decreases", "decreased", "higher", "lower", "larger", "smaller", "bigger", "faster", "slower", "warmer", "cooler", "hotter", "colder", "heavier", "lighter", "stronger", "weaker"]);

/** "Prices rise when …" -> "Prices fall when …": one direction word, in a claim about a measure, with no negation or comparison to keep straight. */
function turnDirection(statement: string): { text: string; word: string } | null {
  if (!MEASURE.test(statement) || IDIOM.test(statement) || /\b(?:not|no|never|than|neither|nor)\b/i.test(statement)) return null;
  const hits = [...statement.matchAll(/[A-Za-z]+/g)].filter((m) => TURNABLE.has(m[0].toLowerCase()));
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  if (/\bthe $/i.test(statement.slice(0, hit.index))) return null;
  const opposite = OPPOSITE.get(hit[0].toLowerCase());
  if (!opposite) return null;
  const word = /^[A-Z]/.test(hit[0]) ? opposite.charAt(0).toUpperCase() + opposite.slice(1) : opposite;
  return { text: statement.slice(0, hit.index) + word + statement.slice(hit.index! + hit[0].length), word };
}
