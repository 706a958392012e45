import { describe, expect, it } from "vitest";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

// Invented sentences: a "later" or "then" after "and" counts from the deed or thing before it in the same statement, but
// was refused as a time leaning on the sentence before, so a life's steps ("joined a club and later became a pilot") went
// unasked.

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

describe("'later' or 'then' after 'and'", () => {
  it("is anchored by what comes before it in the statement", () => {
    expect(trimToMainClause(sentence("After training as a miller, Ada Vell joined a gliding club and later became a naval test pilot."))?.text).toBe(
      "Ada Vell joined a gliding club and later became a naval test pilot.",
    );
    expect(trimToMainClause(sentence("The Kell ferry carried people, carts and later motor cars across the wide river."))?.text).toBe(
      "The Kell ferry carried people, carts and later motor cars across the wide river.",
    );
  });

  it("is never kept with nothing before it", () => {
    // (A bare "later" between subject and verb is now cut out, and the claim stands alone: see sequence-adverb.test.ts.)
    expect(trimToMainClause(sentence("Ada Vell later became a naval test pilot in the north."))?.text).toBe("Ada Vell became a naval test pilot in the north.");
  });
});
