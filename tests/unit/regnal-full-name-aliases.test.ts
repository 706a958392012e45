import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { matchesTypedAnswer } from "@/lib/quiz/normalize-answer";

const person = (text: string) => ({ text, type: "PERSON" as const, start: 0, end: 0 });

// Invented: a made-up kingdom's last king, named once in full with his house.
const TEXT =
  "The Fall of Varn\n\nLast king of Varn: Orsino IV Velacor\n\nThe city held out for a month. Orsino IV was wounded at the gate. " +
  "In 1502 Orsino IV Then the walls gave way.";

describe("a ruler's fullest name the article gives", () => {
  it("accepts the name with the family name after the number", () => {
    const accepted = acceptedAliases(person("Orsino IV"), TEXT);
    expect(matchesTypedAnswer("Orsino IV Velacor", accepted)).toBe(true);
    expect(matchesTypedAnswer("Orsino IV", accepted)).toBe(true);
  });

  it("takes no common word after the number as a family name", () => {
    expect(acceptedAliases(person("Orsino IV"), TEXT)).not.toContain("Orsino IV Then");
  });
});
