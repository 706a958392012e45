import { describe, expect, it } from "vitest";
import { traced } from "../support/traced-candidates";

// Invented: a woman named once with a word for whoever fills a role ("a farmer") in the same sentence, then a "she". The
// farmer may be whom the "she" means (whole review 17-A #5: the role words are person words for every pronoun reader).
const ORCHARD = `The Orchard at Fenby

Mara Quill planted the first orchard at Fenby in 1820, and she chose apple trees from the warm south. In 1831 Mara Quill hired a farmer from the next valley. She sold the first crop at the market of Delm in 1834. The orchard still stands today.`;

describe("a pronoun after a word for whoever fills a role", () => {
  it("is not written out as the one person the sentence before names", () => {
    const prompts = traced(ORCHARD, { keepUnsure: true }).map((t) => t.q.prompt);
    expect(prompts.some((p) => /Mara Quill planted the first orchard/.test(p))).toBe(true);
    expect(prompts.some((p) => /(?:Quill|Mara) (?:did not )?s[eo]ll?d? the first crop/.test(p))).toBe(false);
  });
});
