import { describe, expect, it } from "vitest";
import { isUngrammatical } from "@/lib/generation/check-stems";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length } as Sentence;
}

// Asides inside a predicate, after its joining word: a cut at the aside would leave the statement ending on "and".
const RACE = `The Race to Tarn Hut

The race to Tarn Hut is held every winter in the Brisk Hills.

In the race of 1904, Ada Venn reached the hut first and, having rested for an hour, lit a small fire for the others. The second runner, Tomas Hale, arrived late in the evening and, because the path was icy, slept in the barn. The hut was built by the shepherds of Brisk in 1850. The race was later moved to the spring because of the deep snow.`;

describe("a statement never ends on a joining word", () => {
  it("refuses a statement or stem that ends on and, but or or, as it does a built question", () => {
    expect(isUngrammatical("Ada Venn reached the hut first and.")).toBe(true);
    expect(isUngrammatical("Tomas Hale arrived late but.")).toBe(true);
    expect(isUngrammatical("The runners could rest in the hut or.")).toBe(true);
    // A word that only ends in those letters is no join.
    expect(isUngrammatical("The path to the hut crossed a strip of sand.")).toBe(false);
  });

  it("does not cut a clause at an aside that follows its joining word", () => {
    for (const text of [
      "In the race of 1904, Ada Venn reached the hut first and, having rested for an hour, lit a small fire for the others.",
      "The second runner, Tomas Hale, arrived late in the evening and, because the path was icy, slept in the barn.",
    ]) {
      const trimmed = trimToMainClause(sentence(text));
      if (trimmed) expect(trimmed.text).not.toMatch(/\b(?:and|but|or)\.$/);
    }
    // The whole clause is kept, aside and all: the last guard's refusal of any "… and." would leave nothing to ask.
    expect(trimToMainClause(sentence("In the race of 1904, Ada Venn reached the hut first and, having rested for an hour, lit a small fire for the others."))?.text).toBe(
      "Ada Venn reached the hut first and, having rested for an hour, lit a small fire for the others.",
    );
    expect(trimToMainClause(sentence("The second runner, Tomas Hale, arrived late in the evening and, because the path was icy, slept in the barn."))?.text).toBe(
      "The second runner, Tomas Hale, arrived late in the evening and, because the path was icy, slept in the barn.",
    );
  });

  it("makes no true/false statement that ends on a joining word", () => {
    const made: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      generateQuestions(RACE, { count: 30, seed, types: ["TRUE_FALSE"], keepUnsure: true, trace: (q) => q.type === "TRUE_FALSE" && made.push(q.prompt) });
    }
    expect(made.length).toBeGreaterThan(0);
    for (const p of made) expect(p).not.toMatch(/\b(?:and|but|or)\.$/);
    // (The sentence with the aside is still asked, whole.)
    expect(made).toContain("In the race of 1904, Ada Venn reached the hut first and, having rested for an hour, lit a small fire for the others.");
  });
});

describe("a statement is never a side clause alone", () => {
  it("does not cut at an ', and' that joins two side clauses before the main clause", () => {
    // Cut there, "Although the fort fell in 1790." would be keyed True as a claim.
    const fort = "Although the fort fell in 1790, and the garrison fled to the hills, the town held out for years.";
    expect(trimToMainClause(sentence(fort))?.text).not.toBe("Although the fort fell in 1790.");
    expect(trimToMainClause(sentence("When the dam burst in 1862, and the mill race filled with mud, the weavers of Orrin lost their work."))?.text).not.toBe("When the dam burst in 1862.");
    // A first clause with its main clause in it is cut as before.
    expect(trimToMainClause(sentence("If the river rises the meadows flood, and the ferry stops running to Dunmere for a week."))?.text).toBe("If the river rises the meadows flood.");
    expect(trimToMainClause(sentence("When the bridge opened, the fair moved to Pellow in 1821, and the old square became a cattle market for the farms."))?.text).toBe("When the bridge opened, the fair moved to Pellow in 1821.");
  });
});
