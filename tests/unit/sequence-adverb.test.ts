import { describe, expect, it } from "vitest";
import { dropSequenceAdverb } from "@/lib/generation/sequence-adverb";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import { sentenceOf } from "../support/sentences";

// Invented sentences: a bare "later", "then" or "soon" between a subject and its verb only orders the deed after the
// sentence before; cut out, the claim stands alone. It made the whole sentence refused as leaning on the sentence before.

const sentence = sentenceOf;

describe("a bare adverb of sequence", () => {
  it("goes between a named subject and its verb", () => {
    expect(trimToMainClause(sentence("Orla Venn later became the first abbess of Kellmoor."))?.text).toBe("Orla Venn became the first abbess of Kellmoor.");
    expect(trimToMainClause(sentence("The Brask Salt Company then built a warehouse beside the quay."))?.text).toBe("The Brask Salt Company built a warehouse beside the quay.");
  });

  it("goes between an auxiliary and its participle", () => {
    expect(trimToMainClause(sentence("Many of the Orvish charters were later copied into Danic."))?.text).toBe("Many of the Orvish charters were copied into Danic.");
  });

  it("stays in a counted time, and the sentence is still refused", () => {
    expect(trimToMainClause(sentence("Orla Venn joined the abbey of Kellmoor three years later."))).toBeNull();
    expect(trimToMainClause(sentence("Moments later the abbess of Kellmoor rang the great bell."))).toBeNull();
  });

  it("stays where the statement leans on the sentence before in another way", () => {
    // "its", and a bare plural ("Copies of what?"), point back as much as the adverb does.
    expect(dropSequenceAdverb("A fish market soon gathered at its southern end.")).toBe("A fish market soon gathered at its southern end.");
    expect(trimToMainClause(sentence("Copies were then carried to every abbey in Kellmoor."))).toBeNull();
  });
});
