import { escapeRegExp } from "./find-spans";
import type { ParsedArticle, Span } from "./types";

// Little words inside a person's name that keep their lower case ("Muhammad bin Tughluq", "Vasco da Gama").
const NAME_PARTICLE = "(?:ibn|bin|bint|binti|al|el|de|da|di|del|della|van|von|der|den|le|la|du|dos|das)";
const NAME_WORD = "[A-Z][A-Za-z\\u00C0-\\u024F'’-]+";
const TITLE_NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${NAME_PARTICLE}|${NAME_WORD})){0,3}$`);
// What a biography's opening says of its subject: "X was born …", "X (c. 602 – 664) was a …", "X, the son of …, became …".
const OPENING_PREDICATE = /^\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,]{1,80},\s*)?(?:was|is|became|grew up)\b/;
// Only a person is born, dies, or has a family: the cue that keeps a ship ("she sailed") or a country out.
const HUMAN_CUE = /\b(?:(?:he|she) (?:was born|died)\b|\(born\b|his (?:wife|wives|father|mother|family|son|sons|daughter|brother|sister|parents|childhood|death)|her (?:husband|father|mother|family|son|sons|daughter|brother|sister|parents|childhood|death))/i;
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
  const head = title.split(/\s*[:|–—]\s*|\s+-\s+|\s+and\s+(?=(?:his|her|the)\s)/i)[0]!.trim();
  if (!TITLE_NAME.test(head) || WORDS_NOT_A_NAME.has(head.split(/\s+/)[0]!)) return [];
  const lowerTitle = title.toLowerCase();
  // (A known name that is only part of the title's ("Kanwa" of "Idrisu ibn Kanwa") gives way to the whole: the caller drops it.)
  if (named.some((s) => s.type === "PERSON" && lowerTitle.includes(s.text.toLowerCase()) && !(head.includes(s.text) && head !== s.text))) return [];
  // A place or body the readers already know is not a person.
  if (named.some((s) => s.text === head)) return [];
  if (!first.text.startsWith(head) || !OPENING_PREDICATE.test(first.text.slice(head.length))) return [];
  // Born or dead said of the title's name or a "he"/"she" ("More than 1,500 people died" on a ship does not count).
  if (!HUMAN_CUE.test(text) && !new RegExp(`\\b${escapeRegExp(head)} (?:was born|died)\\b`).test(text)) return [];
  const he = text.match(/\b(?:he|him|his|himself)\b/gi)?.length ?? 0;
  const she = text.match(/\b(?:she|her|herself)\b/gi)?.length ?? 0;
  if (!((he >= 3 && he >= 3 * she) || (she >= 3 && she >= 3 * he))) return [];
  const bodyStart = first.start;
  const uses = [...text.matchAll(new RegExp(`(?<![\\w\\u00C0-\\u024F'’-])${escapeRegExp(head)}(?![\\w\\u00C0-\\u024F-])`, "g"))];
  return uses.filter((m) => m.index! >= bodyStart).map((m) => ({ type: "PERSON" as const, text: head, start: m.index!, end: m.index! + head.length, guessed: true }));
}
