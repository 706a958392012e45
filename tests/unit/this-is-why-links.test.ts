import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented sentences about an invented salt cellar and a marsh.
const linksOf = (text: string) => {
  const article = parseArticle(text);
  return findLinks(article.sentences, article.title);
};

describe("a result told after its cause as 'This is why S2.'", () => {
  it("asks why S2, answered by the sentence before, a 'so <adjective> that' clause being one reason", () => {
    const links = linksOf("The Salt Cellar\n\nSalt pork was stored in a cellar under the inn. The cellar air is so cold that flies cannot breed in it. This is why the pork stayed fresh through the summer.");
    expect(links.map((l) => [l.question, l.answer])).toEqual([["Why did the pork stay fresh through the summer?", "Because the cellar air is so cold that flies cannot breed in it"]]);
    expect(links[0]!.effectIndex).toBe(2);
  });

  it("reads 'That explains why' the same way, and still no reason joined by 'so' to a second clause", () => {
    const explains = linksOf("The Reed Beds\n\nThe reed beds sit on soft grey clay. Reed roots hold pockets of air. That explains why the reeds float when the marsh floods.");
    expect(explains.map((l) => l.question)).toEqual(["Why do the reeds float when the marsh floods?"]);
    const joined = linksOf("The Reed Beds\n\nThe reed beds sit on soft grey clay. The clay holds water, so the roots stay wet. That explains why the reeds float when the marsh floods.");
    expect(joined.filter((l) => l.effectIndex === 2)).toEqual([]);
  });

  it("reads no 'This is why S2' that opens a paragraph: its 'this' is more than the sentence before", () => {
    const split = linksOf("The Ferry of Tollan\n\nThe old bridge to Tollan was closed after a flood.\n\nA new school opened on the hill in the same year.\n\nThis is why the ferry sails every hour from the quay.");
    expect(split.map((l) => l.question)).toEqual([]);
    const joined = linksOf("The Ferry of Tollan\n\nThe old bridge to Tollan was closed after a flood. This is why the ferry sails every hour from the quay.");
    expect(joined.map((l) => l.question)).toEqual(["Why does the ferry sail every hour from the quay?"]);
  });
});
