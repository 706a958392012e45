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

  it("names the work only for an 'It' that is the work's: not a film's, nor a place's just named", () => {
    const opening = "The Lantern Orchard is a brief novel by the Welsh writer Ann Bryn, published in 1961, the year she moved to Canada. ";
    const setIn = (text: string) => [...candidates(text).keys()].filter((prompt) => /^The Lantern Orchard (?:is|was) set in/.test(prompt));
    // The film's setting, said of "It" after the film.
    const film = ORCHARD.replace("dreams of leaving for the city.", "dreams of leaving for the city. In 1990 the novel was made into a film by Tom Hale. It was set in Cardiff instead.");
    expect(setIn(film).some((prompt) => prompt.includes("instead"))).toBe(false);
    // A place's own setting, said of "It" after the author's village: no place is asked, but a time is still the work's.
    const village = ORCHARD.replace(opening, `${opening}As a girl Bryn lived in the village of Carrog. `).replace("It is set in the 1930s in the hills of Wales", "It is set in Wales in the 1930s");
    const asked = setIn(village);
    expect(asked.some((prompt) => /set in _____/.test(prompt))).toBe(false);
    expect(asked.some((prompt) => /in the _____/.test(prompt))).toBe(true);
  });

  it("writes in no work where the article retells none", () => {
    expect([...candidates(TRADE).keys()].some((prompt) => /^The Salt Road is set in/.test(prompt))).toBe(false);
  });
});
