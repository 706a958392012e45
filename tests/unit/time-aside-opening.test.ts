import { describe, expect, it } from "vitest";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

// Invented sentences: a time opening followed by the same time said again in other words ("On 6 June, the morning after
// …,") left the opening uncut, so the statement was the whole sentence copied, which is refused: the deed went unasked.

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

describe("a time opening with a time aside after it", () => {
  it("is cut with its aside from a past event", () => {
    expect(trimToMainClause(sentence("On 9 June, the morning after reaching the coast at Arn, Ivo Marr climbed the harbour wall and raised the guild's flag, openly defying the duke."))?.text).toBe(
      "Ivo Marr climbed the harbour wall and raised the guild's flag, openly defying the duke.",
    );
    expect(trimToMainClause(sentence("In 1850, the year after the great flood, the town built a new bridge over the river."))?.text).toBe("The town built a new bridge over the river.");
  });

  it("stays with a state it bounds", () => {
    expect(trimToMainClause(sentence("In 1850, the year after the great flood, the town was small and poor."))?.text).not.toBe("The town was small and poor.");
  });
});
