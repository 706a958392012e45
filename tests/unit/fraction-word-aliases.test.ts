import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { matchesTypedAnswer } from "@/lib/quiz/normalize-answer";

const number = (text: string) => ({ text, type: "NUMBER" as const, start: 0, end: 0 });

// Invented sentences: a made-up town council.
const TEXT = "The Dunmere council was elected with well below half of the votes cast. A third of the seats went to the Harbour list.";

describe("a fraction in words typed another way", () => {
  it("accepts a half as words, figures or a percentage", () => {
    const accepted = acceptedAliases(number("half"), TEXT);
    for (const typed of ["half", "one half", "1/2", "50 percent", "50 per cent", "fifty per cent"]) {
      expect(matchesTypedAnswer(typed, accepted)).toBe(true);
    }
  });

  it("accepts a third and a quarter by their percentages", () => {
    const third = acceptedAliases(number("a third"), TEXT);
    expect(matchesTypedAnswer("one third", third)).toBe(true);
    expect(matchesTypedAnswer("33 percent", third)).toBe(true);
    expect(matchesTypedAnswer("1/3", third)).toBe(true);
    expect(matchesTypedAnswer("25 per cent", acceptedAliases(number("a quarter"), TEXT))).toBe(true);
    expect(matchesTypedAnswer("75 percent", acceptedAliases(number("three quarters"), TEXT))).toBe(true);
  });

  it("takes no other amount", () => {
    const accepted = acceptedAliases(number("half"), TEXT);
    expect(matchesTypedAnswer("a third", accepted)).toBe(false);
    expect(matchesTypedAnswer("40%", accepted)).toBe(false);
    expect(matchesTypedAnswer("25%", acceptedAliases(number("a third"), TEXT))).toBe(false);
  });
});

// Invented: a made-up fishing town. Grading drops a "%" sign, so "10%" would grade as the plain count "10".
describe("a fraction never takes a plain count", () => {
  const BOATS = "A tenth of the boats sank in the storm of 1821. The fishers take a third of their catch to market.";
  it("refuses 10 or ten for a tenth, 50 or fifty for half, 33 for a third, 20 for a fifth", () => {
    for (const [key, typed] of [["a tenth", "10"], ["A tenth", "ten"], ["half", "50"], ["half", "fifty"], ["a third", "33"], ["one fifth", "20"], ["one fifth", "twenty"]]) {
      expect(matchesTypedAnswer(typed!, acceptedAliases(number(key!), BOATS)), `${typed} for ${key}`).toBe(false);
    }
    expect(matchesTypedAnswer("1/10", acceptedAliases(number("a tenth"), BOATS))).toBe(true);
    expect(matchesTypedAnswer("10 per cent", acceptedAliases(number("a tenth"), BOATS))).toBe(true);
  });
});
