import { describe, expect, it } from "vitest";
import { statementFault } from "@/lib/generation/check-statement-faults";
import { findLists } from "@/lib/generation/find-lists";
import { parseArticle } from "@/lib/generation/parse-article";
import { statementQuestion } from "@/lib/generation/question-parts";

// Invented sentences. A false statement made by swapping one word must not leave the swapped-out word in the phrase the
// swap is joined to: "the east-facing or west slope" names both, and no reader can call it false.
const falseStatement = (statement: string, sentence: string) =>
  statementQuestion({ statement, isTrue: false, source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: 1 } }, keyKind: "term", confidence: 0.7 });

describe("a swap beside a phrase that keeps the swapped-out word", () => {
  const sentence = "On a hill in the valley, the warmer side is called the east-facing or east slope, and the other is the west slope.";

  it("refuses 'the east-facing or west slope'", () => {
    expect(statementFault(falseStatement("On a hill in the valley, the warmer side is called the east-facing or west slope.", sentence))).toBe("options-misfit");
  });

  it("still takes a swap with no such phrase beside it", () => {
    const plain = "Most of the orchards stand on the east slope of the valley.";
    expect(statementFault(falseStatement("Most of the orchards stand on the west slope of the valley.", plain))).toBeNull();
  });
});

describe("a list after 'the same'", () => {
  it("reads 'the same hours, seed or water' as hours, seed and water", () => {
    const { sentences } = parseArticle("Two Farms\nA farmer who grows oats gives up the barley that the same hours, seed or water could have grown.");
    const lists = findLists(sentences).map((l) => l.items.map((i) => i.text));
    expect(lists).toContainEqual(["hours", "seed", "water"]);
  });
});

describe("alternatives joined by 'or' are no swaps for each other", () => {
  // Invented: "hours, seed or water" are what one choice could have used; a later sentence on one of them says nothing
  // the others are ruled out of.
  const article = [
    "Two Farms",
    "A farmer can spend the same hours, seed or water on any field.",
    "On the hill farm, a field of oats took the hours of six workers for a week.",
    "On the river farm, the same field of oats took the hours of four workers.",
    "The river farm therefore had the advantage in oats, and the hill farm kept to sheep.",
  ].join("\n");

  it("offers no other alternative in place of the one a later sentence names", async () => {
    const { findLists } = await import("@/lib/generation/find-lists");
    const { findMemberMentions } = await import("@/lib/generation/make-term-questions");
    const { sentences } = parseArticle(article);
    const lists = findLists(sentences);
    expect(findMemberMentions(sentences, lists)).toEqual([]);
  });
});

describe("what the two rules above leave alone", () => {
  it("takes a swap beside a phrase that shares only another word ('cold water and warm air')", () => {
    const cave = "Cold water and cold air both sink to the floor of the cave.";
    expect(statementFault(falseStatement("Cold water and warm air both sink to the floor of the cave.", cave))).toBeNull();
    const fort = "The north tower and the north gate of the old fort were built of grey stone.";
    expect(statementFault(falseStatement("The north tower and the south gate of the old fort were built of grey stone.", fort))).toBeNull();
  });

  it("keeps a classification joined by 'or' as fellow members for each other", async () => {
    const { findMemberMentions } = await import("@/lib/generation/make-term-questions");
    const { sentences } = parseArticle("Eating\nEvery animal in the park is a herbivore, a carnivore or an omnivore.\nThe lion of the park is a carnivore that hunts at night.");
    const lists = findLists(sentences);
    expect(lists.find((l) => l.items.some((i) => i.text === "carnivore"))?.alternatives).toBeUndefined();
    expect(findMemberMentions(sentences, lists).map((m) => m.span.text)).toContain("carnivore");
  });
});
