import { escapeRegExp } from "./find-spans";
import { knownAsPlace } from "./known-places";
import { isPersonWord, personWordAt } from "./resolve-person-pronouns";
import { NAME_PARTICLE } from "./titles";
import type { ParsedArticle, Span } from "./types";

const NAME_WORD = "[A-Z][A-Za-z\\u00C0-\\u024F'’-]+";
// (A ruler's number closes the name: "Osric II", "Kamo I".)
const TITLE_NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${NAME_PARTICLE}|${NAME_WORD})){0,3}(?:\\s+[IVX]{1,4})?$`);
// What a biography's opening says of its subject: "X was born …", "X (c. 602 – 664) was a …", "X, the son of …, became …".
const OPENING_PREDICATE = /^\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,]{1,80},\s*)?(?:was|is|became|grew up)\b/;
// Only a person is born, dies, or has a family: the cue that keeps a ship ("she sailed") or a country out.
const HUMAN_CUE = /\b(?:(?:he|she) (?:was born|died)\b|\(born\b|his (?:wife|wives|father|mother|family|son|sons|daughter|brother|sister|parents|childhood|death)|her (?:husband|father|mother|family|son|sons|daughter|brother|sister|parents|childhood|death))/i;
// A title's name ends at a colon, a bar or a dash ("Ada Lovelace: …", "Ibn Battuta – …").
export const TITLE_SEPARATOR = /\s*[:|–—]\s*|\s+-\s+/;
// "Ibn Battuta and His Travels", "Ada Lovelace and the First Program": the name before " and his/her/the …".
const AND_HIS_OR_THE = /\s+and\s+(?=(?:his|her|the)\s)/i;
// "… was a Muslim scholar from Morocco …", "…, the son of a judge, became a trader": what the opening says the name is.
const OPENING_NOUNS = /^\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,]{1,80},\s*)?(?:was|is|became)\s+(?:(?:a|an|the|one of the)\s+)?((?:[A-Za-z-]+\s+){0,3}?[a-z-]+?)(?=\s+(?:of|from|in|on|near|by|beside|who|whose|which|that|where|and|at|for|to|with|born|built|founded)\b|[,.;])/;

// What biographies open by calling their subject, beyond the person words `isPersonWord` knows.
const CALLING =
  /^(?:scholar|traveller|traveler|playwright|novelist|sculptor|mathematician|chemist|physicist|biologist|astronomer|composer|musician|singer|dancer|actor|actress|reformer|campaigner|revolutionary|rebel|statesman|stateswoman|physician|surgeon|aviator|astronaut|pilgrim|conqueror|diplomat|ambassador|noblewoman|men|women|person|people)$/;

// What the opening may call a name that is no person: a place, a vessel, a building, a body, a work.
const THING =
  /^(?:town|city|village|port|harbour|harbor|ship|boat|vessel|liner|steamer|schooner|submarine|river|lake|sea|mountain|volcano|island|valley|desert|forest|country|nation|kingdom|empire|state|province|region|colony|settlement|building|castle|fort|fortress|palace|temple|church|cathedral|monastery|mosque|site|capital|company|firm|school|university|college|newspaper|magazine|book|novel|play|poem|film|song|horse|dog|satellite|rocket|spacecraft|machine|engine|bridge|canal|road|railway|mine|dam|tower|wall|treaty|law|war|battle)$/;
// Things named only by the head noun: before another noun they describe a person ("a lighthouse keeper", "a prison guard").
const HEAD_THING = /^(?:tomb|mausoleum|monument|memorial|shrine|statue|museum|prison|lighthouse|garden|painting)s?$/;

/** The opening calls the title's name a place, a vessel or another thing ("was a busy market town"). */
export function callsThing(afterName: string): boolean {
  const words = OPENING_NOUNS.exec(afterName)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  return words.some((w) => THING.test(w) || THING.test(w.replace(/s$/, ""))) || HEAD_THING.test(words.at(-1) ?? "");
}

/** The opening calls the title's name a person ("was a scholar", "was the king"), not a town or a ship. */
function callsPerson(afterName: string): boolean {
  const words = OPENING_NOUNS.exec(afterName)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  return words.some((w) => CALLING.test(w) || isPersonWord(w) || isPersonWord(w.replace(/s$/, "")));
}

export { callsPerson };

/** The gender of the article's own pronouns where one clearly outnumbers the other (a life story of one person). */
export function dominantPronoun(articleText: string): "He" | "She" | null {
  const he = articleText.match(/\b(?:he|him|his|himself)\b/gi)?.length ?? 0;
  const she = articleText.match(/\b(?:she|her|hers|herself)\b/gi)?.length ?? 0;
  if (he >= 3 && he >= 3 * she) return "He";
  return she >= 3 && she >= 3 * he ? "She" : null;
}

const WORDS_NOT_A_NAME = new Set(["The", "A", "An", "How", "Why", "What", "When", "Where", "Who", "Life", "Story", "History", "Introduction", "Guide"]);

/**
 * The subject of a biography whose name the NLP lexicon does not know ("Ibn …", a monk or a
 * ruler from outside the lexicon's Western names): the title starts with a name (before any
 * colon or dash), the first sentence opens with that same name and says what the person was or
 * when they were born, the article speaks of someone born, dead or with a family, and one
 * gender's pronouns clearly outnumber the other's. Each use of the name becomes a person span,
 * so the article's "he" or "she" can be resolved to it and the name can be asked about.
 * Returns nothing when a known person is already named in the title (other than by a part of this name).
 */
export function findTitlePerson(article: ParsedArticle, text: string, named: Span[]): Span[] {
  const first = article.sentences[0];
  if (!first) return [];
  const title = article.title.trim();
  // "Ibn Battuta and His Travels", "Ada Lovelace and the First Program": the name before " and his/her/the …" too.
  const beforeSeparator = title.split(TITLE_SEPARATOR)[0]!.trim();
  // "Orla Venn, the Weaver of Dunmore": a comma sets off a subtitle too, where the opening calls the name a person (below).
  const head = beforeSeparator.split(AND_HIS_OR_THE)[0]!.split(/,\s+/)[0]!.trim();
  if (!TITLE_NAME.test(head) || WORDS_NOT_A_NAME.has(head.split(/\s+/)[0]!)) return [];
  // "Pompeii and the Eruption …", "Endurance and the Ice": a place or a ship is titled so too. Only an opening that calls
  // the name a person ("… was a Muslim scholar …") makes it one.
  if (head !== beforeSeparator && !callsPerson(first.text.slice(head.length))) return [];
  const lowerTitle = title.toLowerCase();
  // (A known name that is only part of the title's ("Kanwa" of "Idrisu ibn Kanwa") gives way to the whole: the caller drops it.)
  // (Not a name the finder took for a person's that the article shows is a place, "… and the Islands of Tarn": the place
  // reading overrules, as markTitlePerson's does.)
  if (named.some((s) => s.type === "PERSON" && lowerTitle.includes(s.text.toLowerCase()) && !knownAsPlace(s.text, text) && !(head !== s.text && new RegExp(`(?<![\\w'’-])${escapeRegExp(s.text)}(?![\\w'’-])`).test(head)))) return [];
  // A place or body the readers already know is not a person.
  if (named.some((s) => s.text === head)) return [];
  if (!first.text.startsWith(head) || !OPENING_PREDICATE.test(first.text.slice(head.length))) return [];
  // Born or dead said of the title's name or a "he"/"she" ("More than 1,500 people died" on a ship does not count).
  if (!HUMAN_CUE.test(text) && !new RegExp(`\\b${escapeRegExp(head)} (?:was born|died)\\b`).test(text)) return [];
  if (!dominantPronoun(text)) return [];
  const bodyStart = first.start;
  const uses = [...text.matchAll(new RegExp(`(?<![\\w\\u00C0-\\u024F'’-])${escapeRegExp(head)}(?![\\w\\u00C0-\\u024F-])`, "g"))];
  return uses.filter((m) => m.index! >= bodyStart).map((m) => ({ type: "PERSON" as const, text: head, start: m.index!, end: m.index! + head.length, guessed: true }));
}

/** The subtitle's words, and where its first "of", "to" or "for" stands (the words' length when there is none). */
function subtitleWords(title: string): { words: string[]; cut: number } {
  const words = title.trim().split(TITLE_SEPARATOR).slice(1).join(" ").toLowerCase().split(/[^a-z'’-]+/).filter(Boolean);
  const cut = words.findIndex((w) => /^(?:of|to|for)$/.test(w));
  return { words, cut: cut < 0 ? words.length : cut };
}

// A word that says the sex of the person word after it: "China's Only Female Emperor" is a she, whatever "emperor" says.
const SEX_QUALIFIER: Record<string, "He" | "She"> = { female: "She", woman: "She", lady: "She", girl: "She", male: "He", man: "He", boy: "He" };

/** The sex of the first word for one person in words[from..to), or null at a word of either sex or none. */
function firstPersonSex(words: string[], from: number, to: number): "He" | "She" | null {
  for (let j = from; j < to; j++) {
    if (SEX_QUALIFIER[words[j]!] && j + 1 < to && personWordAt(words, j + 1)) return SEX_QUALIFIER[words[j]!]!;
    const sex = personWordAt(words, j);
    if (sex) return sex === "he" ? "He" : sex === "she" ? "She" : null;
  }
  return null;
}

/**
 * The sex the subtitle's own person word gives the title's person: the first person word before any "of", "to" or "for"
 * ("Wife of the Emperor" she, "The First King of …" he). A word after those is someone else's ("… of the Emperor"). Null
 * for a word of either sex ("Advisor to …") or none.
 */
export function titleWordSex(title: string): "He" | "She" | null {
  const { words, cut } = subtitleWords(title);
  return firstPersonSex(words, 0, cut);
}

/**
 * Whether the body's dominant pronoun may be someone else's that the subtitle names: its own word is of the other sex
 * ("Wife of the Emperor" over a "he"), or of either sex while the one after of/to/for is of the pronoun's ("Advisor to the
 * King" over a "he": the king's deeds and death year would be hers).
 */
export function titleDisownsPronoun(title: string, dominant: "He" | "She"): boolean {
  // (The subtitle read once: its own word is titleWordSex's, the words before the cut.)
  const { words, cut } = subtitleWords(title);
  const own = firstPersonSex(words, 0, cut);
  if (own) return own !== dominant;
  return cut < words.length && firstPersonSex(words, cut + 1, words.length) === dominant;
}

/**
 * "Qin Xo: The First King of Tull": a title that names someone and calls them a person in its second half (a word for a
 * person: king, scientist, pharaoh), where the tagger found no name of the title's in the article (the body may call
 * them by another name or title only). The name is returned for `markTitlePerson` to settle the article's own "he" or
 * "she" by, when one of them clearly outnumbers the other; nothing is keyed on it (no span is made).
 */
export function personNamedByTitle(title: string, text: string): string | null {
  const [head, ...rest] = title.trim().split(TITLE_SEPARATOR);
  const subtitle = rest.join(" ");
  if (!head || !subtitle || !TITLE_NAME.test(head) || WORDS_NOT_A_NAME.has(head.split(/\s+/)[0]!)) return null;
  const words = subtitle.split(/[^A-Za-z'’-]+/).map((w) => w.toLowerCase());
  if (!words.some((w) => w.length > 2 && isPersonWord(w))) return null;
  const dominant = dominantPronoun(text);
  // "… : The First Emperor of Vask" over a body whose "she" is a general it names: the pronouns are someone else's.
  return dominant && !titleDisownsPronoun(title, dominant) ? head : null;
}

