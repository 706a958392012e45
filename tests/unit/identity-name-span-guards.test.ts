import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own articles: a name run after a capitalised opening word, an "X of Y" place, and a "who" after "the crew under a …".
const CUT = `The Orrin Cut
The Orrin Cut is a ship canal across the neck of land at Tarn. Work began in 1861. Under Pell de Karst, the engineer who drained the Vell marshes, the first channel was dug. In 1870 a second company finished the cut. Ships crossed the Gulf of Arden, the bay which lies north of the cut, to reach it.`;
const FLOOD = `The Kell Flood
The Kell Flood struck the valley of Orn in the spring of 1848. The waters rose for nine days. It was ended by the crew under a captain named Rusk Ober, who mutinied in the second week. They were led by the men with a captain named Tov Lasse, who steered the boats to the hills. The farms were rebuilt by 1852.`;

function candidates(text: string): GeneratedQuestion[] {
  const seen: GeneratedQuestion[] = [];
  for (let seed = 1; seed <= 4; seed++) generateQuestions(text, { count: 10, seed, keepUnsure: true, trace: (q) => seen.push(q) });
  return seen;
}
const accepted = (q: GeneratedQuestion) => (q.answerKey.kind === "text" ? q.answerKey.accepted : []);

describe("a name asked by the kind after it", () => {
  it("does not start on a capitalised opening word", () => {
    for (const q of candidates(CUT)) expect(accepted(q).some((a) => /^Under /.test(a))).toBe(false);
  });

  it("is not the last word of an 'X of Y' place name", () => {
    for (const q of candidates(CUT)) expect(accepted(q)).not.toEqual(["Arden"]);
  });

  it("is not asked when a noun and a preposition stand before 'a <kind> named'", () => {
    const asked = candidates(FLOOD).filter((q) => /^Which captain /.test(q.prompt));
    expect(asked).toEqual([]);
  });
});
