import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { keptHedge, trimToMainClause } from "@/lib/generation/trim-statement";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

// Invented sentences (a wool town, a harbour, a bell foundry): a hedge the statement keeps on its own claim is true as the
// article words it, and the main-statement maker asks it as said; a hedge that leaves the claim open is refused as before.
function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}
const keeping = { keepHedge: true };

describe("a statement that keeps its hedge", () => {
  it("is taken, hedge and all, when the caller asks for it, and marked to be asked only as said", () => {
    const paid = trimToMainClause(sentence("The merchants probably paid for the hall with a tax on fleeces, which angered the farmers."), undefined, undefined, keeping);
    expect(paid).toEqual({ text: "The merchants probably paid for the hall with a tax on fleeces.", resolved: false, cut: true, attributed: true });
    // A named group's belief is the article's claim about them.
    const held = trimToMainClause(sentence("Many sailors of Kell believed that the northern reef was cursed by a drowned queen."), undefined, undefined, keeping);
    expect(held?.attributed).toBe(true);
    expect(trimToMainClause(sentence("The old bell-founder Orin Vale is said to have cast forty bells for the valley churches."), undefined, undefined, keeping)?.attributed).toBe(true);
  });

  it("loses an opening that only comments on the claim, so the true statement is no copy of its sentence", () => {
    const swim = trimToMainClause(sentence("Strangely, Ada Venn probably never learned to swim in the harbour."), undefined, undefined, keeping);
    expect(swim).toEqual({ text: "Ada Venn probably never learned to swim in the harbour.", resolved: false, cut: true, attributed: true });
  });

  it("is refused where the hedge leaves the claim open, or where no caller asks for it", () => {
    for (const open of [
      "Some historians believe that the merchants paid for the hall with a tax on fleeces.",
      "It is thought that the merchants paid for the hall with a tax on fleeces.",
      "The merchants might have paid for the hall with a tax on fleeces from the hills.",
      "According to legend, the merchants paid for the hall with a tax on fleeces.",
      "Many sailors believed that the reef was probably cursed by a drowned queen.",
    ]) expect(trimToMainClause(sentence(open), undefined, undefined, keeping)).toBeNull();
    // The cause of what, the sentence before said.
    expect(keptHedge("A fungus in the grain is thought to be the cause.")).toBe(false);
    expect(trimToMainClause(sentence("The merchants probably paid for the hall with a tax on fleeces, which angered the farmers."))).toBeNull();
  });
});

describe("an aside that says who holds the claim", () => {
  it("is never cut away to leave the claim as plain fact", () => {
    for (const reported of [
      "The lamp, the lock keepers believed, still burned on the old pier on foggy nights.",
      "The ferryman, according to the parish book, rowed the bishop across the flooded Senn.",
      "The ferryman rowed the bishop across the flooded Senn, according to a later chronicle.",
    ]) {
      expect(trimToMainClause(sentence(reported))).toBeNull();
      expect(trimToMainClause(sentence(reported), undefined, undefined, keeping)).toBeNull();
    }
    // An aside that adds a claim of its own still goes, and one that hedges only itself leaves the main clause plain.
    expect(trimToMainClause(sentence("The ferry, which was probably the oldest on the river, carried carts across the Senn."))?.text).toBe("The ferry carried carts across the Senn.");
  });
});

describe("a clause that doubts the claim before it", () => {
  it("is never cut away to leave that claim as plain fact", () => {
    for (const doubted of [
      "The tannery of Brell burned down in 1688, but this story is probably only a legend.",
      "The ferrymen built the first jetty at Senn Ford in 1391, and the tale was invented much later.",
      "The ferrymen built the first jetty at Senn Ford in 1391, though this is uncertain.",
      "The ferrymen built the first jetty at Senn Ford in 1391, which is probably untrue.",
    ]) {
      const trimmed = trimToMainClause(sentence(doubted), undefined, undefined, keeping);
      expect(trimmed === null || !trimmed.cut).toBe(true);
    }
    // A clause that adds a claim of its own is cut away as before.
    expect(trimToMainClause(sentence("The ferrymen built the first jetty at Senn Ford in 1391, although no plan of it survives."))?.text).toBe("The ferrymen built the first jetty at Senn Ford in 1391.");
  });
});

describe("the main statements of a kept hedge", () => {
  // Invented: a wool town's hall.
  const article =
    "The Wool Hall of Tarrow Vale\nThe wool hall of Tarrow Vale is a long stone building beside the river Senn. It was finished in 1642 after ten years of work. " +
    "The merchants of the vale probably paid for the hall with a tax on fleeces from 1631, which angered the hill farmers. " +
    "Many farmers believed that the tax would ruin the smallest flocks in the vale. " +
    "The hall held the wool market every Thursday for more than two hundred years. Today the building is a museum of weaving and dyeing.";

  it("asks the hedged claim as a true statement and never as a false one", () => {
    const asked: string[] = [];
    generateQuestions(article, { count: 10, seed: 1, trace: (q: GeneratedQuestion, verdict) => { if (q.type === "TRUE_FALSE" && verdict !== "low-confidence") asked.push(`${q.prompt} => ${q.answerText}`); } });
    const hedged = asked.filter((a) => /\b(?:probably|believed)\b/.test(a));
    expect(hedged).toContain("The merchants of the vale probably paid for the hall with a tax on fleeces from 1631. => True");
    expect(hedged.filter((a) => a.endsWith("=> False"))).toEqual([]);
  });
});
