import { articleAliases } from "./aliases";
import { escapeRegExp } from "./find-spans";
import { MONTHS } from "./months";

/**
 * What counts as one kind in an article, for changing one detail of a
 * statement: names that share their kind word ("the Ming Dynasty", "the Qing
 * Dynasty"), rulers of one name, the ordinals of one series. And what counts as
 * one name under two forms, which is never a change.
 */

/** Words too common to tell two names or two statements apart. */
export const STOP_WORDS = new Set("the and of to in a an for on by with from as at its is are was were be been has had have this that which their his her they he she it into than".split(" "));

/**
 * Another form of the same name ("Fox" for "Terry Fox", a name the article gives
 * as the other's), never a different name: one's words inside the other's, the
 * same first word, or an alias the article states. ("Ming Dynasty" and "Qing
 * Dynasty" share only their kind, and are two names.)
 */
export function sameName(a: string, b: string, articleText: string): boolean {
  const wa = a.toLowerCase().split(/[\s-]+/).filter((w) => !STOP_WORDS.has(w));
  const wb = b.toLowerCase().split(/[\s-]+/).filter((w) => !STOP_WORDS.has(w));
  if (wa.length === 0 || wb.length === 0) return true;
  // "Thutmose II" and "Thutmose III": one family name, two people.
  const numeral = /^[ivx]+$/;
  if (wa.length === wb.length && numeral.test(wa.at(-1)!) && numeral.test(wb.at(-1)!) && wa.at(-1) !== wb.at(-1)) return false;
  if (wa[0] === wb[0]) return true;
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  return articleAliases(a, articleText).some((x) => x.toLowerCase() === b.toLowerCase());
}

// A word that opens a sentence or phrase before a name ("From Japan", "In the Ming Dynasty"), not part of the name.
export const LEADING_WORD = /^(?:The|A|An|In|On|At|By|For|From|To|Into|Across|Through|With|When|After|Before|During|Under|His|Her|Its|Their|This|That|These|Those|Both|Each|Every|Some|Many|Most|As|If|While|Since|Although|Because|Once|Unlike|Like|Only|Even|Then|Later|Today)\s+/;
// A head word that names no kind ("Mr", "St", a month) or that is a word any sentence may open with.
const NOT_A_KIND = new RegExp(`^(?:The|And|Of|Mr|Mrs|Ms|Dr|St|Mt|${MONTHS})$`);

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
    // (Two names or more first: the checks below search the whole article, once for each head that may count.)
    const distinct = [...names].filter((n, _, all) => !all.some((o) => o !== n && o.endsWith(` ${n}`)));
    if (distinct.length < 2) continue;
    // "Lower Egypt" and "Ancient Egypt" beside a plain "Egypt": parts or ages of one place, not two of a kind.
    if (!head.endsWith("#") && new RegExp(`(?<![A-Z][\\w'’-]* )\\b${escapeRegExp(head)}\\b`).test(articleText)) continue;
    // The last word names a kind only when the article also uses it as a common word ("the company", "the dynasty");
    // "Mount Everest" and "George Everest" share a name, not a kind.
    if (!head.endsWith("#") && !new RegExp(`\\b${escapeRegExp(head.toLowerCase())}s?\\b`).test(articleText)) continue;
    out.set(head, distinct);
  }
  return out;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
export const ORDINAL = new RegExp(`\\b(${ORDINALS.join("|")}) ([a-z]+)\\b`, "gi");

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
