import { describe, expect, it } from "vitest";
import { gateFailure } from "@/lib/generation/gates";
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

  it("asks the theme a sentence ranks first after the work is said to explore several", () => {
    const text = GUIDE.replace(
      "The novel's main themes are loyalty between friends, the cost of pride and the power of telling the truth.",
      "The Copper Bell deals with a number of themes. The most important one is that pride costs more than anger ever does; as Pim tells Orla, it is lonely at the top.",
    );
    const made = makeWorkStatements(parseArticle(text).sentences, "The Copper Bell: Story and Themes");
    expect(made.map((m) => m.question.prompt)).toContain("The most important theme of The Copper Bell is that pride costs more than anger ever does.");
    expect(gateFailure(made.find((m) => m.theme)!.question, text)).toBeNull();
    // (Never one whose pronoun points outside it.)
    const vague = text.replace("pride costs more than anger ever does", "it costs more than anger ever does");
    expect(makeWorkStatements(parseArticle(vague).sentences, "The Copper Bell: Story and Themes").some((m) => m.theme)).toBe(false);
  });

  it("asks no ranked theme whose words, cut at a semicolon, are a noun and its clause rather than a statement", () => {
    const ranked = (said: string) =>
      makeWorkStatements(
        parseArticle(GUIDE.replace("The novel's main themes are loyalty between friends, the cost of pride and the power of telling the truth.", `The Copper Bell deals with a number of themes. The most important one is that ${said}.`)).sentences,
        "The Copper Bell: Story and Themes",
      )
        .filter((m) => m.theme)
        .map((m) => m.question.prompt);
    expect(ranked("friends who keep their word; the rest drift apart")).toEqual([]);
    expect(ranked("those who stay and fight; the others leave the town")).toEqual([]);
    expect(ranked("anger is never the answer; it only breeds more anger")).toEqual(["The most important theme of The Copper Bell is that anger is never the answer."]);
  });

  it("counts a theme a critic is said to hold, or the article hedges, as no main point, and ranks none so", () => {
    const made = (sentence: string) =>
      makeWorkStatements(parseArticle(GUIDE.replace("The novel's main themes are loyalty between friends, the cost of pride and the power of telling the truth.", sentence)).sentences, "The Copper Bell: Story and Themes");
    const hedged = made("The novel's main themes are loyalty between friends and the cost of pride, according to some critics.");
    expect(hedged.map((m) => [m.question.prompt, m.theme])).toContainEqual(["The main themes of The Copper Bell are loyalty between friends and the cost of pride, according to some critics.", false]);
    expect(made("The Copper Bell deals with a number of themes. The most important one is that pride costs more than anger ever does, says the critic Ivo Brant.").some((m) => m.theme)).toBe(false);
    expect(made("The Copper Bell deals with a number of themes. The most important one is that pride probably costs more than anger does.").some((m) => m.theme)).toBe(false);
  });
});
