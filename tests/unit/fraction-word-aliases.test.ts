import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { matchesTypedAnswer } from "@/lib/quiz/normalize-answer";

const number = (text: string) => ({ text, type: "NUMBER" as const, start: 0, end: 0 });

// Invented sentences: a made-up town council.
const TEXT = "The Dunmere council was elected with well under half of the votes cast. A third of the seats went to the Harbour list.";

describe("a fraction in words typed another way", () => {
  it("accepts a half as words, figures or a percentage", () => {
    const accepted = acceptedAliases(number("half"), TEXT);
    for (const typed of ["half", "one half", "1/2", "50%", "50 percent", "50 per cent", "fifty per cent"]) {
      expect(matchesTypedAnswer(typed, accepted)).toBe(true);
    }
  });

  it("accepts a third and a quarter by their percentages", () => {
    const third = acceptedAliases(number("a third"), TEXT);
    expect(matchesTypedAnswer("one third", third)).toBe(true);
    expect(matchesTypedAnswer("33%", third)).toBe(true);
    expect(matchesTypedAnswer("1/3", third)).toBe(true);
    expect(matchesTypedAnswer("25%", acceptedAliases(number("a quarter"), TEXT))).toBe(true);
    expect(matchesTypedAnswer("75 percent", acceptedAliases(number("three quarters"), TEXT))).toBe(true);
  });

  it("takes no other amount", () => {
    const accepted = acceptedAliases(number("half"), TEXT);
    expect(matchesTypedAnswer("a third", accepted)).toBe(false);
    expect(matchesTypedAnswer("40%", accepted)).toBe(false);
    expect(matchesTypedAnswer("25%", acceptedAliases(number("a third"), TEXT))).toBe(false);
  });
});
