import type { Sentence } from "@/lib/generation/types";

/** Sentences laid end to end, one space apart, in one section: for finders that read sentences, not an article. */
export function sentencesOf(...texts: string[]): Sentence[] {
  let at = 0;
  return texts.map((text) => {
    const s = { text, start: at, end: at + text.length, section: 1, inSummary: false };
    at += text.length + 1;
    return s;
  });
}

/** One sentence alone, at the start of section 1. */
export const sentenceOf = (text: string): Sentence => sentencesOf(text)[0]!;
