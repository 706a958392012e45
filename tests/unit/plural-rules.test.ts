import { describe, expect, it } from "vitest";
import { findKindPairs } from "@/lib/generation/make-kind-contrast-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { topicWords } from "@/lib/generation/check-sentence-point";
import { pluralOf, singularOf } from "@/lib/generation/singular-of";

// Invented: two ways of making a door key, set against each other, and (in the second text) a third kind in the plural.
const KEYS = `Making Keys

A locksmith makes a key in one of two main ways. In a flat key, the teeth are cut along one edge of a thin blade. In a round key, the teeth are instead set around a hollow tube.`;
const THIRD = `${KEYS} Copper keys are rare in the town.`;

describe("one pair of plural rules for every reader and maker", () => {
  it("builds a plural the singular reader folds back", () => {
    for (const word of ["key", "ferry", "box", "church", "kettle", "volcano", "canoe"]) expect(singularOf(pluralOf(word))).toBe(word);
    expect(pluralOf("key")).toBe("keys");
  });

  it("reads an 'oes' plural by its singular's ending", () => {
    expect(["volcanoes", "potatoes", "heroes", "shoes", "snowshoes", "canoes", "tiptoes"].map(singularOf)).toEqual(["volcano", "potato", "hero", "shoe", "snowshoe", "canoe", "tiptoe"]);
    expect(topicWords("tides shoes colonies boxes gas")).toEqual(["tide", "shoe", "colony", "box", "gas"]);
  });

  it("counts a kind written only in the plural of a word ending in a vowel and 'y'", () => {
    expect(findKindPairs(parseArticle(KEYS).sentences, KEYS).map((p) => [p.head, ...p.kinds])).toEqual([["key", "flat", "round"]]);
    // A third kind ("copper keys") means the article does not set two kinds against each other.
    expect(findKindPairs(parseArticle(THIRD).sentences, THIRD)).toEqual([]);
  });
});
