import { describe, expect, it } from "vitest";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented articles. "What is X also called?" asks about X as the article writes it inside a sentence: a common noun that
// opens its sentence with a capital is written in lower case; a word the article never writes in lower case keeps its capital.
const questionsOf = (text: string) => findDefinitions(parseArticle(text).sentences).map((d) => d.question ?? "");

describe("the subject of 'What is X also called?'", () => {
  it("lowers a one-word common noun that only opens its sentence with a capital", () => {
    const text = "Pond Life\nMost pond water is full of tiny life. Diatoms, also called glass algae, drift near the surface of the pond. The diatoms make much of the oxygen in the water.";
    expect(questionsOf(text)).toContain("What are diatoms also called?");
    expect(questionsOf(text)).not.toContain("What are Diatoms also called?");
  });

  it("keeps the capital of a one-word name the article never writes in lower case", () => {
    const text = "The Northern Raiders\nMany towns feared the sea. Varangians, also called Rus traders, sailed down the great rivers to the south. The Varangians traded furs for silver.";
    expect(questionsOf(text)).toContain("What are Varangians also called?");
  });
});

describe("a word the article also writes with a capital inside a sentence", () => {
  it("keeps the capital: it is a name there as well", () => {
    const text = "Bright Metals\nThe old chemists prized the planet Mercury and its metal. Mercury, also called quicksilver, stays liquid in a cold room. Drops of mercury roll across a table.";
    expect(questionsOf(text)).toContain("What is Mercury also called?");
  });
});
