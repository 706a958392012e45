import { createRandom, hashText, shuffle } from "../generation/random";

/** A student's own question order, fixed when the attempt starts and kept on resume. */
export function orderQuestions(questionIds: string[], seed: number, shuffleQuestions: boolean): string[] {
  return shuffleQuestions ? shuffle(questionIds, createRandom(seed)) : [...questionIds];
}

/** A stable 32-bit seed from a string (attempt or student id). */
export function seedFrom(text: string): number {
  return hashText(text);
}
