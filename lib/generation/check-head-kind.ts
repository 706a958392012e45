import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";
import { BLANK } from "./make-cloze";
import type { GeneratedQuestion } from "./types";

/**
 * When the stem names the kind of its blank ("positively charged _____ ions", "a metal called _____", "_____ is a kind
 * of rock"), every option must be of that kind by the article's own text: said with the same head noun ("sodium ions"),
 * called one ("X is a rock", "rocks such as X"), or listed beside the key. Options the article never puts in that kind
 * are refused and replaced by the article's other words of that kind; a false statement may swap in only such a word.
 */

const STOP = new Set("the a an of and or to in on at by for with from as is are was were be been its their his her this that these those it they which who he she we you there here".split(" "));

const nounsOf = articleMemo<Set<string>>();
const kindMembers = articleMemo<string[]>();
const relations = articleMemo<boolean>();

/** Singular and plural of a head noun, as one pattern ("ion" / "ions", "gas" / "gases"). */
function headPattern(head: string): string {
  const single = head.replace(/(?:es|s)$/, "");
  return `(?:${escapeRegExp(head)}|${escapeRegExp(single)}(?:s|es)?)`;
}

/** The word is used as a noun in the article: after a determiner, or before a verb of being. */
function isNoun(word: string, articleText: string): boolean {
  const found = nounsOf(articleText, "nouns", () => {
    // One pass over the article, so asking about each candidate's word costs nothing more (a long article asks thousands).
    const words = new Set<string>();
    for (const m of articleText.matchAll(/\b(?:the|a|an|these|those|other|such|each|every) ([a-z]+)\b/gi)) words.add(m[1]!.toLowerCase());
    for (const m of articleText.matchAll(/\b([a-z]+) (?:is|are|was|were)\b/gi)) words.add(m[1]!.toLowerCase());
    return words;
  });
  const single = word.toLowerCase().replace(/(?:es|s)$/, "");
  return [word.toLowerCase(), single, `${single}s`, `${single}es`].some((w) => found.has(w));
}

/** The kind the stem names for its blank: the noun right after it, after "called/named", or in "is a kind of _". */
export function headOfBlank(prompt: string, articleText: string): string | null {
  const at = prompt.indexOf(BLANK);
  if (at < 0) return null;
  const before = prompt.slice(0, at);
  const after = prompt.slice(at + BLANK.length);
  const kindOf = /^ (?:is|are|was|were) (?:a|an|one) (?:kind|type|form|sort) of ([a-z]{3,})\b/.exec(after);
  if (kindOf) return kindOf[1]!;
  const called = /\b(?:a|an|the) ([a-z]{3,}) (?:called|named|known as) $/.exec(before);
  if (called && !STOP.has(called[1]!)) return called[1]!;
  const next = /^ ([a-z]{3,})\b(?! (?:of|to)\b)/.exec(after);
  if (next && !STOP.has(next[1]!) && isNoun(next[1]!, articleText)) return next[1]!;
  return null;
}

/** The article puts this word in the head noun's kind: "X ions", "X is a rock", "rocks such as X", "a metal called X". */
export function ofKind(word: string, head: string, articleText: string): boolean {
  return relations(articleText, `kind:${head}:${word}`, () => readOfKind(word, head, articleText));
}

function readOfKind(word: string, head: string, articleText: string): boolean {
  const w = escapeRegExp(word);
  const h = headPattern(head);
  return new RegExp(
    `\\b${w} ${h}\\b|\\b${w} (?:is|are|was|were) (?:a|an|one)(?: [a-z]+)? (?:(?:kind|type|form|sort) of )?${h}\\b|\\b${h}(?:,)? (?:such as|like|including|called|named|known as) (?:[^.;]{0,60}?\\b)?${w}\\b`,
    "i",
  ).test(articleText);
}

/** Two words named side by side in one list of the article ("sodium, potassium and calcium"). */
function listedWith(word: string, key: string, articleText: string): boolean {
  return relations(articleText, `list:${key}:${word}`, () => readListedWith(word, key, articleText));
}

function readListedWith(word: string, key: string, articleText: string): boolean {
  const a = escapeRegExp(word);
  const b = escapeRegExp(key);
  const gap = "(?:,? (?:and|or) |, )(?:[\\w'’-]+ ){0,2}";
  return new RegExp(`\\b${a}${gap}${b}\\b|\\b${b}${gap}${a}\\b`, "i").test(articleText);
}

/** The article's words of the head's kind ("hydrogen", "sodium" for "ions"), in the order it first uses them. */
export function membersOfKind(head: string, articleText: string): string[] {
  return kindMembers(articleText, `members:${head}`, () => {
    const found = new Set<string>();
    for (const m of articleText.matchAll(new RegExp(`\\b([A-Za-z][\\w'’-]{2,}) ${headPattern(head)}\\b`, "g"))) {
      const word = m[1]!;
      if (!STOP.has(word.toLowerCase()) && !/(?:ly|ed|ing)$/.test(word)) found.add(word);
    }
    return [...found];
  });
}

/**
 * Refuse the wrong options the article never puts in the stem's kind, and fill the set back from the article's other
 * words of that kind. Returns the ids refused with no replacement (empty when the stem names no kind or every option fits).
 */
export function fitOptionsToHead(q: GeneratedQuestion, articleText: string): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || !["term", "name", "definition"].includes(q.keyKind)) return [];
  const head = headOfBlank(q.prompt, articleText);
  if (!head) return [];
  const fits = (text: string) => ofKind(text, head, articleText) || listedWith(text, q.answerText, articleText);
  // The key itself must be of the kind by the same reading, or the head was read wrongly.
  if (!fits(q.answerText)) return [];
  const refused = q.options.filter((o) => o.text !== q.answerText && !fits(o.text));
  if (refused.length === 0) return [];
  const shown = new Set(q.options.map((o) => o.text.toLowerCase()));
  const spare = membersOfKind(head, articleText).filter((w) => !shown.has(w.toLowerCase()) && w.toLowerCase() !== q.answerText.toLowerCase() && !q.prompt.toLowerCase().includes(w.toLowerCase()));
  const left: string[] = [];
  for (const o of refused) {
    const replacement = spare.shift();
    // The replacement takes the refused option's place (and id), so the key's position does not change.
    if (replacement) o.text = /^[A-Z]/.test(q.answerText) ? replacement : replacement.toLowerCase();
    else left.push(o.id);
  }
  return left;
}

/** A false statement that swaps a word before a head noun ("_____ ions") for one the article never uses with that noun. */
export function swapOfAnotherKind(q: GeneratedQuestion, articleText: string, changed: { said: string; original: string } | null): boolean {
  if (q.type !== "TRUE_FALSE" || q.answerText !== "False" || !changed) return false;
  const after = q.prompt.slice(q.prompt.indexOf(changed.said) + changed.said.length);
  const head = /^ ([a-z]{3,})\b/.exec(after)?.[1];
  if (!head || STOP.has(head) || !isNoun(head, articleText)) return false;
  return ofKind(changed.original, head, articleText) && !ofKind(changed.said, head, articleText);
}
