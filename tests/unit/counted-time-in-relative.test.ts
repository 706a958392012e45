import { describe, expect, it } from "vitest";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

// Invented sentences: "a thousand years earlier" inside a "that …" clause is counted from the statement's own main clause,
// but was refused as a time that needs the sentence before.

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

describe("a counted time inside a relative clause", () => {
  it("is anchored by the statement's main clause", () => {
    expect(trimToMainClause(sentence("The guild of Arn chose the name Kell to honour an old town that had stood two hundred years earlier."))?.text).toBe(
      "The guild of Arn chose the name Kell to honour an old town that had stood two hundred years earlier.",
    );
  });

  it("is still refused in the main clause", () => {
    expect(trimToMainClause(sentence("Ada Vell joined the guild of Arn ten years later."))).toBeNull();
  });
});
