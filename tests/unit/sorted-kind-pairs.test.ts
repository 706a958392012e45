import { describe, expect, it } from "vitest";
import { findKindPairs, makeKindContrastQuestions } from "@/lib/generation/make-kind-contrast-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: an article that sorts its thing into two groups (the thing as the sorting verb's object), describes each in a
// sentence, and later sorts the same thing a second way.
const LOANS = `Farm Loans

A loan lets a farmer buy seed before the harvest pays for it. Bankers sort loans into two broad groups. Secured loans are backed by land that the bank takes if the farmer fails to pay. Unsecured loans are backed by nothing but a promise, usually a signed note, and cost more in interest. Loans also differ in how long they run. A short loan is repaid after one harvest. A long loan is repaid over ten years or more.`;

describe("two kinds announced by sorting the thing into two groups", () => {
  it("pairs the two kinds the next sentences describe", () => {
    expect(findKindPairs(parseArticle(LOANS).sentences, LOANS).map((p) => [p.head, ...p.kinds])).toEqual([["loan", "secured", "unsecured"]]);
  });

  it("asks each kind as a typed blank", () => {
    const prompts = makeKindContrastQuestions(parseArticle(LOANS).sentences, LOANS).map((q) => q.prompt);
    expect(prompts).toContain("_____ loans are backed by land that the bank takes if the farmer fails to pay. (a kind of loan)");
  });

  it("still pairs nothing when a third kind follows before any second way of sorting", () => {
    const third = LOANS.replace("Loans also differ in how long they run. ", "Bridging loans are repaid within a month. ");
    expect(findKindPairs(parseArticle(third).sentences, third)).toEqual([]);
  });

  it("still pairs nothing when a kind's sentence hedges its own claim", () => {
    const hedged = LOANS.replace("are backed by nothing but a promise", "are usually backed by nothing but a promise");
    expect(findKindPairs(parseArticle(hedged).sentences, hedged)).toEqual([]);
  });
});
