import { articleMemo } from "./article-memo";

/**
 * Abbreviations an article introduces in brackets after the full name ("the Consumer Price Index (CPI)", "gross domestic
 * product (GDP)"): a student who read it may type either, so a typed question on one accepts the other.
 */

// Small words an abbreviation usually leaves out of its letters ("Department of Education" -> DE, "Bank of England" -> BoE).
const SMALL = new Set(["of", "and", "the", "for", "on", "in", "to", "de", "du", "la", "&"]);
const BRACKETED = /\(([A-Z][A-Za-z]{1,5}?)(s?)\)/g;
const QUOTES = /^[“"‘']+|[”"’']+$/g;

/** "CPI", "BoE", "MPs": two capitals or more in a short word, the kind of token an abbreviation is. */
export function isAbbreviation(text: string): boolean {
  return /^[A-Z][A-Za-z]{1,5}s?$/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * The letters a word may give an abbreviation: its first, or the first of each hyphenated part ("Asia-Pacific" -> a or ap;
 * "Co-operative" -> c or co), or all of a word that is itself letters ("UN" -> un).
 */
function lettersOfWord(word: string): string[] {
  const parts = word.split("-").filter(Boolean);
  const out = new Set([word[0]!.toLowerCase(), parts.map((part) => part[0]!.toLowerCase()).join("")]);
  if (/^[A-Z]{2,4}$/.test(word)) out.add(word.toLowerCase());
  return [...out];
}

/** Every string of letters a run of words may spell, one reading per word. */
function spellings(words: string[]): string[] {
  return words.reduce<string[]>((sofar, word) => sofar.flatMap((start) => lettersOfWord(word).map((letters) => start + letters)), [""]);
}

/**
 * The article's full name <-> abbreviation pairs, both ways, in lower case. An abbreviation the article gives for two
 * different names pairs with neither ("PM" for a prime minister and for particulate matter).
 */
const memo = articleMemo<Map<string, string[]>>();
export function abbreviationPairs(text: string): Map<string, string[]> {
  return memo(text, "pairs", () => readPairs(text));
}

function readPairs(text: string): Map<string, string[]> {
  const fullNames = new Map<string, Set<string>>();
  const spelled = new Map<string, string>();
  for (const m of text.matchAll(BRACKETED)) {
    const abbreviation = m[1]!;
    const letters = abbreviation.replace(/[a-z]/g, "").toLowerCase();
    if (letters.length < 2) continue;
    const words = text.slice(Math.max(0, m.index! - 120), m.index).trim().split(/\s+/).map((w) => w.replace(QUOTES, ""));
    // The shortest run of words just before the bracket whose initials (small words aside) spell the abbreviation.
    for (let n = 1; n <= letters.length + 3 && n <= words.length; n++) {
      const run = words.slice(-n);
      // A run stops at a sentence's or clause's mark, and at an earlier bracket ("the Board (OHB) Price Survey (OPS)").
      if (run.some((w) => !w || /[.,;:!?]$/.test(w) || /^\(|\)$/.test(w))) break;
      if (!spellings(run.filter((w) => !SMALL.has(w.toLowerCase()))).includes(letters)) continue;
      const full = run.join(" ");
      const known = fullNames.get(abbreviation) ?? new Set<string>();
      known.add(full.toLowerCase());
      fullNames.set(abbreviation, known);
      spelled.set(full.toLowerCase(), full);
      break;
    }
  }
  // Every written form (the letters and their plural, as the article may use either: "MP", "MPs") and the names it may
  // stand for; a form that may stand for two names ("MPs" for members of parliament, "MPS" for a police service) pairs
  // with neither.
  const namesOfForm = new Map<string, Set<string>>();
  const formsOfName = new Map<string, string[]>();
  for (const [abbreviation, names] of fullNames) {
    for (const name of names) {
      for (const form of [abbreviation, `${abbreviation}s`]) {
        const known = namesOfForm.get(form.toLowerCase()) ?? new Set<string>();
        known.add(name);
        namesOfForm.set(form.toLowerCase(), known);
        formsOfName.set(name, [...(formsOfName.get(name) ?? []), form]);
      }
    }
  }
  const pairs = new Map<string, string[]>();
  const add = (from: string, to: string) => pairs.set(from, [...(pairs.get(from) ?? []), to]);
  for (const [name, forms] of formsOfName) {
    if (forms.some((form) => namesOfForm.get(form.toLowerCase())!.size > 1)) continue;
    for (const form of forms) {
      add(name, form);
      add(form.toLowerCase(), spelled.get(name)!);
    }
  }
  return pairs;
}

/** Accepted typed answers with the other form of any bracketed abbreviation the article gives for one of them. */
export function withAbbreviations(accepted: string[], pairs: Map<string, string[]>): string[] {
  if (pairs.size === 0) return accepted;
  const out = [...accepted];
  for (const answer of accepted) {
    for (const other of pairs.get(answer.replace(/^(?:the|a|an) /i, "").toLowerCase()) ?? []) {
      if (!out.some((a) => a.toLowerCase() === other.toLowerCase())) out.push(other);
    }
  }
  return out;
}
