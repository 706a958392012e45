import { describe, expect, it } from "vitest";
import { pointsOutside } from "@/lib/generation/check-stems";

// Invented sentences about an invented orchard, written for these tests.
describe("a later sentence of the stem naming what the shown sentence told", () => {
  it("lets 'This effect is called _____' stand after the sentence it names, not alone or with another verb", () => {
    const told = "When most trees in a grove flower together, the bees stay all season, so even the late trees are pollinated.";
    expect(pointsOutside(`${told} This effect is called _____.`)).toBe(false);
    expect(pointsOutside(`${told} These visits are known as _____.`)).toBe(false);
    // Alone, "this effect" points to a sentence the quiz does not show.
    expect(pointsOutside("This effect is called _____.")).toBe(true);
    // A claim about "this effect", not a naming of it, still leans on more than the stem says.
    expect(pointsOutside(`${told} This effect lasted until _____.`)).toBe(true);
  });
});
