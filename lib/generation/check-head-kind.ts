import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";
import { isNoun } from "./kind-of-defined-term";
import { BLANK } from "./blank";
import { shownStem } from "./check-stems";
import type { GeneratedQuestion } from "./types";

/**
 * When the stem names the kind of its blank ("positively charged _____ ions", "a metal called _____", "_____ is a kind
 * of rock"), every option must be of that kind by the article's own text: said with the same head noun ("sodium ions"),
 * called one ("X is a rock", "rocks such as X"), or listed beside the key. Options the article never puts in that kind
 * are refused; a false statement may not swap a word of that kind at all.
 */

const STOP = new Set("the a an of and or to in on at by for with from as is are was were be been its their his her this that these those it they which who he she we you there here".split(" "));

// Words a question template puts after "Which"/"What" that name no kind of thing ("Which term …", "What year …").
const TEMPLATE_HEAD = /^(?:term|terms|word|words|name|names|year|date|day|month|number|one|ones|kind|type|sort|thing|things|event|events|statement|option|answer|happens|happened|did|does|do|was|were|is|are|has|had|can|could|would|will)$/;

const relations = articleMemo<boolean>();

/** Singular and plural of a head noun, as one pattern ("ion" / "ions", "gas" / "gases"). */
function headPattern(head: string): string {
  const single = head.replace(/(?:es|s)$/, "");
  return `(?:${escapeRegExp(head)}|${escapeRegExp(single)}(?:s|es)?)`;
}

// "… that is left, called ": a short relative clause on a noun, then the name it is given.
const DESCRIBED_THEN_CALLED = "(?:that|which) [^,.;]{1,40}, (?:called|named|known as) ";
const DESCRIBED_CALLED_BEFORE = new RegExp(`\\b(?:[Aa]|[Aa]n|[Tt]he) ([a-z]{3,}) ${DESCRIBED_THEN_CALLED}$`);
// "small birds called _____", and the verb of being or having that may come right before the word in -s ("was always called").
const PLURAL_CALLED = /\b(?:(is|are|was|were|be|been|being|has|have|had) )?([a-z]{3,}s) (?:called|named|known as) $/;

/** A word that may name a kind of thing ("one", "term", "the" name none). */
function kindWord(word: string): boolean {
  return !STOP.has(word) && !TEMPLATE_HEAD.test(word);
}

/** A word the article uses as a noun that names a kind of thing. */
function namesAKind(word: string, articleText: string): boolean {
  return kindWord(word) && isNoun(word, articleText);
}

/** The kind the stem names for its blank: the noun right after it, after "called/named", or in "is a kind of _". */
export function headOfBlank(prompt: string, articleText: string): string | null {
  const at = prompt.indexOf(BLANK);
  if (at < 0) {
    // A built question names its kind after its question word: "Which gas do plants give off?", "What organ stores bile?"
    const asked = /^(?:Which|What) ([a-z]{3,})\b(?! of\b)/.exec(prompt)?.[1];
    return asked && namesAKind(asked, articleText) ? asked : null;
  }
  const before = prompt.slice(0, at);
  const after = prompt.slice(at + BLANK.length);
  const kindOf = /^ (?:is|are|was|were) (?:a|an|one) (?:kind|type|form|sort) of ([a-z]{3,})\b/.exec(after) ?? /^,? (?:a|an|one) (?:kind|type|form|sort) of ([a-z]{3,})\b/.exec(after);
  if (kindOf) return kindOf[1]!;
  // "_____, a metal that …", "_____ (a gas) …": an appositive naming the blank's kind.
  const apposed = /^(?:,| \() ?(?:a|an) ([a-z]{3,})(?:,|\)| (?:that|which|who|made|found|formed|used|produced)\b)/.exec(after);
  if (apposed && !STOP.has(apposed[1]!) && isNoun(apposed[1]!, articleText)) return apposed[1]!;
  const called = /\b(?:a|an|the) ([a-z]{3,}) (?:called|named|known as) $/.exec(before);
  if (called && !STOP.has(called[1]!)) return called[1]!;
  // "the salt that is left, called _____": the noun a short relative clause describes, then named.
  const describedCalled = DESCRIBED_CALLED_BEFORE.exec(before);
  if (describedCalled && namesAKind(describedCalled[1]!, articleText)) return describedCalled[1]!;
  // "small birds called _____": a plural noun names the kind without a determiner (after an adjective, or alone).
  const pluralCalled = PLURAL_CALLED.exec(before);
  // (No noun test, as the article may name the kind only after an adjective: the key must be of the kind by the article's
  // text, "birds called terns", or the head is not used. But after a verb, "was always called _____", the word in -s is read
  // as a noun only if the article uses it as one; and "ones called _____" names no kind.)
  const plural = pluralCalled?.[2];
  if (plural && kindWord(plural) && (!pluralCalled[1] || isNoun(plural, articleText))) return plural;
  const next = /^ ([a-z]{3,})\b(?! (?:of|to)\b)/.exec(after);
  if (next && !STOP.has(next[1]!) && isNoun(next[1]!, articleText)) return next[1]!;
  return null;
}

/**
 * A typed term whose last word is the kind its stem asks for ("What are such valleys called?" keyed "rift valleys", "a kind
 * of grass called _____" keyed "marram grass"): the kind word is the question's own, and the word that sets the term apart
 * ("rift") is still to be found. Null when the head word shows in the stem in another role ("the shadow of a mountain range"
 * keyed "rain shadow"), where it asks for nothing and the first word alone is no answer.
 */
export function kindAskedInStem(q: GeneratedQuestion): { setApart: string; head: string } | null {
  if (q.type !== "FILL_BLANK" || (q.keyKind !== "term" && q.keyKind !== "definition") || !/^[a-z][\w-]*(?: [a-z][\w-]*)+$/.test(q.answerText)) return null;
  const words = q.answerText.split(" ");
  const head = words.pop()!;
  const h = headPattern(head);
  const asked = new RegExp(`(?:^|[.?!] )What (?:is|are|was|were) (?:such|this|these|that|those) ${h} called\\?$|\\b(?:a|an|the)(?: [a-z]+)? (?:(?:kind|type|form|sort) of )?${h} (?:called|named|known as) ${escapeRegExp(BLANK)}`);
  return asked.test(shownStem(q)) ? { setApart: words.join(" "), head } : null;
}

/** The article puts this word in the head noun's kind: "X ions", "X is a rock", "rocks such as X", "a metal called X". */
export function ofKind(word: string, head: string, articleText: string): boolean {
  return relations(articleText, `kind:${head}:${word}`, () => readOfKind(word, head, articleText));
}

function readOfKind(word: string, head: string, articleText: string): boolean {
  const w = escapeRegExp(word);
  const h = headPattern(head);
  return new RegExp(
    `\\b${w} ${h}\\b|\\b${w} (?:is|are|was|were) (?:a|an|one)(?: [a-z]+)? (?:(?:kind|type|form|sort) of )?${h}\\b|\\b${h}(?:,)? (?:such as|like|including|called|named|known as) (?:[^.;]{0,60}?\\b)?${w}\\b|\\b${h} ${DESCRIBED_THEN_CALLED}${w}\\b`,
    "i",
  ).test(articleText);
}

/**
 * Two words named in one list of the article, side by side ("sodium, potassium and calcium") or with up to `maxBetween`
 * other items between them ("the crop, the gizzard and the hind gut").
 */
function listedWith(word: string, key: string, articleText: string, maxBetween = 0): boolean {
  return relations(articleText, `list:${maxBetween}:${key}:${word}`, () => readListedWith(word, key, articleText, maxBetween));
}

function readListedWith(word: string, key: string, articleText: string, maxBetween: number): boolean {
  const a = escapeRegExp(word);
  const b = escapeRegExp(key);
  // Items joined by commas, "and" or "or", each between them of at most three words; the second word may follow up to two
  // more ("the", "small").
  const sep = "(?:,? (?:and|or) |, )";
  const gap = `${sep}(?:[\\w'’-]+(?: [\\w'’-]+){0,2}${sep}){0,${maxBetween}}(?:[\\w'’-]+ ){0,2}`;
  return new RegExp(`\\b${a}${gap}${b}\\b|\\b${b}${gap}${a}\\b`, "i").test(articleText);
}

/**
 * The wrong options the article never puts in the stem's kind, refused (the question then drops to typed or out).
 * They are not refilled from the article's other words of the kind: those share the stem's own qualifiers often
 * enough ("positively charged _____ ions" with other positive ions) to give a question two right answers.
 */
export function fitOptionsToHead(q: GeneratedQuestion, articleText: string): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || !["term", "name", "definition"].includes(q.keyKind)) return [];
  const head = headOfBlank(q.prompt, articleText);
  if (!head) return optionsOffTheKeysHead(q, articleText);
  const fits = (text: string) => ofKind(text, head, articleText) || listedWith(text, q.answerText, articleText);
  // The key itself must be of the kind by the same reading, or the head was read wrongly.
  if (!fits(q.answerText)) return [];
  return q.options.filter((o) => o.text !== q.answerText && !fits(o.text)).map((o) => o.id);
}

/**
 * A false statement that swaps the word before a head noun ("_____ ions") when the article puts the original in that
 * kind: a word of another kind makes it absurd ("rain water ions"), and one of the same kind may well make it true
 * (another positive ion beside chloride), so neither is a fair false statement.
 */
export function swapOfAnotherKind(q: GeneratedQuestion, articleText: string, changed: { said: string; original: string } | null): boolean {
  if (q.type !== "TRUE_FALSE" || q.answerText !== "False" || !changed) return false;
  // "Most merchants" -> "Few merchants": a word of quantity says how many, not what kind, and its opposite is plainly false.
  if (/^(?:most|many|few)$/i.test(changed.original)) return false;
  const after = q.prompt.slice(q.prompt.indexOf(changed.said) + changed.said.length);
  const head = /^ ([a-z]{3,})\b/.exec(after)?.[1];
  if (!head || STOP.has(head) || !isNoun(head, articleText)) return false;
  return ofKind(changed.original, head, articleText);
}

/**
 * A key that names its own kind with its last word ("quick water system", "rent increase"), among options some of which
 * share that word ("slow water system") and others that are neither of that word, nor put in that kind by the article,
 * nor listed with the key ("reeds", "herons"): the options themselves show the last word is the kind asked for, so the
 * others make no sense where the key stands. Those are refused.
 * (When no wrong option shares the word, nothing shows it names a kind: "forest floor", "spinal cord", "carbon dioxide"
 * have siblings that never end on it, "canopy", "brainstem", "methane".)
 */
function optionsOffTheKeysHead(q: GeneratedQuestion, articleText: string): string[] {
  if (q.keyKind !== "term" || !/^[a-z][\w-]*(?: [a-z][\w-]*)+$/.test(q.answerText)) return [];
  const head = q.answerText.split(" ").pop()!;
  if (head.length < 3 || STOP.has(head)) return [];
  // A whole word: "bicycle" does not end on the word "cycle", nor "ecosystem" on "system".
  const endsOnHead = new RegExp(`(?:^|[\\s-])${headPattern(head)}$`, "i");
  const wrong = q.options.filter((o) => o.text !== q.answerText);
  if (!wrong.some((o) => endsOnHead.test(o.text))) return [];
  return wrong.filter((o) => !endsOnHead.test(o.text) && !ofKind(o.text, head, articleText) && !listedWith(o.text, q.answerText, articleText, 6)).map((o) => o.id);
}
