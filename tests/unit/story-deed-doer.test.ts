import { describe, expect, it } from "vitest";
import { castCandidates } from "../support/traced-candidates";

// Our own retelling of an invented novel, written for these tests.
const NOVEL = `The Lantern Road: The Story

The Lantern Road is a novel by the writer Pim Oster. It follows a family of travelling players.

Mara leads the players. Tull is her younger brother. Orrin hates the players. Bram is his groom.
Later, the daughter of Orrin frees the players from the cellar.
A friend of Bram steals the wagon keys.
The ghost of Tull visits Mara in the night.
Tull finally kills the wolf. Tull then burns the barn.
Orrin's loyal groom Bram saddles the grey mare.
In the end, Bram marries Mara.`;

const deeds = castCandidates;

describe("the doer of a story's deed, described before the name", () => {
  it("is never the name after a preposition ('a friend of Bram', 'the ghost of Tull')", () => {
    const prompts = deeds(NOVEL).map((q) => q.prompt);
    expect(prompts).not.toContain("Who steals the wagon keys?");
    expect(prompts).not.toContain("Who visits Mara in the night?");
  });

  it("is still the name a description leads to ('Orrin's loyal groom Bram')", () => {
    expect(deeds(NOVEL).find((q) => q.prompt === "Who saddles the grey mare?")?.answerText).toBe("Bram");
  });

  it("is not asked where another sentence tells the same deed of another character in another form of the verb", () => {
    const text = `The Tin Harbour: The Story

The Tin Harbour is a novel by the writer Oda Venn. It is set in a mining port.

Tull is a young miner. Mara is his sister. Orrin owns the mine. Bram is Orrin's clerk.
Mara and Bram both love Tull. Mara loves Tull.
At the trial, Tull is defended by Mara and Bram.
Orrin is forgiven by Tull, and Bram pays his debts.`;
    expect(deeds(text).map((q) => q.prompt)).not.toContain("Who loves Tull?");
    expect(deeds(text).find((q) => q.prompt === "Who is forgiven by Tull?")?.answerText).toBe("Orrin");
  });

  it("is never a place or a thing the article names ('a village called Harrow', 'a boat named Gull'), nor are the options", () => {
    const text = `The Grey Ferry: The Story

The Grey Ferry is a novel by the writer Oda Venn. It is set on a wide northern river.

Tull is a young boatman. Mara is his sister. Orrin owns the ferry. Bram is Orrin's clerk.
The family lives in a village called Harrow. Tull sails a boat named Gull. Harrow floods every spring.
Later, Gull carries the doctor across the river.
Orrin sells the ferry to a stranger. Mara warns Tull about the stranger.
In the end, Bram saves Mara from the flood.`;
    const found = deeds(text);
    expect(found.find((q) => q.prompt === "Who sells the ferry to a stranger?")?.answerText).toBe("Orrin");
    for (const q of found) expect(q.options.map((o) => o.text).filter((o) => o === "Gull" || o === "Harrow")).toEqual([]);
  });
});
