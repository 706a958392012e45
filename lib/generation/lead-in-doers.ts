import type { Sentence } from "./types";

/**
 * Bullets that carry on a lead-in's doer ("He also:" then "- founded a school;", "- built a dam;") are the doer's deeds,
 * but read alone each opens on its verb and every stem made of it was refused as a fragment. The doer is written in as the
 * item's resolved opening (`subject`, with an empty `opener`), as "It" is for a sentence whose "It" the one before settles:
 * a name as the lead-in writes it; a "he"/"she" only where the lead-in's own pronoun is settled as the article's person.
 * "They" and other words are left alone: which group they mean is not sure.
 */
export function writeInLeadDoers(sentences: Sentence[]): void {
  let lead: Sentence | undefined;
  for (const s of sentences) {
    if (!s.leadDoer) {
      lead = s;
      continue;
    }
    const doer = doerName(s.leadDoer, lead);
    if (doer && !s.subject) {
      s.subject = doer;
      s.opener = "";
    }
  }
}

function doerName(words: string, lead: Sentence | undefined): string | null {
  if (words === "They") return null;
  if (words !== "He" && words !== "She") return words;
  const person = lead?.person;
  return person && person.pronoun === words.toLowerCase() && !person.openingOnly ? person.name : null;
}
