import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented. A list of what the article's person did, with nothing after the verb to narrow it: the article tells more of
// the same elsewhere ("turned to medicine"), so "one of the four the article gives" has other right answers.
const SCHOLAR =
  "Mara Voss\n\nMara Voss was a scholar from the hill town of Telm, born around 1410. Her father, a miller, paid a tutor to teach her at home. " +
  "She studied astronomy, music, grammar and rhetoric, and she later wrote that the stars kept her awake for years. She turned to medicine at the age of twenty. " +
  "Merchants from Telm sold wool, salt, honey and timber in the lowland markets. In 1452 Voss opened a school for healers beside the river. She died in 1471.";

function typed(text: string): string[] {
  const out: string[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q) => q.keyKind === "category" && q.type === "FILL_BLANK" && out.push(q.prompt) });
  return out;
}

describe("a list of the article's person's deeds with nothing narrowing the verb", () => {
  it("is not asked as one of a counted set", () => {
    expect(typed(SCHOLAR).filter((p) => /Mara Voss study/.test(p))).toEqual([]);
  });

  it("leaves other doers' lists typed", () => {
    expect(typed(SCHOLAR).some((p) => /What did merchants from Telm sell/i.test(p))).toBe(true);
  });
});
