import { describe, expect, it } from "vitest";
import { pointsOutside } from "@/lib/generation/check-stems";

// Invented sentences.
describe("a place 'there' right after its noun, before a verb of being", () => {
  it("points to a place the stem never names", () => {
    expect(pointsOutside("The walls there are built of grey slate from the hills.")).toBe(true);
    expect(pointsOutside("The huts there were roofed with reed.")).toBe(true);
  });

  it("is not the opening 'there are', nor a place the stem names", () => {
    expect(pointsOutside("There are many walls of grey slate in the hills.")).toBe(false);
    expect(pointsOutside("Settlers reached Velmar, and the huts there were roofed with reed.")).toBe(false);
  });
});
