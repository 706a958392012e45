import { CENTURY_ORDINALS } from "./century-words";
import { MONTHS } from "./months";
import { noteWordTags } from "./seen-word-tags";
import nlp from "compromise";
import { LEXICON } from "./tag-without-chunks";
import { boundedMemo } from "./article-memo";
import { GAZETTEER, lookupEntry } from "./gazetteer";
import { TITLE_ALTERNATION } from "./titles";
import type { Span, SpanType } from "./types";
import { markedBC } from "./year-eras";
import { PERSON_NOUN } from "./person-nouns";

const TITLES = `${TITLE_ALTERNATION}|Gen\\.|Dr\\.`;

/** Number words a count is written in (one is left out: "one of the …" is rarely a count). */
export const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "hundred"];

const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SMALL = ["one", ...NUMBER_WORDS.slice(0, 18)];

/** A count or year as a number ("1,200", "forty", "twenty-five", "1801"); NaN for anything else. */
export function valueOf(text: string): number {
  const word = text.toLowerCase().replace(/[,;.]$/, "");
  if (/^\d[\d,]*(?:\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ""));
  const [tens, unit] = word.split("-");
  const tensAt = TENS.indexOf(tens!);
  if (tensAt >= 0) return (tensAt + 2) * 10 + (unit ? SMALL.indexOf(unit) + 1 || NaN : 0);
  if (word === "hundred") return 100;
  const small = SMALL.indexOf(word);
  return small >= 0 ? small + 1 : NaN;
}

/** 20-99 in words ("twenty", "twenty-five"); null outside that range. */
export function numberInWords(value: number): string | null {
  if (!Number.isInteger(value) || value < 20 || value > 99) return null;
  const tens = TENS[Math.floor(value / 10) - 2]!;
  return value % 10 ? `${tens}-${SMALL[(value % 10) - 1]}` : tens;
}

interface Pattern {
  type: SpanType;
  re: RegExp;
  /** Which capture group is the span (0 = whole match). */
  group?: number;
  /** The match is a term only where "called" gives a name, not where a subject "called a meeting" (see namesWithArticle). */
  givenName?: boolean;
  /** The span is a name written in quotation marks: taken whole, as written, with no cut at a verb (see termBeforeVerb). */
  quoted?: boolean;
}

// A word of naming, then the name in straight or curly quotation marks (at most 60 characters, no stop inside). A
// lower-case "the" just inside the marks stays out of the name as it does outside them ('called him "the Heron"'): the
// name is what follows it, and a nickname written so is still read as a name (a capital "The" opens a title and stays).
const NAMING_BEFORE_QUOTE = String.raw`\b(?:called|calls?|calling|known as|nicknamed|named|remembered (?:(?:above all|best|chiefly|mainly|mostly|especially) )?for|titled|entitled)(?: (?:him|her|it|them|themselves|himself|herself|itself))?(?: (?:the|a|an))? ["“](?:the )?`;
const QUOTED_NAME = new RegExp(`${NAMING_BEFORE_QUOTE}([^"”.!?;:\n]{2,60}?)[,.!?]?["”]`, "g");
const NAMED_IN_QUOTES = new RegExp(`${NAMING_BEFORE_QUOTE}$`);
const NAME_IN_QUOTES_NEXT = /^\s+(?:(?:the|a|an)\s+)?["“]/;
// ("… and in Tibet it is known as …": a name given to a pronoun is asked in a stem that may not show what the pronoun
// means, quoted or not.)
const NAMED_PRONOUN = /\b(?:it|they|this|these|those)\s+(?:is|are|was|were|became|become)\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+|often\s+|sometimes\s+|then\s+)?$/i;

/** Whether the text before a key ends in a word of naming and an opening quotation mark ("a ship they called the "). */
export function namedInQuotes(before: string): boolean {
  return NAMED_IN_QUOTES.test(before);
}

// A capitalised name after "called", "known as" or "given the title", unquoted ("a script called Meroitic,", "a parliament,
// called the Varn,", "rulers, given the title Ossar,"),
// that ends where its clause goes on: at a stop, a comma, or a word opening what follows. (Never before a lower-case word,
// "called Polynesian wayfinding", nor a figure, "called the Rule of 72": the name would be cut short.)
const CALLED_NAME = /\b(?:called|known as|nicknamed|renamed|(?:given|took|adopted|assumed|received) the (?:name|title|nickname)(?: of)?)(?: the)? (\p{Lu}[\p{L}'’-]*(?: (?:of |de |al-)?\p{Lu}[\p{L}'’-]*){0,3})(?=[,.;:)]|$| (?:which|that|who|meaning|or|after)\b)/gu;

/**
 * Names given by CALLED_NAME, asked typed only as quoted ones are. (Not a name the gazetteer knows, "known as Kell", nor one
 * the article's names already type as anything but a guessed person: those keep their own type and options. A name the tagger
 * only guessed was a person's, a mountain "called Mount Vell" or a people "known as the Arns", is the name the clause gives.)
 */
function calledNames(sentence: string, base: number, named: Span[]): Span[] {
  const out: Span[] = [];
  for (const m of sentence.matchAll(CALLED_NAME)) {
    const text = m[1]!;
    const start = m.index + m[0].length - text.length;
    if (/['’]s$/.test(text) || lookupEntry(text)) continue;
    if (NAMED_PRONOUN.test(sentence.slice(0, m.index))) continue;
    const same = named.filter((n) => n.start === base + start && n.end === base + start + text.length);
    if (same.some((n) => !n.guessed)) continue;
    const span = { text, start: base + start, end: base + start + text.length, typedOnly: true };
    // ("a boy called Ned Garrow", "a sailor known as Captain Orm Vell": a person's own name, whatever else the tagger guessed
    // of it, is a person's, so a typed surname is still accepted. The tagger's own guess of a person is kept as it is.)
    // (One person only, and a name, not a post: "queens, given the title Kandra" or "guards called Vessir" name a rank.)
    const noun = /(?:^|\s)([a-z]+),?\s*$/.exec(sentence.slice(0, m.index))?.[1] ?? "";
    if (PERSON_NOUN.test(noun) && !/s$/.test(noun) && !/\btitle\b/.test(m[0])) {
      if (!same.some((n) => n.type === "PERSON")) out.push({ ...span, type: "PERSON", guessed: true });
      continue;
    }
    if (same.some((n) => n.type !== "PERSON")) continue;
    out.push({ ...span, type: "TERM" });
  }
  return out;
}

// A change of amount ("rose by 300", "down from 650"): the figure after it is the amount, never a year.
const CHANGE_WORD = String.raw`(?:increas\w*|decreas\w*|ris\w*|rose|f[ae]ll\w*|gr[eo]w\w*|dropp?\w*|rais\w*|reduc\w*|cut\w*|climb\w*|shr[au]nk\w*|up|down)`;
// "c." or "circa" with no word of time before it dates only what was made or done ("born c. 850", "(c. 850)"), not what
// a place holds ("the hall seats c. 300.").
const CIRCA_LEAD = String.raw`(?<=(?:^|\(|(?:[,;]|\b[a-z]+(?:ed|en)|\b(?:born|built|made|written|drawn|died|begun|and|or|to)) ))(?:c\.|ca\.|[Cc]irca)`;
// (See its pattern below.) The word of time before it: "in", "from", "until", … ("around" or "about" only after one of them,
// "c." and "circa" alone as above); never "one in 500".
const YEAR_LEAD = String.raw`(?:(?<!\b(?:one|1|a|per) )\b(?:[Ii]n|(?<!\b${CHANGE_WORD} )[Ff]rom|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter|the year)(?: (?:around|about|c\.|circa))?|${CIRCA_LEAD})`;
// Closed as a date: a comma or stop (not inside a figure, "300,000"), or a word that opens the clause after it.
// (Not the first of a list of figures closed by what they measure, "in 100, 200 and 400 metre races"; "in 793, 794 and 795
// the raiders …" stays years.)
const CLAUSE_OPENER = String.raw`(?:when|while|as|the|a|an|he|she|it|they|we|his|her|its|their|there)\b`;
const YEAR_CLOSE = String.raw`(?=[,.;:)](?!\d)|$| ${CLAUSE_OPENER})(?!(?:,? (?:and |or |to )?[1-9][\d,]*)+ (?!${CLAUSE_OPENER}|(?:and|or|to)\b)[a-z])`;
// "By 700, …", "by 750 the port …": a clause follows (a closing stop is a measure's, "divide the total by 360."), and never
// after a verb of change or a pointer ("grew by 300", "cut it by 120").
// (Nor after a passive's participle, whose "by" names who did it: "Outnumbered by 900, the guard …", "reinforced by 300 the
// next spring".)
const BY_YEAR = String.raw`(?<!\b(?:divid\w*|multipl\w*|${CHANGE_WORD}|more|less|it|them|this|that|(?![Tt]hen\b|[Ww]hen\b|[Ee]ven\b)[A-Za-z]+(?:ed|en)|led|met|won|held|kept|sent) by )(?<=\b[Bb]y )[1-9]\d{2}(?=,(?!\d)| ${CLAUSE_OPENER})`;
// After "in", a name may open the clause ("In 655 Ilse became …"), unless a plural noun follows it ("in 300 Roman ships").
const IN_YEAR_BEFORE_NAME = String.raw`(?<=\b[Ii]n )(?<![\d,.])[1-9]\d{2}(?= [A-Z][\w'’-]* (?![a-z]+s\b)[a-z])`;
// Opening the sentence after "Around"/"About", only before a comma and a clause's subject ("Around 820, the scholar …"; not
// "About 500, mostly farmers, …").
const OPENING_YEAR = String.raw`(?<=^(?:Around|About) )[1-9]\d{2}(?=, (?:the|a|an|he|she|it|they|we|his|her|its|their|there|[A-Z][\w'’-]* [a-z]))`;
const THREE_FIGURE_YEAR = new RegExp(String.raw`(?<=${YEAR_LEAD} )(?<![\d,.])[1-9]\d{2}\b${YEAR_CLOSE}|${BY_YEAR}|${IN_YEAR_BEFORE_NAME}|${OPENING_YEAR}`, "g");

const PATTERNS: Pattern[] = [
  { type: "FULL_DATE", re: new RegExp(`\\b(?:\\d{1,2} (?:${MONTHS}) \\d{4}|(?:${MONTHS}) \\d{1,2}, \\d{4})\\b`, "g") },
  { type: "MONTH_YEAR", re: new RegExp(`\\b(?:${MONTHS}) \\d{4}\\b`, "g") },
  { type: "DECADE", re: /\b(?:1[0-9]|20)\d0s\b/g },
  // "the 11th century", "the mid-14th century" -> "11th century", "14th century".
  // Not after a hyphen ("mid-14th century"): the blank would split the word.
  { type: "CENTURY", re: /(?<!-)\b(?:[1-9]|1[0-9]|2[01])(?:st|nd|rd|th) century(?: BCE?| AD| CE)?\b/g },
  // "the twentieth century", "the late fifteenth century": a century in words, after "the" (not "its first century") and
  // not a century of something ("the first century of the republic" counts from the republic, not the calendar).
  { type: "CENTURY", re: new RegExp(String.raw`(?<=\bthe (?:(?:early|late|middle|mid) )?)\b(?:${CENTURY_ORDINALS.join("|")}) century(?: BCE?| AD| CE)?\b(?! of\b)`, "g") },
  // A quantity with its unit: "6,650 kilometres", "1.5 million", "86 percent", "100,000 men".
  {
    type: "NUMBER",
    re: /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?(?= (?:[a-z]+))|\b\d+(?:\.\d+)? (?:million|billion|thousand)\b|\b\d+(?:\.\d+)?(?= ?(?:percent|per cent|%|kilometres|kilometers|km|metres|meters|miles|degrees)\b)/g,
  },
  // A count or measure followed by its unit or counted noun: "20 feet", "600 rooms", "13 levels", "40 °C".
  { type: "NUMBER", re: /(?<![\d,.])\b(?!1[0-9]{3}\b|20[0-9]{2}\b)\d+(?:\.\d+)?(?= ?(?:°[CF]?|[a-z]+s\b|(?:feet|foot|inch|metre|meter|mile|kilometre|kilometer|degree|percent|per cent)\b))/g },
  // A count in words with its scale, "three hundred members", "two thousand years": one span (longest wins), never "three" or "hundred" alone.
  // A longer compound ("three hundred and fifty", "two thousand five hundred") is not blanked in part at all.
  { type: "NUMBER", re: new RegExp(`(?<![\\w-])(?<!\\b(?:${NUMBER_WORDS.join("|")}|one|thousand|million)(?: and)?[ -])(?:${NUMBER_WORDS.join("|")})[ -](?:hundred|thousand|million)\\b(?!(?: and)? (?:${NUMBER_WORDS.join("|")}|one)\\b)(?= (?:[a-z]+ ){0,2}[a-z]+s\\b)`, "gi") },
  // Numbers in words before what they count: "three simple rules", "Four basic laws".
  // Never the end of a compound ("twenty-five"): blanking "five" would leave "twenty-_____".
  // ("a hundred guns" is one figure: "hundred" alone is no count to blank or swap, "a forty guns" is not English.)
  { type: "NUMBER", re: new RegExp(`(?<!\\b(?:the|these|those|its|their|his|her|a|an|few|several|some|many) )(?<![\\w-])(?<!\\b(?:${NUMBER_WORDS.join("|")}|one|thousand|million)(?: and)?[ -])(?:${NUMBER_WORDS.join("|")})\\b(?!-)(?! (?:hundred|thousand|million)\\b)(?= (?:[a-z]+ ){0,2}[a-z]+s\\b)`, "gi") },
  // A compound count in words before what it counts ("twenty-five barons"): one span, never its parts, and never the end of a
  // bigger number ("three hundred and twenty-five").
  { type: "NUMBER", re: new RegExp(`(?<!\\b(?:the|these|those|its|their|his|her|a|an|few|several|some|many) )(?<![\\w-])(?<!\\b(?:${NUMBER_WORDS.join("|")}|one|hundred|thousand|million)(?: and)?[ -])(?:${TENS.join("|")})-(?:${SMALL.slice(0, 9).join("|")})\\b(?!-)(?! (?:hundred|thousand|million)\\b)(?= (?:[a-z]+ ){0,2}[a-z]+s\\b)`, "gi") },
  // Fractions in words: "two thirds", "a quarter of". (Not the "half" of "a year and a half of fighting": no quantity of its own.)
  { type: "NUMBER", re: /\b(?:one|two|three|four)[- ](?:halves|thirds?|quarters?|fifths?|tenths?)\b|(?<!\band a )\b(?:half|a third|a quarter)(?= of\b)/gi },
  { type: "YEAR", re: /\b(?:1[0-9]{3}|20[0-9]{2})\b(?!s)/g },
  // A year of any length the article marks with its era ("246 BCE", "44 B.C.", "632 CE", "AD 79"): the era says it is a
  // date, not a count. The span is the figure alone, as for "1479 BC": the era stays printed by the blank.
  { type: "YEAR", re: /(?<![\d,.])\b[1-9]\d{0,3}(?= ?(?:(?:BCE?|CE|AD)\b|B\.C\.|A\.D\.))|(?<=\b(?:AD|A\.D\.) )[1-9]\d{0,3}\b(?![,.]?\d)/g },
  // A year of three figures with no era ("Born in 624, …", "In 655 the queen …", "from around 660, …"): after a word of time
  // and closed as a date is (a comma or stop, or a word that opens the clause), never before what it counts ("around 300
  // young pilots", "in 120 days"). An early history gives most of its dates so, and none was asked.
  { type: "YEAR", re: THREE_FIGURE_YEAR },
  // A key term the article defines: "tiny pores called stomata" -> "stomata".
  // ("named the first one vellite": a place in an order is no term; "were called home", "was called early": a verb's
  // particle or an adverb after "called" says where or when, and "named after …" says for whom: no term; "are called this
  // because …" points back to a name given before.)
  { type: "TERM", re: /\b(?:called|known as|named)\s+(?:the\s+)?(?!(?:first|second|third|fourth|fifth|last|next|other|same|latter|former)\b)(?!(?:home|early|late|back|away|down|over|again|upon|together|twice|once|forth|round|around|aside|ahead|abroad|soon|later|after|from|into|onto|with|without|under|among|between|because|until|during|before|since|this|that|these|those|thus|such|so|it|them|themselves|himself|herself|itself|ourselves)\b)([a-z][a-z-]{3,}(?: [a-z][a-z-]{2,})?)\b/g, group: 1 },
  // The same with "a"/"an": "a thin plate, called a reed", "a band of warm air called a front", "…, which is called a
  // trough". (Kept apart from the pattern above: a subject that "called a council" summons one, so namesWithArticle
  // takes it only where "called" names a thing.)
  { type: "TERM", re: /\bcalled\s+(?:a|an)\s+(?!(?:first|second|third|fourth|fifth|last|next|other|same|few|lot|number|couple|bit|little|kind|sort|type|form|part|piece|way)\b)(?!(?:meeting|council|halt|truce|strike|election|vote|referendum|conference|assembly|ceasefire|parliament|synod|doctor|taxi|cab|friend|press|news|special|general|national|emergency)\b)([a-z][a-z-]{3,}(?: [a-z][a-z-]{2,})?)\b/g, group: 1, givenName: true },
  // A name the article gives in quotation marks after a word of naming ("a shop she called the "Blue Lantern"", "soldiers
  // began to call him "Old Iron"", "a book known as "The Long Road"", "remembered for the "Edict of Stones""): what a
  // person, a work, a law or a place was called is one of a life's main facts, and no other pattern reads a capitalised or
  // many-word name in quotes. (Its closing stop or comma, written inside the marks, stays out of the span.)
  { type: "TERM", re: QUOTED_NAME, group: 1, quoted: true },
  // A name after a title: "Prime Minister Ichiro Hatoyama" -> "Ichiro Hatoyama".
  { type: "PERSON", re: new RegExp(`\\b(?:${TITLES}) ((?:[A-Z][a-z]+ )(?:[A-Z]\\. )?[A-Z][a-z]+)\\b`, "g"), group: 1 },
];

// Every gazetteer name and alias in one expression, longest first, compiled once.
const GAZETTEER_RE = new RegExp(
  `(?<![\\w-])(?:${GAZETTEER.flatMap((e) => [e.name, ...(e.aliases ?? [])])
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n))
    .join("|")})(?![\\w-])`,
  "g",
);

/**
 * Typed answer spans in a sentence: dates by pattern, people after titles, and
 * names the gazetteer knows, plus `named` (people and places found by NLP over
 * the whole article, already narrowed to this sentence). Overlaps resolve to the longest span, so "1945" inside
 * "August 1945" is never a gap of its own; at equal length the gazetteer's type
 * wins. Offsets are absolute (base + index).
 */
export function findSpans(sentence: string, base = 0, named: Span[] = []): Span[] {
  const found: Span[] = [];
  for (const { type, re, group = 0, givenName, quoted } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      if (givenName && !namesWithArticle(sentence, m.index, m.index + m[0].length)) continue;
      // ("the owners called the weavers "hands"": a name in quotation marks after the word says the word is what was named.)
      if (type === "TERM" && !quoted && NAME_IN_QUOTES_NEXT.test(sentence.slice(m.index + m[0].length))) continue;
      // "the boy calls him "father"": a word someone is addressed by is a name only when it is written as one.
      if (quoted && /^[^A-Z]/.test(m[group]!) && /\b(?:him|her|it|them|themselves|himself|herself|itself)\b/.test(m[0])) continue;
      if (quoted && NAMED_PRONOUN.test(sentence.slice(0, m.index))) continue;
      let text = m[group]!;
      const start = m.index + m[0].indexOf(text);
      if (givenName) text = nounPhraseOnly(sentence, start, text);
      if (type === "TERM" && !quoted) {
        const term = termBeforeVerb(sentence, start, text);
        if (!term) continue;
        text = term;
      }
      // (A year marked BC is flagged: see year-eras.)
      const bc = type === "YEAR" && markedBC(sentence, start + text.length);
      // (A quoted name is asked typed only: the article's other terms are no names of its kind, so no options are drawn for it.)
      found.push({ type, text, start: base + start, end: base + start + text.length, ...(bc && { bc }), ...(quoted && { typedOnly: true }) });
    }
  }
  GAZETTEER_RE.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = GAZETTEER_RE.exec(sentence))) {
    const entry = lookupEntry(g[0]);
    // Inside a longer name ("Saturn V", "Mercury Seven"), the word is not the planet.
    const next = sentence.slice(g.index + g[0].length, g.index + g[0].length + 3);
    if (entry?.type === "TERM" && /^ [A-Z0-9]/.test(next)) continue;
    // Inside a longer name ("San Francisco Conference", "United States Congress"), not a place of its own.
    if (entry && entry.type !== "TERM" && /^ [A-Z][a-z]/.test(sentence.slice(g.index + g[0].length, g.index + g[0].length + 3))) continue;
    // Part of a compound ("carbon dioxide", "nitrogen cycle"): blanking one word would split it.
    const after = sentence.slice(g.index + g[0].length, g.index + g[0].length + 14);
    if (entry?.type === "TERM" && /^ (?:dioxide|monoxide|oxide|cycle|footprint|emissions?|atoms?|gas|bonds?|fixation)\b/.test(after)) continue;
    if (entry) found.push({ type: entry.type, text: g[0], start: base + g.index, end: base + g.index + g[0].length });
  }
  found.push(...calledNames(sentence, base, named));
  // Last, so that at equal length a pattern's or the gazetteer's type wins.
  found.push(...named);
  return resolveOverlaps(found);
}

// Tagging a sentence costs about a millisecond: once per sentence that names a term, kept for the article's other passes.
const wordTags = boundedMemo<{ start: number; end: number; tags: string[] }[]>(2000);
export function tagWords(sentence: string): { start: number; end: number; tags: string[] }[] {
  const words = wordTags(sentence, () => {
    const terms = (nlp(sentence).json({ offset: true }) as { terms: { tags?: string[]; offset: { start: number; length: number } }[] }[]).flatMap((t) => t.terms);
    return terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags ?? [] }));
  });
  // (Noted on every call, not only when parsed: the memo may hold the sentence from another article.)
  for (const w of words) noteWordTags(sentence.slice(w.start, w.end), w.tags);
  return words;
}

const isVerb = (tags: string[]) => tags.includes("Verb") && !tags.includes("Noun") && !tags.includes("Gerund") && !tags.includes("Participle");
const isNoun = (tags: string[]) => tags.includes("Noun") && !tags.includes("Verb") && !tags.includes("Pronoun");

/**
 * The term a "called …" names, cut where its noun phrase ends. The pattern takes up to two words, but the second may be the
 * sentence's verb ("hairs called cilia sweep it away": the term is "cilia"), and a third word may be the phrase's head
 * ("what is called the inner ward system": "inner ward" would leave "system" standing after the blank): the verb is cut
 * off, and a term whose head noun follows it is no term at all (null).
 */
function termBeforeVerb(sentence: string, start: number, text: string): string | null {
  const words = tagWords(sentence);
  const end = start + text.length;
  const inside = words.filter((w) => w.start >= start && w.end <= end);
  let kept = text;
  // A plural noun opens no compound ("drones mate with …": the tagger read "mate" as a noun, but it is the verb).
  const pluralThenBare = inside.length === 2 && inside[0]!.tags.includes("Plural") && !/s$/.test(sentence.slice(inside[1]!.start, inside[1]!.end));
  // (A verb takes something after it: "called treasure ships, were …" ends the term at the comma, whatever the tag of "ships".)
  const ends = /^\s*(?:[,.;:)]|$)/.test(sentence.slice(end));
  // A short last word ("grease ice", "marsh gas") is a head only as a noun ("called nurses and builders": "nurses").
  const shortNotNoun = inside.length === 2 && inside[1]!.end - inside[1]!.start === 3 && !inside[1]!.tags.includes("Noun");
  // A word the lexicon knows only as a verb's -s form after a singular word is the sentence's verb, whatever the tagger
  // made of it in context ("the wind called the mistral blows cold air": "mistral"); plural nouns ("root hairs") are kept.
  const second = sentence.slice(inside[1]?.start ?? 0, inside[1]?.end ?? 0).toLowerCase();
  const verbAfterSingular = inside.length === 2 && !inside[0]!.tags.includes("Plural") && /[^s]s$/.test(second) && LEXICON[second] === "PresentTense";
  // A preposition, adverb or conjunction opens a phrase after the term and never ends a noun phrase ("called burhs across
  // the hills", "called the vendral often sweeps", "called the blare whenever …"): the term is the first word alone.
  const opensPhrase = inside.length === 2 && !inside[1]!.tags.includes("Noun") && inside[1]!.tags.some((t) => /^(?:Preposition|Adverb|Conjunction)$/.test(t));
  if (inside.length === 2 && (shortNotNoun || opensPhrase || (!ends && (isVerb(inside[1]!.tags) || pluralThenBare || verbAfterSingular)))) kept = text.slice(0, inside[0]!.end - start);
  if (kept !== text) return kept;
  // The phrase's head noun after the match belongs to the term ("the sting reflex system"); a second noun after it
  // leaves the phrase's end unsure, and no term is taken.
  const lower = (w: { start: number; end: number; tags: string[] } | undefined) => !!w && /^[a-z]/.test(sentence.slice(w.start, w.end)) && isNoun(w.tags);
  const at = words.findIndex((w) => w.start >= start + kept.length);
  const next = words[at];
  if (!next || !lower(next)) return kept;
  if (sentence.slice(start + kept.length, next.start) !== " " || lower(words[at + 1]) || inside.length > 2) return null;
  return sentence.slice(start, next.end);
}

// "…, which is called a trough": a name given now. ("which was called a betrayal" is what some once called it: an opinion.)
const BE_CALLED = /\b(?:which|that) (?:is|are) (?:also |often |usually |sometimes |commonly |now |simply |still )?$/;

/**
 * Whether "called a …" at `at` (the term ending at `end`) gives a thing its name: after a comma closing a clause that has
 * its own verb ("the wind fills a thin sail, called a vane"), after "which is" ("…, which is called a trough"), or after
 * a noun inside a clause that already has its verb ("warm air rises into a band of cloud called a front"). A clause whose
 * first verb is "called" has a subject that called something ("The elders called a council", "The general, seeing the
 * danger, called a retreat", "Workers who feared the machines called a strike"): no term. "… called a betrayal by many"
 * names a judgement, not a thing.
 */
function namesWithArticle(sentence: string, at: number, end: number): boolean {
  if (/^ by\b/.test(sentence.slice(end))) return false;
  const before = sentence.slice(0, at);
  if (BE_CALLED.test(before)) return true;
  // Participle and relative inserts between commas ("The general, seeing the danger, …") and relative clauses ("Workers who feared …") hold no
  // verb of the clause "called" belongs to: blanked, keeping offsets.
  const blank = (m: string) => " ".repeat(m.length);
  const main = before.replace(/, (?:[a-z]+ing|[a-z]+ed|who|whom|whose|which|that|being|having)\b[^,]*,(?=.)/g, blank).replace(/\b(?:who|whom|whose|which|that)\b[^,]*/g, blank);
  const kept = (w: { start: number; end: number }) => main.slice(w.start, w.end).trim() !== "";
  const finite = (w: { tags: string[] }) => w.tags.includes("Verb") && !w.tags.some((t) => /^(?:Noun|Adjective|Gerund|Infinitive)$/.test(t));
  if (/, $/.test(before)) {
    if (tagWords(sentence).some((w) => w.end <= at && kept(w) && finite(w))) return true;
    // "An assembly of chiefs, called a moot, chose him": a naming set off by commas before its clause's own verb.
    const next = /^, ([a-z]+)\b/.exec(sentence.slice(end));
    const verb = next && tagWords(sentence).find((w) => w.start === end + 2);
    return !!verb && finite(verb);
  }
  const clauseStart = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "), before.lastIndexOf(": ")) + 1;
  const words = tagWords(sentence).filter((w) => w.start >= clauseStart && w.end <= at);
  const last = words.at(-1);
  if (!last || !isNoun(last.tags) || /^[A-Z]/.test(sentence.slice(last.start, last.end))) return false;
  // (A clause opening on an -ing word after a comma is a participle's, "…, making a zone of low pressure called a …",
  // whatever the tagger made of the word.)
  if (clauseStart > 0 && /^\s*[a-z]+ing (?:a|an|the)\b/.test(sentence.slice(clauseStart, at))) return true;
  return words.slice(0, -1).some((w) => kept(w) && finite(w));
}

/** "called a crusade against …": the term's second word is part of it only if the tagger reads it as a noun. */
function nounPhraseOnly(sentence: string, start: number, text: string): string {
  const space = text.indexOf(" ");
  if (space < 0) return text;
  const second = tagWords(sentence).find((w) => w.start === start + space + 1);
  return second && second.tags.includes("Noun") && !second.tags.some((t) => /^(?:Preposition|Verb|Adverb|Conjunction)$/.test(t)) ? text : text.slice(0, space);
}

function resolveOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of sorted) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
