import { describe, expect, it } from "vitest";
import { eraInClosingPhrase, eraInParenthesis, eraShownByYear } from "@/lib/generation/check-framing-eras";
import { keyAt as at } from "../support/key-span";

// Invented sentences about a made-up temple: the era marks read as year-eras spells them, dotted or not.
describe("framing eras with every spelling of the era mark", () => {
  it("reads a dotted mark after a closing or parenthetical era", () => {
    const closing = "The temple of Ammar stood for the rest of the 2nd century A.D.";
    expect(eraInClosingPhrase(closing, ...at(closing, "2nd century"))).toBe(true);
    const aside = "The temple, by the late 3rd century B.C.E., had lost its roof.";
    expect(eraInParenthesis(aside, ...at(aside, "3rd century"))).toBe(true);
  });

  it("matches a year shown with a dotted mark to an era key of the same era", () => {
    expect(eraShownByYear("In the early _____, in 290 B.C.E., the roof fell.", "3rd century BCE")).toBe(true);
    expect(eraShownByYear("In the early _____, in 290 B.C.E., the roof fell.", "3rd century")).toBe(false);
  });
});
