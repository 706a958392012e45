import { describe, expect, it } from "vitest";
import { isUngrammatical } from "@/lib/generation/check-stems";

// Invented sentences. A cut that drops the noun a relative clause hangs on ("Working with masons, many of whom …")
// leaves a statement that opens with the relative clause: judges failed one such statement on an unseen article.
describe("a stem or statement opening with a relative clause is ungrammatical", () => {
  it("refuses one whose relative clause lost its noun", () => {
    expect(isUngrammatical("Many of whom were clockmakers from the guild, Ada Venn built a new tower.")).toBe(true);
    expect(isUngrammatical("Some of which still stand, the mills were built in 1820.")).toBe(true);
    expect(isUngrammatical("Which stood beside the river until 1900.")).toBe(true);
    expect(isUngrammatical("Who led the weavers' march in _____.")).toBe(true);
  });

  it("keeps questions and plain openings", () => {
    expect(isUngrammatical("Which river did Ada Venn cross in 1840?")).toBe(false);
    expect(isUngrammatical("Who led the weavers' march in 1840?")).toBe(false);
    expect(isUngrammatical("Many of the guild's members built towers in the valley.")).toBe(false);
    expect(isUngrammatical("Ada Venn worked with masons, many of whom belonged to the guild.")).toBe(false);
  });
});
