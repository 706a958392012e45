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

// Invented: two kings share a regnal name, and a caption names someone who may be another ruler.
describe("a regnal full name that may be another ruler's", () => {
  it("takes none when the article also writes the name with 'of <Place>'", () => {
    const text = "The Two Kings\n\nIn 1402 Orsino IV of Varn met Orsino IV Brenn, the king of Tallis, at the ford. Orsino IV of Varn signed the treaty.";
    expect(matchesTypedAnswer("Orsino IV Brenn", acceptedAliases(person("Orsino IV"), text))).toBe(false);
  });

  it("takes none when a word follows the family name", () => {
    const text = "The Last King\n\nOrsino IV ruled Varn for ten years. A portrait of Orsino IV Alda painted in 1410 hangs in the hall. Orsino IV died in 1420.";
    expect(matchesTypedAnswer("Orsino IV Alda", acceptedAliases(person("Orsino IV"), text))).toBe(false);
  });

  it("still takes a family name that stands alone", () => {
    const text = "The Last King\n\nOrsino IV ruled Varn for ten years. The hall keeps a portrait of Orsino IV Alda. Orsino IV died in 1420.";
    expect(matchesTypedAnswer("Orsino IV Alda", acceptedAliases(person("Orsino IV"), text))).toBe(true);
  });
});
