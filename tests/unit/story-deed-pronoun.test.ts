import { describe, expect, it } from "vitest";
import { castCandidates } from "../support/traced-candidates";

// Our own retelling of an invented novel, written for these tests.
const NOVEL = `The Ember Crown: Plot and Characters

The Ember Crown is a novel by the writer Hessa Quill, published in 1971. It is set in the hill kingdom of Darrow.

Tull is a young smith who serves the old king. Orrin is the king's proud steward. Mara is Tull's sister, and Bram is her friend.
One winter morning, Tull meets the old king in the hall, and he banishes Orrin from the court.
Mara visits the queen, and she gives Orrin a silver ring.
Finally, Bram admits that he once helped his cousin, and he frees Orrin from the tower.
Later, Orrin is stabbed by Bram in the market. In the end, Tull forgives Bram, and Mara marries Orrin.`;

const deeds = castCandidates;

describe("a story's last deed joined on with 'and he' or 'and she'", () => {
  it("is not keyed to the subject where someone of the pronoun's sex is named between ('meets the old king, and he …')", () => {
    const prompts = deeds(NOVEL).map((q) => q.prompt);
    expect(prompts).not.toContain("Who banishes Orrin from the court?");
    expect(prompts).not.toContain("Who gives Orrin a silver ring?");
  });

  it("is keyed to the subject where the subject's own pronoun came before the other person ('he once helped his cousin')", () => {
    const q = deeds(NOVEL).find((c) => c.prompt === "Who frees Orrin from the tower?");
    expect(q?.answerText).toBe("Bram");
  });

  it("is not keyed to a subject the article gives the other pronoun ('Mara opens the gate, and he …')", () => {
    const text = `The Lantern Road: The Story

The Lantern Road is a novel by the writer Pim Oster. It follows a family of travelling players.

Mara leads the players, and she guards their money. Tull is her younger brother. Orrin hates the players. Bram is his groom.
On the first night, Mara opens the gate, and he steals Orrin's horse.
Later, Tull persuades Bram to leave Orrin's service. Mara lends Bram a coat.`;
    const q = deeds(text).find((c) => c.prompt === "Who steals Orrin's horse?");
    expect(q).toBeUndefined();
    expect(deeds(text).find((c) => c.prompt === "Who lends Bram a coat?")?.answerText).toBe("Mara");
  });
});
