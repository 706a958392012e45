import { describe, expect, it } from "vitest";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

// Invented sentences: the month May was read as the hedge "may", so no statement was made from a sentence dated in May.

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

describe("the month May", () => {
  it("is no hedge", () => {
    expect(trimToMainClause(sentence("On 9 May, Ivo Marr climbed the harbour wall and raised a red flag."))?.text).toBe("Ivo Marr climbed the harbour wall and raised a red flag.");
    expect(trimToMainClause(sentence("The guild of Arn built a new hall beside the river in early May."))?.text).toBe("The guild of Arn built a new hall beside the river in early May.");
  });

  it("leaves the modal 'may' a hedge", () => {
    expect(trimToMainClause(sentence("The guild of Arn may have built a new hall beside the river."))).toBeNull();
  });
});
