import { describe, expect, it } from "vitest";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

// Invented sentences: a concession hung on the end (", even though …", ", although …") kept a long sentence whole, too
// long for a statement, so its main claim went unasked. The claim holds without the concession.

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

describe("a concession hung on the end of a sentence", () => {
  it("is cut when the statement would be the whole sentence", () => {
    expect(trimToMainClause(sentence("The guild of Arn chose the name Kell for the new hall beside the river, even though the old hall had stood far to the north of the town."))?.text).toBe(
      "The guild of Arn chose the name Kell for the new hall beside the river.",
    );
    expect(trimToMainClause(sentence("The guild of Arn kept the old market charter for two more centuries, although few traders still came to the town."))?.text).toBe(
      "The guild of Arn kept the old market charter for two more centuries.",
    );
  });
});
