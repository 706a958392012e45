import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own retelling of an invented novel, written for these tests.
const NOVEL = `The Salt Lantern: Story and Themes

The Salt Lantern is a novel by the writer Berit Oskaldo, published in 1964. It is set in a fishing village on a cold coast.

Hal Marrow is a fisherman who lives with his son, Davin, beside the harbour. His neighbour Sella Pike keeps the old lighthouse. Her rival Corwin Blay owns the fish market. Her daughter, Nessa, mends the nets.
In a dream, Sella burns the fish market to the ground. Later, Davin rescues Sella from the flooded lighthouse.
At the spring fair, Corwin forgives Hal and gives him a new boat. The village council banishes Corwin from the harbour. Nessa warns Davin about the coming storm.
The novel deals with a number of themes. The most important one is that forgiveness costs more than revenge; as Sella says, nobody wins at sea. The Salt Lantern won a prize for young readers.`;

function deeds(text: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  generateQuestions(text, { trace: (q) => out.push(q) });
  return out.filter((q) => q.castOptions);
}

describe("a plot deed's cast and events", () => {
  it("offers no word of the work's own title as a character", () => {
    expect(deeds(NOVEL).length).toBeGreaterThan(0);
    for (const q of deeds(NOVEL)) expect(q.options.map((o) => o.text)).not.toContain("Lantern");
  });

  it("asks no deed the plot tells as a dream, only the deeds that happen", () => {
    const prompts = deeds(NOVEL).map((q) => q.prompt);
    expect(prompts).toContain("Who warns Davin about the coming storm?");
    expect(prompts.some((p) => /burns the fish market/.test(p))).toBe(false);
    // (Told as it happens, the same deed is asked.)
    const real = deeds(NOVEL.replace("In a dream, Sella burns", "In anger, Sella burns")).map((q) => q.prompt);
    expect(real).toContain("Who burns the fish market to the ground?");
    // (Nor one a character is only said to have done.)
    const told = deeds(NOVEL.replace("In a dream, Sella burns", "According to Nessa, Sella burns")).map((q) => q.prompt);
    expect(told.some((p) => /burns the fish market/.test(p))).toBe(false);
  });

  it("offers no place the article names by its kind ('the village of …') as a character, though it takes a deed", () => {
    const text = NOVEL.replace("Her daughter, Nessa, mends the nets.", "Her daughter, Nessa, mends the nets. The village of Eskvik lies below the cliffs.").replace(
      "Later, Davin rescues",
      "In spring, Eskvik floods the lower fields. Later, Davin rescues",
    );
    const asked = deeds(text);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options.map((o) => o.text)).not.toContain("Eskvik");
  });
});
