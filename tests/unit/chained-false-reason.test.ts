import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { makeSwappedLink } from "@/lib/generation/make-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a made-up town whose dry spring starts a chain of three causes.
describe("a swapped reason that is true through the article's chain of causes", () => {
  it("is never keyed False: a cause of a cause of the effect is a cause of it", () => {
    const text =
      "The Dry Year in Marrow\n\nMarrow was a small town beside the Tull marshes.\n\nIn 1812 the spring was very dry. The barley crop failed because the spring rain never came. The price of flour rose sharply because the barley crop failed. Many bakers left the town because the price of flour rose. The town sent a letter to the bishop in 1813.";
    const article = parseArticle(text);
    const links = findLinks(article.sentences, article.title);
    const bakers = links.find((l) => l.question === "Why did many bakers leave the town?")!;
    expect(bakers.bare).toBe("the price of flour rose");
    // "Many bakers left the town because the spring rain never came": two steps back, so true by the article.
    expect(makeSwappedLink(bakers, links, article.sentences, text)).toBeNull();
    // With the middle step gone the two are unrelated, and the swap is a fair false reason.
    const apart = text.replace(" The price of flour rose sharply because the barley crop failed.", "");
    const split = parseArticle(apart);
    const splitLinks = findLinks(split.sentences, split.title);
    const alone = splitLinks.find((l) => l.question === "Why did many bakers leave the town?")!;
    expect(makeSwappedLink(alone, splitLinks, split.sentences, apart)?.prompt).toBe("Many bakers left the town because the spring rain never came.");
  });
});
