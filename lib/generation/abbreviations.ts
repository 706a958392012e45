import type { GeneratedQuestion } from "./types";

/**
 * Abbreviations an article introduces in brackets after the full name ("the Consumer Price Index (CPI)", "gross domestic
 * product (GDP)"): a student who read it may type either, so a typed question on one accepts the other.
 */

// Small words an abbreviation usually leaves out of its letters ("Department of Education" -> DE, "Bank of England" -> BoE).
const SMALL = new Set(["of", "and", "the", "for", "on", "in", "to", "de", "du", "la", "&"]);
const BRACKETED = /\(([A-Z][A-Za-z]{1,5}?)s?\)/g;

/** The article's full name <-> abbreviation pairs, both ways, in lower case. */
export function abbreviationPairs(text: string): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = pairs.get(from) ?? [];
    if (!list.includes(to)) pairs.set(from, [...list, to]);
  };
  for (const m of text.matchAll(BRACKETED)) {
    const abbreviation = m[1]!;
    const letters = abbreviation.replace(/[a-z]/g, "").toLowerCase();
    if (letters.length < 2) continue;
    const words = text.slice(Math.max(0, m.index! - 120), m.index).trim().split(/\s+/);
    // The shortest run of words just before the bracket whose initials (small words aside) spell the abbreviation.
    for (let n = letters.length; n <= letters.length + 3 && n <= words.length; n++) {
      const run = words.slice(-n);
      if (/[.,;:!?)]$/.test(run[run.length - 1]!) || run.slice(0, -1).some((w) => /[.;:!?()]/.test(w))) break;
      const initials = run.filter((w) => !SMALL.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join("");
      if (initials !== letters) continue;
      const full = run.join(" ").replace(/^(?:the|a|an) /i, "");
      if (SMALL.has(run[0]!.toLowerCase()) && !/^the$/i.test(run[0]!)) break;
      add(full.toLowerCase(), abbreviation);
      add(abbreviation.toLowerCase(), full);
      break;
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

/** Every typed question's accepted answers widened by the article's bracketed abbreviations (the pairs read once). */
export function acceptAbbreviations(questions: GeneratedQuestion[], articleText: string): void {
  const pairs = abbreviationPairs(articleText);
  for (const q of questions) if (q.answerKey.kind === "text") q.answerKey.accepted = withAbbreviations(q.answerKey.accepted, pairs);
}
