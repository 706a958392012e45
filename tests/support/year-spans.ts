import { findSpans } from "@/lib/generation/find-spans";

/** The texts the span finder reads as years in a sentence, in order. */
export const yearsIn = (sentence: string): string[] =>
  findSpans(sentence)
    .filter((s) => s.type === "YEAR")
    .map((s) => s.text);
