import { describe, expect, it } from "vitest";
import { laterClauseStem } from "@/lib/generation/clause-stems";
import { parseArticle } from "@/lib/generation/parse-article";

describe("a later clause naming a kind of place the clause before said which", () => {
  it("is not cut alone", () => {
    // Invented: the first clause names the land, the second calls it only "the island".
    const text = "Her traders had sailed along the north shore of Vantir, and in 1302 Osk Bel reached the far cape of the island.";
    const sentence = parseArticle(`Title\n${text}`).sentences[0]!;
    const from = text.indexOf("in 1302");
    expect(laterClauseStem(sentence, "in _____ Osk Bel reached the far cape of the island.", from)).toBeNull();
  });

  it("is cut alone when the clause names the place itself", () => {
    const text = "Her traders had sailed along the north shore of Vantir, and in 1302 Osk Bel reached the far cape of the island of Morr.";
    const sentence = parseArticle(`Title\n${text}`).sentences[0]!;
    const from = text.indexOf("in 1302");
    expect(laterClauseStem(sentence, "in _____ Osk Bel reached the far cape of the island of Morr.", from)).toBe("In _____ Osk Bel reached the far cape of the island of Morr.");
  });
});
