import { describe, expect, it } from "vitest";
import { findLists } from "@/lib/generation/find-lists";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a river port's trade.
const PORT = `The Port of Vell

The port of Vell grew rich on river trade in the 1500s. Its barges carried wool, salt and other goods to sell or trade, and they brought back wine, glass and iron. The town's guild kept the quays in repair.`;

const membersOf = (text: string) => findLists(parseArticle(text).sentences).map((l) => l.items.map((i) => i.text));

describe("a list that ends in 'other …'", () => {
  it("is no list of three members", () => {
    expect(membersOf(PORT)).not.toContainEqual(expect.arrayContaining(["other goods"]));
  });

  it("is left open however the rest is put", () => {
    for (const rest of ["others", "many other goods", "similar goods"]) {
      expect(membersOf(PORT.replace("other goods", rest)).flat()).not.toContain("salt");
    }
  });

  it("keeps a title that opens with 'Other'", () => {
    const novels = "Three Novels\n\nShe wrote The Silent Mill, The Winter Guest and The Other Sister in ten years. All three sold well.";
    expect(membersOf(novels)).toContainEqual(["Silent Mill", "Winter Guest", "Other Sister"]);
  });

  it("leaves the closed list beside it as it was", () => {
    expect(membersOf(PORT)).toContainEqual(["wine", "glass", "iron"]);
  });
});
