import { describe, expect, it } from "vitest";
import { makeWorkStatements } from "@/lib/generation/make-work-statements";
import { parseArticle } from "@/lib/generation/parse-article";

// An invented study guide to an invented novel, written for this test.
const GUIDE =
  "The Copper Bell: Story and Themes\n\n" +
  "The Copper Bell is a novel by the writer Hanne Sorl, published in 1971. Orla Vell saves her friend Pim from the river gang and hides in the bell tower.\n\n" +
  "The title comes from a song by Aldo Marsh, which the ferrymen sing.\n\n" +
  "Orla rings the bell on her wedding day. The novel's main themes are loyalty between friends, the cost of pride and the power of telling the truth.";

describe("a work's themes marked as the article's main point", () => {
  it("marks the themes, not the title's source, so the quiz asks them among its main points", () => {
    const made = makeWorkStatements(parseArticle(GUIDE).sentences, "The Copper Bell: Story and Themes");
    expect(made.map((m) => [m.question.prompt, m.theme])).toEqual([
      ["The title of The Copper Bell comes from a song by Aldo Marsh.", false],
      ["The main themes of The Copper Bell are loyalty between friends, the cost of pride and the power of telling the truth.", true],
    ]);
  });
});
