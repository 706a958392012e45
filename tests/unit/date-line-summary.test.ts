import { describe, expect, it } from "vitest";
import { mainSentences, sentenceLevels } from "@/lib/generation/confidence";
import { parseArticle } from "@/lib/generation/parse-article";

// An "on this day" article of our own: a Date line between the title and the summary.
const ARTICLE = `The Kell Lighthouse Is Lit

Date: 9 October 1822

The first lamp of the Kell lighthouse was lit above the harbour of Tarrow. Ships could now find the narrow channel at night.

Key facts
Builder: Osric Venn
Height: 31 metres

What Happened?
The harbour had lost many ships on the rocks before the tower was built. Venn drew the plans in 1818, and the stone was cut on the island itself.

Part 2: Later Years
A larger lamp replaced the first one in 1870.
`;

describe("a 'Date:' line over the summary", () => {
  it("is a key fact, so the summary under it is the article's summary", () => {
    const article = parseArticle(ARTICLE);
    expect(article.keyFacts.map((k) => k.text)).toContain("Date: 9 October 1822");
    expect(article.sentences.filter((s) => s.inSummary).map((s) => s.text)).toEqual([
      "The first lamp of the Kell lighthouse was lit above the harbour of Tarrow.",
      "Ships could now find the narrow channel at night.",
    ]);
    expect(mainSentences(article, sentenceLevels(article)).has(article.sentences[1]!.start)).toBe(true);
  });

  it("leaves a heading whose figure is in its label a heading", () => {
    const article = parseArticle(ARTICLE);
    expect(article.sections.map((s) => s.heading)).toContain("Part 2: Later Years");
  });
});
