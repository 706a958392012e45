import { describe, expect, it } from "vitest";
import { restatedCause } from "@/lib/generation/make-cause-questions";

// Invented sentences about a made-up map and a made-up river port.
const article = "Unlike the river, there is no natural mark for the border, so the two towns had to draw one. The hills are steep, so the carts go slowly.";

describe("a reason and its effect said the other way round ('E because R')", () => {
  it("is not said when the effect's 'one' stands for a noun the reason names, or the reason opens with 'unlike …,'", () => {
    expect(restatedCause("the two towns had to draw one", "unlike the river, there is no natural mark for the border", article)).toBeNull();
    expect(restatedCause("the two towns had to draw a line", "unlike the river, there is no natural mark for the border", article)).toBeNull();
    expect(restatedCause("the two towns had to draw one", "there is no natural mark for the border", article)).toBeNull();
    expect(restatedCause("the carts go slowly", "the hills are steep", article)).toBe("The carts go slowly because the hills are steep.");
  });
});
