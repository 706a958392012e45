import { describe, expect, it } from "vitest";
import { findLists } from "@/lib/generation/find-lists";
import { listFrames } from "@/lib/generation/make-list-frame-questions";
import { parseArticle } from "@/lib/generation/parse-article";

describe("the kind named before 'such as'", () => {
  it("starts after the clause's verb ('welcomed gifted guests, such as …' asks for examples of gifted guests)", () => {
    const article = parseArticle("Title\n\nHer court welcomed gifted guests, such as the painter Odo Brenn, the singer Mara Lind and the poet Karl Vask. The guild sold fine goods, such as silk, glass and paper.");
    expect(listFrames(article.sentences, findLists(article.sentences)).map((f) => f.typedStem)).toEqual([
      "What examples of gifted guests does the article give? (Name one of the three.)",
      "What examples of fine goods does the article give? (Name one of the three.)",
    ]);
  });
});
