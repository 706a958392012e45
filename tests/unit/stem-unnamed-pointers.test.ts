import { describe, expect, it } from "vitest";
import { pointsOutside } from "@/lib/generation/check-stems";

// Invented sentences, each in the shape of a stem that leaned on a sentence it did not show.
describe("a stem that points to what only a sentence before named", () => {
  it("flags a stem opening on a pointing 'that' and a noun", () => {
    expect(pointsOutside("Today that strip of marsh is part of the _____, a bird reserve.")).toBe(true);
    expect(pointsOutside("That winter the mill on the Vesk burned down.")).toBe(true);
  });

  it("flags 'this stage', a bare 'example' and 'the title' with nothing naming them", () => {
    expect(pointsOutside("Most towns in the north reached this stage in the _____.")).toBe(true);
    expect(pointsOutside("_____, whose harbour silted up around 1700, is a famous example.")).toBe(true);
    expect(pointsOutside("Orvel passed the title to his nephew Brann in _____.")).toBe(true);
  });

  it("keeps a stage, example or title the stem names", () => {
    expect(pointsOutside("Orvel took the title of warden in _____.")).toBe(false);
    expect(pointsOutside("Ruling queens, given the title _____, sometimes led the river kingdom.")).toBe(false);
    expect(pointsOutside("_____ is an example of a tidal island.")).toBe(false);
    expect(pointsOutside("The first stage of the cycle ends when this stage of growth stops in _____.")).toBe(false);
  });
});
