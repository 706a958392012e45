import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article: two people brought in by their kind, each with a particle in the name.
const TEXT = `The Orrin Cut
The Orrin Cut is a ship canal across the narrow neck of land at Tarn. Work began in 1861. A company led by Pell de Karst, the engineer who had drained the Vell marshes, dug the first channel. Disease and landslides stopped the work in 1866. In 1870 a second company finished the cut with a set of locks, and the first ships passed through in 1871. A sailor named Odo van Rell, who charted the channel, wrote the first guide to it.`;

function candidates(): GeneratedQuestion[] {
  const seen: GeneratedQuestion[] = [];
  generateQuestions(TEXT, { count: 10, seed: 1, trace: (q) => seen.push(q) });
  return seen;
}

describe("a name with a particle, brought in by its kind", () => {
  it("is the whole name, not its last word", () => {
    const all = candidates();
    const keyed = (name: string) => all.filter((q) => q.answerKey.kind === "text" && q.answerKey.accepted.some((a) => a.endsWith(name)));
    expect(keyed("Karst").length).toBeGreaterThan(0);
    for (const q of keyed("Karst")) expect(q.answerKey.kind === "text" && q.answerKey.accepted).toContain("Pell de Karst");
    for (const q of keyed("Rell")) expect(q.answerKey.kind === "text" && q.answerKey.accepted).toContain("Odo van Rell");
  });
});
