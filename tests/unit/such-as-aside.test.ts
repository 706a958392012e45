import { describe, expect, it } from "vitest";
import { dangles, needsContext } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";

// Invented sentences: ", such as …," gives examples of the words before it, so it points back to nothing.
const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });

describe("an aside of examples opened by “such as”", () => {
  it("is no pointer back to the sentence before", () => {
    expect(needsContext(sentence("Hard woods, such as oak and ash, are used for the frames of carts."))).toBe(false);
    expect(needsContext(sentence("A rope that is thicker than a finger, such as a mooring line, will hold a barge."))).toBe(false);
  });

  it("leaves a stem that opens on a blank and such an aside standing alone", () => {
    expect(dangles("_____ woods, such as oak and ash, are used for the frames of carts. (a kind of wood)")).toBe(false);
  });

  it("still reads a “such” that points back as a pointer", () => {
    expect(needsContext(sentence("In the dry years, such losses ruined many farms along the river."))).toBe(true);
    expect(dangles("Such losses ruined many farms along the river.")).toBe(true);
  });
});
