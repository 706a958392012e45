import type { Sentence } from "./types";

// "The main character, Ada Venn, is …", "The story's heroine, Ada Venn, …", "The protagonist is Ada Venn, …": the one
// whose "she" or "he" the retelling of a work's plot means.
const MAIN_CHARACTER =
  /^(?:The|Its|The (?:story|novel|play|tale|book)['’]s) (?:main|central|chief) character,? (?:is )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})[,.]|^(?:The|Its|The (?:story|novel|play|tale|book)['’]s) (?:protagonist|hero|heroine),? (?:is )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})[,.]/;

/**
 * The name of the character a study guide of a work calls its main one, from the first sentence that says so; null where
 * none does. (A guide titled by its work and author names its author in the title, and the pronouns of the plot are the
 * main character's.)
 */
export function mainCharacter(sentences: Sentence[]): string | null {
  for (const s of sentences) {
    const m = MAIN_CHARACTER.exec(s.text);
    if (m) return m[1] ?? m[2]!;
  }
  return null;
}
