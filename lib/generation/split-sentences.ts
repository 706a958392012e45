import { articleMemo } from "./article-memo";
import { MONTH_NAMES } from "./months";
import type { TextRange } from "./types";

/**
 * Longer than any sentence a teacher would ask about (the longest in our test and development
 * articles is about 310 characters). A longer "sentence" is a pasted table or a list with no
 * full stops; the name and list patterns skip it, since reading it would hold the server's one
 * thread (which also serves live games) for seconds.
 */
export const LONGEST_READ_SENTENCE = 1_500;

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "pres", "rev", "hon", "v", "vs", "etc", "e.g", "i.e", "c", "ca", "approx", "no", "vol", "fig", "inc", "ltd", "co", "corp",
    "u.s", "u.k", "u.n", "a.d", "b.c",
    // A month cut to three letters, and "Sept" ("May." is no short form: a sentence may end on the verb).
    ...MONTH_NAMES.filter((m) => m !== "May").map((m) => m.slice(0, 3)),
    "sept",
  ].map((w) => w.toLowerCase()),
);

// Abbreviations that close a name, a place or a list ("Martin Cole Jr.", "the U.S.", "Hale & Co.", "etc."): a sentence can
// end on them, and it does when the next word can only open one.
// (A clock time's "a.m." or "p.m." too: "… sailed at 7 a.m. In those days each trip …" is two sentences, "6 a.m. Moscow time" one.)
const CLOSING_ABBREVIATIONS = new Set(["jr", "sr", "inc", "ltd", "co", "corp", "etc", "u.s", "u.k", "u.n", "a.m", "p.m"]);
// (A story's "Then", "Next", "Finally" too: "… ruled by Edmar V. Then the kingdom …", "… finished at 4 p.m. Then the crew …".)
const SENTENCE_OPENER =
  /^\s+["'“‘(]?(?:He|She|It|They|We|I|His|Her|Its|Their|Our|The|This|These|Those|There|In|On|At|After|Before|During|When|While|Since|Although|Though|However|But|Today|Later|By|Then|Next|Finally|Meanwhile|Soon)\b/;

/**
 * Split a paragraph into sentences with offsets relative to `base`.
 * A sentence ends at . ! or ? followed by space and a capital, digit or quote,
 * unless the full stop closes a known abbreviation or a single initial.
 */
export function splitSentences(text: string, base = 0): (TextRange & { text: string })[] {
  const out: (TextRange & { text: string })[] = [];
  const boundary = /[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text))) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && !endsSentence(text.slice(start, match.index), text.slice(end))) continue;
    pushTrimmed(out, text, start, end, base);
    start = end;
  }
  pushTrimmed(out, text, start, text.length, base);
  return out;
}

function endsSentence(before: string, after = ""): boolean {
  const lastWord = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1];
  if (!lastWord) return true; // a number like "1.5" never reaches here; "1945." ends a sentence
  const word = lastWord.toLowerCase().replace(/\.$/, "");
  // "… named after Martin Cole Jr. He was born …", "… moved to the U.S. The next year …".
  if (CLOSING_ABBREVIATIONS.has(word) && SENTENCE_OPENER.test(after)) return true;
  // A ruler's numeral of one letter ("… ruled by King Orm I. In the next age …", "… crowned Tavi I. He …"): a name
  // then the numeral, and a word that only opens a sentence after it (an initial is followed by the rest of a name; "v." is
  // "versus" only in lower case).
  if (/[A-Z][a-z]+ [IVX]$/.test(before) && SENTENCE_OPENER.test(after) && !/^\s+["'“‘(]?I\b/.test(after)) return true;
  if (ABBREVIATIONS.has(word)) return false;
  if (/\bWar I$/.test(before)) return true; // a numeral, not an initial: "World War I."
  if (/^[A-Z]$/.test(lastWord)) return false; // an initial: "John F. Kennedy"
  if (/^([a-z]\.)+[a-z]$/i.test(word)) return false; // "U.S", "e.g"
  return true;
}

function pushTrimmed(out: (TextRange & { text: string })[], text: string, start: number, end: number, base: number) {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  out.push({ text: trimmed, start: base + start + lead, end: base + start + lead + trimmed.length });
}

const sentencesIn = articleMemo<(TextRange & { text: string })[]>();

/**
 * The whole article's sentences with their offsets, each paragraph (line) split as the article is ("Mrs. Hale" ends none).
 * Read once per article, for checks that look at every sentence of it once per key.
 */
export function articleSentences(articleText: string): (TextRange & { text: string })[] {
  return sentencesIn(articleText, "", () => {
    const out: (TextRange & { text: string })[] = [];
    let base = 0;
    for (const paragraph of articleText.split("\n")) {
      out.push(...splitSentences(paragraph, base));
      base += paragraph.length + 1;
    }
    return out;
  });
}
