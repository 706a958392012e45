import { describe, expect, it } from "vitest";
import { dangles } from "@/lib/generation/question-stems";

describe("a plural pronoun after a man and a woman pointed to", () => {
  it("may mean the pair, and does not dangle", () => {
    // Invented: "he" and "her" before "their" are two people the "their" can stand for.
    expect(dangles("In _____, Anton drowned when he fell from a ferry on the Varn, leaving her to raise their three sons alone.")).toBe(false);
  });

  it("still dangles with one person only before it", () => {
    expect(dangles("In _____, Anton drowned when he fell from a ferry on the Varn, and their house was sold.")).toBe(true);
  });
});
