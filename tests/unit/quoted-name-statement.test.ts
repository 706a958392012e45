import { describe, expect, it } from "vitest";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

// Invented sentences: a name in quotation marks (a nickname, a war's name) was read as someone's words, so no statement
// was made from the sentence, though it quotes no one.

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

describe("quotation marks in a statement", () => {
  it("around a short capitalised name are no quotation", () => {
    expect(trimToMainClause(sentence('The siege was a great victory for the guild in the "Wool War" against the duke of Arn, who fled north.'))?.text).toBe(
      'The siege was a great victory for the guild in the "Wool War" against the duke of Arn.',
    );
  });

  it("around someone's words still refuse it", () => {
    expect(trimToMainClause(sentence('The duke of Arn told the guild "you will pay for this" and rode north.'))).toBeNull();
    expect(trimToMainClause(sentence('The duke of Arn shouted "Never Again" and rode north with the guards.'))).toBeNull();
  });
});
