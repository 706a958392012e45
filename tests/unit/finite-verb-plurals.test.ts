import { describe, expect, it } from "vitest";
import { hasFiniteVerb } from "@/lib/generation/finite-verb";

describe("a word in -ss, -us or -is is no present verb", () => {
  // Invented phrases: the -s guess read "glass" and "census" as verbs after another word, so a verbless opening phrase
  // counted as a clause.
  it("reads a noun in -ss or -us after an adjective as a noun", () => {
    expect(hasFiniteVerb("Behind the broken glass")).toBe(false);
    expect(hasFiniteVerb("After the county census")).toBe(false);
  });

  it("still reads a present verb in -s after a noun", () => {
    expect(hasFiniteVerb("the cumulus kind looks like wool")).toBe(true);
  });
});
