import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented article: a summary, key-fact bullets, then prose whose list of parts runs on with commas.
const ARTICLE = [
  "The Copper Kettle of Brisk",
  "",
  "The Brisk kettle was made by the smith Orra Vell in the mill town of Brisk in 1702.",
  "- Location: Brisk town hall",
  "- Made by Orra Vell in 1702",
  "",
  "Over one long winter the kettle was assembled with great care from three separate pieces of metal and wood:",
  "- a copper body, hammered flat by hand,",
  "- a brass lid, cast in a clay mould,",
  "- a wooden handle, carved from ash.",
  "It still sits in the town hall today.",
].join("\n");

describe("list items that carry on a sentence", () => {
  const parsed = parseArticle(ARTICLE);

  it("reads items ending in a comma after a lead-in as sentences, not key facts", () => {
    const texts = parsed.sentences.map((s) => s.text);
    expect(texts).toContain("a copper body, hammered flat by hand,");
    expect(texts).toContain("a brass lid, cast in a clay mould,");
    expect(parsed.keyFacts.map((k) => k.text)).not.toContain("a copper body, hammered flat by hand,");
    for (const s of parsed.sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps labelled and short fact bullets under the summary as key facts", () => {
    expect(parsed.keyFacts.map((k) => k.text)).toEqual(["Location: Brisk town hall", "Made by Orra Vell in 1702"]);
  });
});
