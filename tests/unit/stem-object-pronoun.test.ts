import { describe, expect, it } from "vitest";
import { pointsOutside } from "@/lib/generation/check-stems";

// Invented sentences.
describe("an object pronoun right after its own clause's verb", () => {
  it("dangles when its clause's subject is the only word that could name whom it means", () => {
    expect(pointsOutside("In _____ the Weavers' Guild named her as one of its five honoured members.")).toBe(true);
    expect(pointsOutside("The duke gave him the rank of marshal, the highest in the army.")).toBe(true);
  });

  it("stands when a word before its clause, or an owner in it, may name whom it means", () => {
    expect(pointsOutside("When Ada Brenn was ten, her aunt taught her to weave.")).toBe(false);
    expect(pointsOutside("After Orlen Vask won the race, the crowd cheered him loudly.")).toBe(false);
    expect(pointsOutside("Ada Brenn's teacher praised her in _____.")).toBe(false);
    expect(pointsOutside("The duke honoured Ada Brenn and gave her land in _____.")).toBe(false);
  });
});
