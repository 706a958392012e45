import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented: a harbour town's story of the 1800s, where a figure of three digits after "in" or "from" is a page or a
// distance. As a year it was asked ("begins in _____") and offered as an option beside the town's real years.
const pellory = [
  "The Harbour Town of Pellory",
  "",
  "Pellory is a small harbour town on the cold northern coast of Varn. It was founded by fishing families in 1842.",
  "The old chronicle of the town runs to many pages, and the story of the great storm begins in 212, on the first page of the second book.",
  "The lighthouse was built in 1871, and its lamp can be seen from 300, or further on a clear night.",
  "A railway reached the town in 1880, and the first hotel opened in 1886. The fishing fleet was sold in 1899.",
].join("\n");

const threeFigures = (seed: number) =>
  generateQuestions(pellory, { count: 10, seed }).questions.flatMap((q) => [q.answerText, ...(q.options ?? []).map((o) => o.text)]).filter((t) => /^\d{3}$/.test(t));

describe("a three-figure year with no era, more than a thousand years before every four-figure year of the article", () => {
  it("is neither asked nor offered", () => {
    for (const seed of [1, 2, 3]) expect(threeFigures(seed)).toEqual([]);
  });
});
