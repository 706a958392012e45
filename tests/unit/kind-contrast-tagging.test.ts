import { beforeEach, describe, expect, it } from "vitest";
import { findKindPairs } from "@/lib/generation/make-kind-contrast-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { beginArticle, seenWordTags } from "@/lib/generation/seen-word-tags";

// Invented for these tests. Every sentence the tagger reads notes its words' tags (seen-word-tags): a word with no tags
// noted is one the kinds' search never had tagged.
const tagged = (word: string) => seenWordTags(word) !== undefined;

describe("the kinds' search tags only frames the words alone would pair", () => {
  beforeEach(() => beginArticle());

  it("tags no framed sentence that stands apart from every other frame", () => {
    const text = `Village Crafts

In a pottery workshop, the wheel turns all morning. The market opens at dawn. Traders come from the hills. Prices rise in spring. In a weaving shed, looms clatter until dusk. The river floods each autumn. Boats carry wool downstream. The mayor counts the sacks. A copper kettle hangs over every hearth. Children fetch the water.`;
    expect(findKindPairs(parseArticle(text).sentences, text)).toEqual([]);
    expect(["pottery", "weaving", "copper", "kettle"].filter(tagged)).toEqual([]);
  });

  it("tags no neighbouring frames of two different things", () => {
    const text = `Village Crafts

In a pottery workshop, the wheel turns all morning. In a weaving shed, however, looms clatter until dusk. The mayor counts the sacks.`;
    expect(findKindPairs(parseArticle(text).sentences, text)).toEqual([]);
    expect(["pottery", "weaving"].filter(tagged)).toEqual([]);
  });

  it("still pairs two kinds of one thing, and a frame of another thing between them still keeps them apart", () => {
    const pair = `Drying Planks

In a stack kiln, the planks are piled in one tall tower under a roof for many months. In a steam kiln, the planks are instead sealed inside a hot metal chamber for a week. Oak is a slow wood to season.`;
    expect(findKindPairs(parseArticle(pair).sentences, pair).map((p) => [p.head, ...p.kinds])).toEqual([["kiln", "stack", "steam"]]);
    const apart = pair.replace(" In a steam kiln", " In a brick oven, the loaves bake on the hot stone floor. In a steam kiln");
    expect(findKindPairs(parseArticle(apart).sentences, apart)).toEqual([]);
  });
});
