import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { makeRestatedReason } from "@/lib/generation/make-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a relative clause inside the effect's subject ("only the hill farms, which had deep wells, survived") was taken
// for one closing the sentence, and the subject cut before it was restated as the effect: "Only the hill farms because
// of the drought of 1620.", true.
function restated(text: string): (string | undefined)[] {
  const article = parseArticle(text);
  const links = findLinks(article.sentences, article.title, []);
  return links.map((l) => makeRestatedReason(l, links, article.sentences, text)?.prompt).filter(Boolean);
}

describe("a reason restated after its effect, where a relative clause follows the effect", () => {
  it("is not made when the relative clause sits inside the effect's subject", () => {
    const text = "The Farms of Orrin\n\nOrrin was a valley of small farms below the hills of Tarsk. Because of the drought of 1620, only the hill farms, which had deep wells, survived.";
    expect(restated(text)).toEqual([]);
  });

  it("is made when the relative clause closes the sentence", () => {
    const text = "The Farms of Orrin\n\nOrrin was a valley of small farms below the hills of Tarsk. Because the bridge at Tarsk was narrow, the grain carts had to wait at the gate, which led to long queues on market days.";
    expect(restated(text)).toEqual(["The grain carts had to wait at the gate because the bridge at Tarsk was narrow."]);
  });
});
