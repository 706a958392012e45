import { describe, expect, it } from "vitest";
import { tracedQuestions } from "../support/traced-candidates";

// Invented articles about one ruler, whose posts change hands or belong to another man's household.
const heading = "King Berric of Hollin";
const opening = "King Berric ruled the hill country of Hollin for forty years. He was crowned in 1210 at the age of twenty. He married twice, and he outlived both of his wives.";
const asked = (text: string, post: string) => tracedQuestions(text).filter((q) => q.prompt === `Who was King Berric's ${post}?`);

describe("a post the article's person gave to several people in turn", () => {
  it("is not asked as if one person ever held it", () => {
    const text = `${heading}\n\n${opening} His chancellor, Orrin Fay, paved the market roads. Berric fought the river clans for years. When Fay died in 1238, his chancellor was Lisbet Crane, a clerk from the coast. Berric died in 1250.`;
    expect(asked(text, "chancellor")).toEqual([]);
  });

  it("is not asked where the article speaks of a new or a later holder", () => {
    const text = `${heading}\n\n${opening} His chancellor, Orrin Fay, paved the market roads. Berric fought the river clans for years. In 1238 his new chancellor raised the toll on wool. Berric died in 1250.`;
    expect(asked(text, "chancellor")).toEqual([]);
  });

  it("is still asked when one person holds it", () => {
    const text = `${heading}\n\n${opening} His chancellor, Orrin Fay, paved the market roads. Berric fought the river clans for years. Berric died in 1250.`;
    expect(asked(text, "chancellor").map((q) => q.answerText)).toEqual(["Orrin Fay"]);
  });
});

describe("a post whose 'his' may be another man's", () => {
  it("is not asked when the sentence before names him", () => {
    const text = `${heading}\n\n${opening} Berric's brother, Hugo Marl, governed the western valleys. His regent, Wenna Lusk, ruled the valleys for many years. Berric died in 1250.`;
    expect(asked(text, "regent")).toEqual([]);
  });

  it("is not asked when the sentence itself names him by one name", () => {
    const text = `${heading}\n\n${opening} Berric's brother Hugo governed the western valleys. Berric built a stone hall at Dunmoor. His regent, Wenna Lusk, ruled the valleys while Hugo was at sea. Berric died in 1250.`;
    expect(asked(text, "regent")).toEqual([]);
  });
});
