import { describe, expect, it } from "vitest";
import { gateFailure } from "@/lib/generation/gates";
import { typedBlank } from "../support/typed-blank";

describe("the give-away gate reads a key's words as letters", () => {
  it("does not throw on a bracket inside a key word", () => {
    // Invented: a name written with a bracketed letter.
    const q = typedBlank("The ferry was named for Lady Ann(e) Corvel in 1902.", "Ann(e) Corvel");
    expect(() => gateFailure(q, q.source.sentence)).not.toThrow();
    expect(gateFailure(q, q.source.sentence)).toBeNull();
  });

  it("reads a dot in a key word as a dot, not as any letter", () => {
    // Invented: "jabowl" is no form of "J.Bowe"; an unescaped dot made it one and refused the question.
    const sentence = "The jabowl race was won by J.Bowe of Tarn.";
    const q = typedBlank(sentence, "J.Bowe");
    expect(gateFailure(q, sentence)).toBeNull();
  });
});
