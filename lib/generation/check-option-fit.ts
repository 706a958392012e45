import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";
import { lookupEntry } from "./gazetteer";
import { BLANK } from "./blank";
import { fitOptionsToHead } from "./check-head-kind";
import { namesOfAnotherKind, namesOfAnotherWorld, optionsOfAnotherBroadKind } from "./check-option-kinds";
import { giveEventsTheirThe, optionsOfAnotherShape } from "./check-option-shape";
import type { GeneratedQuestion } from "./types";
import { optionsRepeatingStemNoun } from "./check-option-giveaways";
import { MONTHS } from "./months";

/**
 * Options the stem itself rules out, whatever made them: an article the key
 * takes and an option does not ("the" only on the key, "the the"), a date
 * outside the century, decade or era the stem names, a person of the wrong sex
 * (or a place or a group) where the stem says "himself" or "his wife" of the
 * blank, and a bracketed symbol beside the blank that names the key. Options
 * are mended where the mend is sure and refused otherwise; a question left
 * with fewer than two wrong options is refused.
 */

const ARTICLE = /^(the|a|an) /i;

// The head words of names said with "the" ("the Soviet Union", "the Red Sea", "the Netherlands").
const THE_HEAD = /^(?:Union|Republic|Kingdom|States|Emirates|Empire|Dynasty|Caliphate|Sultanate|Shogunate|Confederation|Federation|Commonwealth|Alliance|League|Company|Islands|Isles|Ocean|Sea|River|Mountains|Alps|Andes|Strait|Channel|Gulf|Desert|Valley|Plains|Coast|Lakes|Canal|Peninsula|Army|Navy|Party|Council|Church|Senate|Congress|Court|Crown|Guild|Society|Netherlands|Philippines|Bahamas|Gambia|Maldives|Vatican|Balkans|Americas|Tropics)$/;

/** A place's or body's name said with "the" before it; null when the name is none the gazetteer or its shape tells. */
export function takesThe(name: string): boolean | null {
  const words = name.replace(ARTICLE, "").split(/\s+/);
  const head = words[words.length - 1]!;
  if (THE_HEAD.test(head) || words.includes("of") || /^United\b/.test(name)) return true;
  const kind = lookupEntry(name)?.type;
  return kind === "COUNTRY" || kind === "CITY" || kind === "PERSON" ? false : null;
}

/** "the _____" with "the Dutch" offered reads "the the Dutch": the option's own article goes. Options of another article shape are refused. */
export function fitArticles(q: GeneratedQuestion): void {
  if (q.type !== "MULTIPLE_CHOICE" || !["name", "term", "definition", "category"].includes(q.keyKind)) return;
  // Descriptions offered as answers ("A mix of rain and ice") are phrases of their own, not names after an article.
  if (q.options.some((o) => o.text.split(/\s+/).length > 4)) return;
  const at = q.prompt.indexOf(BLANK);
  const stemTakesThe = at >= 0 && /\bthe $/i.test(q.prompt.slice(0, at));
  const keyArticle = ARTICLE.exec(q.answerText)?.[1]?.toLowerCase() ?? null;
  const keep: typeof q.options = [];
  for (const o of q.options) {
    if (o.text === q.answerText) {
      keep.push(o);
      continue;
    }
    const own = ARTICLE.exec(o.text)?.[1]?.toLowerCase() ?? null;
    const bare = own ? o.text.slice(own.length + 1) : o.text;
    if (stemTakesThe) {
      // The stem gives the article: every option is read after it, so none carries its own, and none is a name said without it
      // ("the France"), unless the key is one too.
      if (own === "a" || own === "an" || (/^[A-Z]/.test(bare) && takesThe(bare) === false && takesThe(q.answerText) !== false)) continue;
      keep.push(own === "the" ? { ...o, text: bare } : o);
      continue;
    }
    // "sailed to _____" with "France" as the key: "Netherlands" would need a "the" the key does not take.
    if (!own && !keyArticle && /^[A-Z]/.test(bare) && takesThe(bare) === true && takesThe(q.answerText) === false) continue;
    const same = (own === null) === (keyArticle === null) && (own === "the") === (keyArticle === "the");
    if (same) keep.push(o);
    // A common noun takes "the" as readily as the key does ("the stomach"); a name may not ("the Spain"), so it is refused.
    else if (keyArticle === "the" && own === null && /^[a-z]/.test(bare)) keep.push({ ...o, text: `the ${bare}` });
    else if (keyArticle === null && own === "the" && /^[a-z]/.test(bare)) keep.push({ ...o, text: bare });
  }
  // Mended options may now repeat the key or each other; then the question keeps its options and the misfit check decides.
  if (new Set(keep.map((o) => o.text.toLowerCase())).size === keep.length) q.options = keep;
}

/** The years a date option covers: a year, a full date's year, a decade, a century (with "early"/"mid"/"late"). Null for dates before the common era. */
export function yearsOf(text: string): [number, number] | null {
  if (/\b(?:BCE?|B\.C\.)/.test(text)) return null;
  const century = /\b(early |mid-|middle |late )?(\d{1,2})(?:st|nd|rd|th) century\b/i.exec(text);
  if (century) {
    const start = (Number(century[2]) - 1) * 100;
    const part = century[1]?.trim().toLowerCase();
    return part === "early" ? [start, start + 40] : part === "late" ? [start + 60, start + 99] : part ? [start + 30, start + 70] : [start, start + 99];
  }
  // "the 1800s" is a century; "the late 1800s" its last part.
  const hundreds = /\b(early |mid-|middle |late )?(\d{2}00)s\b/i.exec(text);
  if (hundreds) {
    const start = Number(hundreds[2]);
    const part = hundreds[1]?.trim().toLowerCase();
    return part === "early" ? [start, start + 40] : part === "late" ? [start + 60, start + 99] : part ? [start + 30, start + 70] : [start, start + 99];
  }
  const decade = /\b(\d{3}0)s\b/.exec(text);
  if (decade) return [Number(decade[1]), Number(decade[1]) + 9];
  const year = /\b(\d{3,4})\b/.exec(text);
  return year ? [Number(year[1]), Number(year[1])] : null;
}

const MONTH_WORD = new RegExp(`\\b(?:${MONTHS})\\b`);

/** The shape of a date: century, decade, full date, month and year, or year. Options keep the key's. */
function dateShape(text: string): string {
  if (/century/i.test(text)) return "century";
  if (/\d0s\b/.test(text)) return "decade";
  const month = MONTH_WORD.test(text);
  if (month) return /\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/.test(text.replace(/\b\d{3,4}\b/, "")) ? "full" : "month";
  return "year";
}

// An era the stem names. Bounds are read only from a phrase that sets one ("after the war of 1912", "before 1800").
const ERA_WORDS: [RegExp, [number, number]][] = [
  [/\b(?:medieval|mediaeval|the Middle Ages)\b/i, [450, 1500]],
  // ("modern Iraq", "modern-day Turkey" name a place as it is now, not the event's era.)
  [/\b(?:the modern (?:era|age|period|world)|modern times|moderni[sz]ing|the Industrial Revolution|the industrial age)\b/i, [1750, 2100]],
];

// Events whose years every reader knows: "after World War II" rules out 1890.
const KNOWN_EVENTS: [RegExp, [number, number]][] = (
  [
    [/(?:First World War|World War I|Great War)\b(?! ?I)/, [1914, 1918]],
    [/(?:Second World War|World War II)\b/, [1939, 1945]],
    [/Cold War\b/, [1947, 1991]],
    [/Great Depression\b/, [1929, 1939]],
    [/French Revolution\b/, [1789, 1799]],
  ] as [RegExp, [number, number]][]
).map(([re, years]) => [new RegExp(`\\b(after|since|following|during|before|until)\\s+(?:the\\s+)?(end of (?:the\\s+)?)?${re.source}(\\s+(?:began|begun|broke out|started))?`, "i"), years]);

/** The years the stem allows the blank's date to take, or null when it names no century, decade, era or bound. */
export function allowedYears(stem: string): [number, number] | null {
  const text = stem.split(BLANK).join(" ");
  if (/\b(?:BCE?|B\.C\.)/.test(text)) return null;
  let lo = -Infinity;
  let hi = Infinity;
  const named = /\b(?:in|during|by|through|throughout|of|until) the ((?:early |mid-|middle |late )?\d{1,2}(?:st|nd|rd|th) century|(?:early |mid-|late )?\d{3}0s)\b/i.exec(text);
  if (named) [lo, hi] = yearsOf(named[1]!)!;
  for (const [re, [from, to]] of ERA_WORDS) if (re.test(text)) [lo, hi] = [Math.max(lo, from), Math.min(hi, to)];
  for (const [re, [from, to]] of KNOWN_EVENTS) {
    const m = re.exec(text);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    // "After the war" is after its end unless the stem says it began; "before the end of the war" runs to its end.
    const started = Boolean(m[3]);
    const ended = Boolean(m[2]);
    if (word === "during") [lo, hi] = [Math.max(lo, from), Math.min(hi, to)];
    else if (word === "before" || word === "until") hi = Math.min(hi, ended ? to : from);
    else if (word === "since") lo = Math.max(lo, ended ? to : from);
    else lo = Math.max(lo, started ? from : to);
  }
  const after = /\b(?:after|since|following)\b[^,.;]{0,40}?\b(\d{4})\b/i.exec(text);
  if (after) lo = Math.max(lo, Number(after[1]));
  const before = /\b(?:before|until|prior to|ahead of)\b[^,.;]{0,40}?\b(\d{4})\b/i.exec(text);
  if (before) hi = Math.min(hi, Number(before[1]));
  return lo === -Infinity && hi === Infinity ? null : [lo, hi];
}

/** Date options the stem's own era rules out, or of another shape than the key ("1940s" beside "1945"). */
export function datesOutsideStem(q: GeneratedQuestion): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind !== "date") return [];
  const shape = dateShape(q.answerText);
  const wrongShape = q.options.filter((o) => o.text !== q.answerText && dateShape(o.text) !== shape).map((o) => o.id);
  // "In 1662, … on _____" with a full date as the key: options in another year are ruled out by the stem's own year.
  const keyYear = /\b(\d{3,4})\b/.exec(q.answerText)?.[1];
  const inKeyYear = keyYear ? new RegExp(`\\b${keyYear}\\b`) : null;
  if (inKeyYear && shape !== "year" && inKeyYear.test(q.prompt.split(BLANK).join(" "))) {
    wrongShape.push(...q.options.filter((o) => o.text !== q.answerText && !inKeyYear.test(o.text)).map((o) => o.id));
  }
  const allowed = allowedYears(q.prompt);
  const key = yearsOf(q.answerText);
  // The era read from the stem must hold the key itself, or it was read wrongly (it dates something else in the stem).
  if (!allowed || !key || key[1] < allowed[0] || key[0] > allowed[1]) return wrongShape;
  const outside = q.options.filter((o) => {
    const years = yearsOf(o.text);
    return o.text !== q.answerText && years !== null && (years[1] < allowed[0] || years[0] > allowed[1]);
  });
  return [...new Set([...wrongShape, ...outside.map((o) => o.id)])];
}

type Referent = "he" | "she" | "it";

/** "_____ himself", "_____ and his wife", "_____ sent her army": the pronoun that refers back to the blank, when the blank is the clause's subject. */
export function referentOfBlank(stem: string): Referent | null {
  const at = stem.indexOf(BLANK);
  if (at < 0) return null;
  const before = stem.slice(0, at);
  const after = stem.slice(at + BLANK.length);
  const reflexive = /^\s*(himself|herself|itself)\b/i.exec(after)?.[1];
  // The blank opens its clause ("_____ led …", "In 1450, _____ led …", "… and _____ led …") and no other name comes before the pronoun.
  const subject = before.trim() === "" || /(?:,|\band|\bwhen|\bafter|\bbefore|\bwhile|\bbecause|\bthen) $/i.test(before);
  const possessive = subject ? /^([^,.;:]{0,60}?)\b(his|her|its|himself|herself|itself)\b/i.exec(after) : null;
  const word = (reflexive ?? (possessive && !/\b[A-Z][a-z]/.test(possessive[1]!) ? possessive[2] : null))?.toLowerCase();
  if (!word) return null;
  return word.startsWith("hi") ? "he" : word.startsWith("he") ? "she" : "it";
}

const MALE_TITLE = /^(?:King|Prince|Emperor|Lord|Sir|Mr\.?|Duke|Earl|Count|Baron|Pharaoh|Sultan|Tsar|Pope|Father|Brother)\s/;
const FEMALE_TITLE = /^(?:Queen|Princess|Empress|Lady|Dame|Mrs\.?|Miss|Ms\.?|Madame|Duchess|Countess|Baroness|Tsarina|Sister|Mother)\s/;

// Asked once per option of every name question: each name's reading of the article is worked out once per article.
const pronounMemo = articleMemo<"he" | "she" | null>();

/** Whom the article calls "he" or "she": the pronoun that first follows each mention of the name in its sentence or the next, by majority. */
export function pronounOf(name: string, articleText: string): "he" | "she" | null {
  return pronounMemo(articleText, name, () => readPronoun(name, articleText));
}

function readPronoun(name: string, articleText: string): "he" | "she" | null {
  if (MALE_TITLE.test(name)) return "he";
  if (FEMALE_TITLE.test(name)) return "she";
  // The full name where the article writes it (a surname may be a whole family's), else the surname alone.
  const last = articleText.includes(name) ? name : name.split(/\s+/).pop()!;
  if (last.length < 3) return null;
  let he = 0;
  let she = 0;
  for (const m of articleText.matchAll(new RegExp(`\\b${escapeRegExp(last)}\\b`, "g"))) {
    const tail = articleText.slice(m.index + last.length, m.index + last.length + 240).split(/(?<=[.!?])\s+/).slice(0, 2).join(" ");
    // The first pronoun after the name, unless another full name comes first (the pronoun may be theirs).
    // (A pronoun opening a sentence is capitalised: "Her brother …" is hers.)
    const p = /\b([Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]erself)\b|\b[A-Z][a-z]+ [A-Z][a-z]+\b/.exec(tail)?.[1]?.toLowerCase();
    if (!p) continue;
    if (p === "she" || p === "her" || p === "herself") she++;
    else he++;
  }
  return he > she ? "he" : she > he ? "she" : null;
}

/** Options that cannot be what "himself"/"her"/"its" after the blank refers to: the other sex, or a place or group for a person. */
export function optionsOfAnotherReferent(q: GeneratedQuestion, articleText: string): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind !== "name") return [];
  const referent = referentOfBlank(q.prompt);
  if (!referent) return [];
  const kind = (text: string): Referent | "group" | null => {
    const entry = lookupEntry(text)?.type;
    if (entry && entry !== "PERSON") return "group";
    if (/^the\s/i.test(text)) return "group";
    return pronounOf(text, articleText);
  };
  const keyKind = q.spanType === "PERSON" ? (kind(q.answerText) ?? (referent === "it" ? null : referent)) : "group";
  // The pronoun must fit the key as the article writes of it; otherwise it refers to someone else.
  if (referent === "it" ? keyKind !== "group" : keyKind !== referent) return [];
  return q.options
    .filter((o) => {
      if (o.text === q.answerText) return false;
      const k = kind(o.text);
      return referent === "it" ? k === "he" || k === "she" : k === "group" || (k !== null && k !== referent);
    })
    .map((o) => o.id);
}

/** "_____ (Na) reacts …": a bracket beside the blank names the key; it is taken out. Returns false when the key sits in the bracket itself. */
export function dropBracketByBlank(q: GeneratedQuestion): boolean {
  if (q.type !== "MULTIPLE_CHOICE" && q.type !== "FILL_BLANK") return true;
  const hint = q.type === "FILL_BLANK" ? (/ \([^)]*\)$/.exec(q.prompt)?.[0] ?? "") : "";
  const stem = q.prompt.slice(0, q.prompt.length - hint.length);
  if (!stem.includes("(")) return true;
  // "sodium (_____)": the word before the bracket names what the blank asks.
  if (/\([^()]*_____[^()]*\)/.test(stem)) return false;
  // A short bracket right after the blank glosses it; one elsewhere that spells the key's initials names it.
  const fixed = stem.replace(/_____ \([^()]{1,30}\)/, BLANK).replace(/ ?\(([A-Z][a-z]?|[A-Z]{2,6})\)/g, (m, abbr: string) => (initialsOf(q.answerText, abbr) ? "" : m));
  q.prompt = fixed.replace(/\s{2,}/g, " ").replace(/\s+([.,;?])/g, "$1") + hint;
  return true;
}

/** "Na" for "sodium"? Only what can be read from the key: its initials, or its first letters. */
function initialsOf(key: string, abbr: string): boolean {
  const initials = key.split(/\s+/).map((w) => w.charAt(0)).join("").toLowerCase();
  return initials === abbr.toLowerCase() || key.toLowerCase().startsWith(abbr.toLowerCase());
}

// "the port city of _____", "the kingdom of _____": the noun before the blank says what kind of place the answer is.
const TOWN_HEAD = /\b(?:city|cities|town|towns|port|village|capital|harbou?r town|settlement)(?: of| called| named)? $/i;
const COUNTRY_HEAD = /\b(?:country|countries|nation|kingdom|republic|state of)(?: of| called| named)? $/i;

/** Places the gazetteer knows as of another kind than the stem's noun before the blank: a country after "the city of", a city after "the kingdom of". */
export function placesOfAnotherKind(q: GeneratedQuestion): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind !== "name") return [];
  const at = q.prompt.indexOf(BLANK);
  if (at < 0) return [];
  const before = q.prompt.slice(0, at);
  const wrong = TOWN_HEAD.test(before) ? "COUNTRY" : COUNTRY_HEAD.test(before) ? "CITY" : null;
  // (Only when the key itself is not of the kind refused: then the noun was read wrongly.)
  if (!wrong || lookupEntry(q.answerText)?.type === wrong) return [];
  return q.options.filter((o) => o.text !== q.answerText && lookupEntry(o.text)?.type === wrong).map((o) => o.id);
}

/**
 * "From about _____ BC": a year the article gives in the common era (a discovery, a book) is no year before it, whatever
 * the stem prints after the blank. Such options are refused.
 */
export function yearsOfTheOtherEra(q: GeneratedQuestion, articleText: string): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind !== "date") return [];
  const at = q.prompt.indexOf(BLANK);
  if (at < 0 || !/^ (?:BCE?|B\.C\.)/.test(q.prompt.slice(at + BLANK.length))) return [];
  return q.options
    .filter((o) => o.text !== q.answerText && /^\d{3,4}$/.test(o.text))
    .filter((o) => {
      const uses = [...articleText.matchAll(new RegExp(`\\b${o.text}\\b(?!\\s*(?:BCE?|B\\.C\\.))`, "g"))];
      return uses.length > 0 && !new RegExp(`\\b${o.text}\\s*(?:BCE?|B\\.C\\.)`).test(articleText);
    })
    .map((o) => o.id);
}

/** Mends and refuses options the stem rules out; "options-misfit" when fewer than two wrong options are left, "stem-gives-key-away" for a bracket holding the key. */
export function fitOptionsToStem(q: GeneratedQuestion, articleText: string, before = q.options.length): "options-misfit" | "stem-gives-key-away" | null {
  if (!dropBracketByBlank(q)) return "stem-gives-key-away";
  if (q.type !== "MULTIPLE_CHOICE") return null;
  fitArticles(q);
  giveEventsTheirThe(q);
  const refused = new Set([...optionsOfAnotherShape(q), ...optionsOfAnotherBroadKind(q, articleText), ...namesOfAnotherKind(q, articleText), ...namesOfAnotherWorld(q, articleText), ...datesOutsideStem(q), ...optionsOfAnotherReferent(q, articleText), ...placesOfAnotherKind(q), ...yearsOfTheOtherEra(q, articleText), ...fitOptionsToHead(q, articleText), ...optionsRepeatingStemNoun(q)]);
  q.options = q.options.filter((o) => !refused.has(o.id));
  const wrong = q.options.filter((o) => o.text !== q.answerText).length;
  // Statements and clauses are picked from the article's own sentences, and their makers decide how many they need.
  return before >= 3 && wrong < 2 ? "options-misfit" : null;
}
