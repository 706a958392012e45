import { createRandom, shuffle } from "../generation/random";

/** A student's own question order, fixed when the attempt starts and kept on resume. */
export function orderQuestions(questionIds: string[], seed: number, shuffleQuestions: boolean): string[] {
  return shuffleQuestions ? shuffle(questionIds, createRandom(seed)) : [...questionIds];
}

/** A stable 32-bit seed from a string (attempt or student id). */
export function seedFrom(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
