import { describe, expect, it } from "vitest";
import { BLANK } from "@/lib/generation/blank";
import { clozeFor } from "@/lib/generation/make-cloze";
import { sameNumberOnce } from "@/lib/generation/repeated-figure";
import type { Sentence } from "@/lib/generation/types";

// Invented sentences that give one figure twice.
const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 0 }) as Sentence;

describe("a figure the sentence gives twice", () => {
  it("writes the second one as 'the same number of' in a number blank's stem", () => {
    const s = sentence("The tower leans until it reaches 12 degrees east at noon and 12 degrees west at dusk.");
    const at = s.text.indexOf("12");
    expect(clozeFor(s, { text: "12", type: "NUMBER", start: at, end: at + 2 })).toBe(
      `The tower leans until it reaches ${BLANK} degrees east at noon and the same number of degrees west at dusk.`,
    );
  });
  it("leaves a stem alone where the words would not read or the figure is not repeated", () => {
    const every = `Each hall seats ${BLANK} guests for every 40 guests outside.`;
    expect(sameNumberOnce(every, "40")).toBe(every);
    const once = `Each cask holds ${BLANK} litres and each jug 3 litres.`;
    expect(sameNumberOnce(once, "40")).toBe(once);
    const thrice = `Each box holds ${BLANK} nails, and 40 screws and 40 hooks.`;
    expect(sameNumberOnce(thrice, "40")).toBe(thrice);
  });
  it("changes no figure that only begins like the key", () => {
    const longer = `A day has ${BLANK} hours and 240 minutes of light.`;
    expect(sameNumberOnce(longer, "24")).toBe(longer);
  });
  it("leaves a stem alone where another figure comes between, which 'the same number' would be read as", () => {
    const between = `The price rose from ${BLANK} coins to 15 coins, then fell back to 12 coins.`;
    expect(sameNumberOnce(between, "12")).toBe(between);
    const words = `The herd grew from ${BLANK} goats to forty goats, then fell back to 12 goats.`;
    expect(sameNumberOnce(words, "12")).toBe(words);
    expect(sameNumberOnce(`Our club won ${BLANK} games in 1990 and 12 games in 1991.`, "12")).toBe(
      `Our club won ${BLANK} games in 1990 and the same number of games in 1991.`,
    );
  });
});
