import { describe, expect, it } from "vitest";
import { dangles } from "@/lib/generation/question-stems";

// Invented sentences: a thing's "it" right after a verb, where the only nouns before it sit in that verb's own subject.
describe("an object 'it' after a subject with a phrase of its own", () => {
  it("is refused: the subject's phrase names no thing it acts on", () => {
    expect(dangles("Wind off the high moor slowly pushed it south, and it ran aground on _____, two days after sailing.")).toBe(true);
    expect(dangles("The crew of the barge towed it home in _____.")).toBe(true);
    expect(dangles("The council of Arnholt rebuilt it in _____.")).toBe(true);
  });

  it("stands where a clause break or another verb comes between", () => {
    expect(dangles("The storm hit the harbour wall and broke it in _____.")).toBe(false);
    expect(dangles("In _____ the masons finished the dam, and water from the lake filled it.")).toBe(false);
    expect(dangles("The barge reached the dock, and the crew towed it home.")).toBe(false);
  });
});
