import { describe, expect, it } from "vitest";
import { findKindPairs, makeKindContrastQuestions } from "@/lib/generation/make-kind-contrast-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { topicWords } from "@/lib/generation/check-sentence-point";
import { pluralOf, pluralsOf, singularOf } from "@/lib/generation/singular-of";
import { findAnnouncedKindPairs } from "@/lib/generation/announced-kinds";

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

// Invented: two kinds of a thing whose singular ends in "-s".
const LENSES = `Lenses in Reading Glasses

The lenses of reading glasses bend light before it reaches the eye. There are two main types of lenses. Thick lenses are heavier in the middle and help readers who hold a page close. Thin lenses are lighter in the middle and help readers who look across a room.`;

describe("singulars of nouns that end in '-s', of Greek '-is' plurals and of irregular plurals", () => {
  it("folds each to the word a reader writes in the singular", () => {
    const plurals = ["buses", "gases", "lenses", "viruses", "crises", "analyses", "oases", "children", "people", "women", "teeth", "criteria"];
    expect(plurals.map(singularOf)).toEqual(["bus", "gas", "lens", "virus", "crisis", "analysis", "oasis", "child", "person", "woman", "tooth", "criterion"]);
    // A singular in "-s", or a word the same in both numbers, stays whole; an "-se" noun keeps its "e".
    expect(["bus", "gas", "lens", "atlas", "series", "species", "news", "glasses", "houses", "causes"].map(singularOf)).toEqual(["bus", "gas", "lens", "atlas", "series", "species", "news", "glass", "house", "cause"]);
    // ("nurseries" only ends in the letters of "series".)
    expect(["nurseries", "renews"].map(singularOf)).toEqual(["nursery", "renew"]);
  });

  it("names a kind's thing in its singular in the typed blank's hint", () => {
    const hints = makeKindContrastQuestions(parseArticle(LENSES).sentences, LENSES).map((q) => /\(a kind of [a-z]+\)/.exec(q.prompt)?.[0]);
    expect(hints.length).toBeGreaterThan(0);
    expect(hints.every((h) => h === "(a kind of lens)")).toBe(true);
  });
});

// Invented: two ways of growing a thing whose plural may end in "-oes", and (in the second text) a third kind.
const TUBERS = `Growing Potatoes

A farmer in Varland grows a potato in one of two main ways. In a wet potato, the tubers swell in flooded beds. In a dry potato, the tubers instead swell in sandy ridges.`;
const SWEET = `${TUBERS} Sweet potatoes are grown only in the south.`;
const ANNOUNCED_SINGULAR = `Potatoes of Varland

Cooks in Varland know two main kinds of potato. Waxy potatoes hold their shape when they boil. Floury potatoes fall apart and soak up the butter.`;

describe("a plural in '-oes' read as well as one in '-os'", () => {
  it("gives both plurals for a head in a consonant and 'o'", () => {
    expect(pluralsOf("potato")).toEqual(["potatoes", "potatos"]);
    expect(pluralsOf("radio")).toEqual(["radios"]);
  });

  it("counts a third kind written in the '-oes' plural", () => {
    expect(findKindPairs(parseArticle(TUBERS).sentences, TUBERS).map((p) => [p.head, ...p.kinds])).toEqual([["potato", "wet", "dry"]]);
    expect(findKindPairs(parseArticle(SWEET).sentences, SWEET)).toEqual([]);
  });

  it("reads kinds written in the '-oes' plural after an announcement in the singular", () => {
    expect(findAnnouncedKindPairs(parseArticle(ANNOUNCED_SINGULAR).sentences).map((p) => [p.head, ...p.kinds])).toEqual([["potato", "waxy", "floury"]]);
  });
});
