import { describe, expect, it } from "vitest";
import { tracedQuestions } from "../support/traced-candidates";

// A biography: every unattached "he" is Admiral Voss, but an object "him" just after another man's full name may be that man.
const VOSS = [
  "Admiral Brenn Voss",
  "",
  "Brenn Voss was a naval commander who led four long patrols along the southern coast between 1702 and 1714. He was born in the port of Halden in 1671 and went to sea at the age of twelve.",
  "",
  "In 1706 the squadron defeated the rebel captain Tal Orren near the Grey Shoals and took him to Halden for trial. In 1709 Voss mapped the shallow channels east of the shoals, and his charts were used for a century.",
  "",
  "He retired in 1715 and died at Halden in 1728.",
].join("\n");

describe("an object pronoun after another person's full name", () => {
  it("is left as written, never turned into the article's own person", () => {
    const prompts = tracedQuestions(VOSS, { seed: 1 }).map((q) => q.prompt);
    expect(prompts.some((p) => /Tal Orren/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/took (?:Brenn )?Voss to/);
  });
});
