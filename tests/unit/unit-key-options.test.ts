import { describe, expect, it } from "vitest";
import { optionsMisfit } from "@/lib/generation/check-options";
import { draftQuestion, lettered } from "../support/draft-question";

// Invented: a made-up canal's locks.
const ARTICLE = "The Brennick Canal has locks only 4 metres wide, with gentle bends and no towpath. Its barges were measured in feet and yards, its length in miles.";
const question = (options: string[]) => draftQuestion({ prompt: "The Brennick Canal has locks only 4 _____ wide.", answerText: "metres", options: lettered(...options) });

describe("a unit word blanked after a figure", () => {
  it("is a misfit among options that are no units", () => {
    expect(optionsMisfit(question(["metres", "gentle bends", "no towpath"]), ARTICLE)).toBe(true);
  });

  it("stands among other units", () => {
    expect(optionsMisfit(question(["metres", "miles", "feet", "yards"]), ARTICLE)).toBe(false);
  });
});
