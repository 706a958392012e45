import { describe, expect, it } from "vitest";
import { pointsOutside } from "@/lib/generation/check-stems";

describe("a stem opening on a comparative whose other side is not shown", () => {
  it("refuses a real comparative and keeps an adverb that only ends in -er", () => {
    expect(pointsOutside("Wider but also shallower, the _____ drains the eastern marsh.")).toBe(true);
    // "Altogether" sums up; it compares nothing, and the claim stands alone.
    expect(pointsOutside("Altogether, salt flats and dry lakes cover about _____ of the valley floor.")).toBe(false);
    expect(pointsOutside("Whenever, and wherever, the guild met, its members wore _____ hats.")).toBe(false);
  });
});
