import { describe, expect, it } from "vitest";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";
import { tracedQuestions } from "../support/traced-candidates";

// Invented article and sentences: a statement opening on the surname of the person the article is about, with that
// person's own "her" after it, was refused as a pronoun with no name before it (the name opens it, after no space).

const owner = { name: "Ada Vell", pronoun: "she" as const };
function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false, titlePerson: owner };
}

const swim = [
  "Ada Vell Crosses the Grey Strait",
  "",
  "Ada Vell was a Norland swimmer who crossed the Grey Strait in 1921. She trained for two years in the cold lakes near her home. She set off from the harbour at Arn before dawn on 3 June 1921. At the far shore, Vell lost her goggles and swam the last mile with her eyes closed. She reached the beach at Kell after fourteen hours, and crowds cheered her. Her crossing proved that a swimmer could beat the tides of the strait.",
].join("\n");

describe("a statement opening on the article's person, with her own possessive", () => {
  it("is kept as a true statement", () => {
    expect(trimToMainClause(sentence("At the far shore, Vell lost her goggles and swam the last mile with her eyes closed."))?.text).toBe(
      "Vell lost her goggles and swam the last mile with her eyes closed.",
    );
    const made = tracedQuestions(swim).filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True").map((q) => q.prompt);
    expect(made).toContain("Vell lost her goggles and swam the last mile with her eyes closed.");
  });

  it("is refused when the pronoun may be someone else's", () => {
    for (const text of [
      // An object pronoun, one of the other sex, or a subject that is not the article's person.
      "At the far shore, Vell thanked her and swam the last mile alone.",
      "At the far shore, Vell lost his goggles and swam the last mile alone.",
      "At the far shore, Kell lost her goggles and swam the last mile alone.",
      "At the far shore, Vell's coach lost her goggles and swam the last mile alone.",
    ]) {
      expect(trimToMainClause(sentence(text)), text).toBeNull();
    }
  });
});
