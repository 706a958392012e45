import { describe, expect, it } from "vitest";
import { CLOSE_KIN, GRANDPARENTS, kinAlternation, SPOUSES, STEPCHILDREN } from "@/lib/generation/kin-words";

describe("kin-words", () => {
  it("joins the groups asked for, and any extra ties, into one alternation", () => {
    expect(kinAlternation(SPOUSES, GRANDPARENTS)).toBe("husband|wife|grandfather|grandmother");
    expect(kinAlternation(STEPCHILDREN, ["rival"])).toBe("stepson|stepdaughter|rival");
  });

  it("gives every list the close family, whole words in a pattern", () => {
    const kin = new RegExp(`\\b(?:${kinAlternation(CLOSE_KIN)})\\b`);
    expect(["her aunt Mira", "his brother Joss", "the daughter of Ren"].every((t) => kin.test(t))).toBe(true);
    expect(kin.test("the grandfather clock")).toBe(false);
  });
});
