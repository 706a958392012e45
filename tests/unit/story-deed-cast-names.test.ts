import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own retelling of an invented novel, written for these tests.
const NOVEL = `The Copper Bell: Story and Themes

The Copper Bell is a novel by the writer Hanne Sorl, published in 1971. It is set in a river town.

Orla Vell lives with her brother Tam Vell above the bakery. Her friend Pim works on the ferry. Kester Dunn leads the river gang.
One night, on the bridge, the gang attacks Pim and throws him into the river. To save him, Orla strikes Kester, who falls from the bridge.
Tam hides Orla in the bell tower. Later, at the town hall, Pim pays a clever young lawyer who has come to end the trial.
Pim recovers slowly. Orla tells the judge the truth. The gang never returns to the town.`;

function candidates(text: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  generateQuestions(text, { trace: (q) => out.push(q) });
  return out;
}

const deeds = (text: string) => candidates(text).filter((q) => q.castOptions);

describe("a plot deed's characters named in part", () => {
  it("asks a deed done to a character the sentence names by the given name alone, and never offers that character", () => {
    const q = deeds(NOVEL).find((c) => c.prompt === "Who strikes Kester?");
    expect(q?.answerText).toBe("Orla");
    expect(q?.options.map((o) => o.text)).not.toContain("Kester Dunn");
  });

  it("offers no family name two characters share as a character of its own", () => {
    for (const q of deeds(NOVEL)) expect(q.options.map((o) => o.text)).not.toContain("Vell");
  });

  it("leaves off a clause on the deed's object that leans on the sentence before", () => {
    const prompts = deeds(NOVEL).map((q) => q.prompt);
    expect(prompts).toContain("Who pays a clever young lawyer?");
    expect(prompts.some((p) => /the trial/.test(p))).toBe(false);
  });

  it("offers no given name two characters share as a character of its own, nor keys a deed to it", () => {
    // (Orla Vell's cousin shares her given name: "Orla" alone is neither of them.)
    const text = NOVEL.replace("Kester Dunn leads the river gang.", "Kester Dunn leads the river gang, and his wife Orla Dunn sells rope.").replace("Orla tells the judge the truth.", "Orla Dunn tells the judge the truth. Orla strikes the gong.");
    const asked = deeds(text);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect([q.answerText, ...q.options.map((o) => o.text)]).not.toContain("Orla");
  });
});
