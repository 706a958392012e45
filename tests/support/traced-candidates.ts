import { generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

/** One candidate the generator made from an article, with its fate ("selected", "low-confidence", …). */
export type Traced = { q: GeneratedQuestion; verdict: string };

/** Every candidate generated from an invented article, whatever its fate, in the order the generator traced them. */
export function traced(text: string, { seed = 1, count = 10, keepUnsure = false }: { seed?: number; count?: number; keepUnsure?: boolean } = {}): Traced[] {
  const out: Traced[] = [];
  generateQuestions(text, { count, seed, keepUnsure, trace: (q, verdict) => out.push({ q, verdict }) });
  return out;
}

/** The candidates only, whatever their fate. */
export const tracedQuestions = (text: string, options?: Parameters<typeof traced>[1]): GeneratedQuestion[] => traced(text, options).map((t) => t.q);

/** The candidates not refused as unsure (a low confidence). */
export const sureCandidates = (text: string): GeneratedQuestion[] => traced(text).filter((t) => t.verdict !== "low-confidence").map((t) => t.q);

/** The prompts of every true/false statement candidate (a sentence of the article asked as a claim). */
export const tfStatements = (text: string): string[] => tracedQuestions(text).filter((q) => q.type === "TRUE_FALSE" && q.keyKind === "statement").map((q) => q.prompt);

/** The "Who …?" deed candidates of a retold story's plot (their options the story's cast), whatever their fate. */
export const castCandidates = (text: string): GeneratedQuestion[] => tracedQuestions(text).filter((q) => q.castOptions);
