import { describe, expect, it } from "vitest";
import { baseOfPast } from "@/lib/generation/past-forms";
import { whyQuestion } from "@/lib/generation/why-question";

// One answer for the base of a past, for the denial's "did not …" and the why-question's "Why did …" (invented sentences).
describe("baseOfPast", () => {
  it("gives the base of a past from the table, the tagger or the lexicon", () => {
    expect(baseOfPast("drew")).toBe("draw");
    expect(baseOfPast("strode")).toBe("stride");
    expect(baseOfPast("rowed")).toBe("row");
    expect(baseOfPast("cut")).toBe("cut");
  });

  it("gives none for a participle that is no past, nor for a base that does not turn back into the word", () => {
    expect(baseOfPast("taken")).toBe("");
    expect(baseOfPast("written")).toBe("");
    expect(baseOfPast("skiied")).toBe("");
  });

  it("is what the why-question asks after 'did': a past the table knows is asked with its base", () => {
    expect(whyQuestion("The miller spilt the flour on the floor")).toBe("Why did the miller spill the flour on the floor?");
  });
});
