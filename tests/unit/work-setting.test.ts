import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented study guides: the setting said of "It" right after a first sentence that names the work, its author, a year
// and another place, so no general rule may say what the "It" is.
const ORCHARD =
  "The Lantern Orchard: The Story of Mari\n\n" +
  "The Lantern Orchard is a brief novel by the Welsh writer Ann Bryn, published in 1961, the year she moved to Canada. " +
  "It is set in the 1930s in the hills of Wales, during a long drought that ruins the harvest. " +
  "The elder sister, Mari, works every hour of daylight, while the younger, Elin, dreams of leaving for the city.\n\n" +
  "When a storm flattens the orchard, Mari sells the family's horse to buy new trees. Elin takes a job at the mill to pay the debts, and the sisters rebuild the farm together.";
const TRADE =
  "The Salt Road: A Short History\n\n" +
  "The Salt Road is a route across the desert, first used by traders in 1820 from the port of Kell. " +
  "It is set in the 1930s within the borders of Mali, during the dry season, according to old maps.";

function candidates(text: string): Map<string, string> {
  const verdicts = new Map<string, string>();
  generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => verdicts.set(q.prompt, verdict) });
  return verdicts;
}

describe("a retold work's setting, said of 'It' (judges: the setting unasked on study guides)", () => {
  it("asks when the work is set, with the work named in the stem", () => {
    const made = [...candidates(ORCHARD)].filter(([prompt]) => prompt.startsWith("The Lantern Orchard is set in"));
    expect(made.map(([prompt]) => prompt)).toContain("The Lantern Orchard is set in the _____ in the hills of Wales, during a long drought that ruins the harvest. (a decade)");
    // Past every gate and check.
    expect(made.some(([, verdict]) => verdict === "selected" || verdict === "not-selected")).toBe(true);
  });

  it("writes in no work where the article retells none", () => {
    expect([...candidates(TRADE).keys()].some((prompt) => /^The Salt Road is set in/.test(prompt))).toBe(false);
  });
});
