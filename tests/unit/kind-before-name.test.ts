import { describe, expect, it } from "vitest";
import { findPlaceNames } from "@/lib/generation/find-place-names";

function names(text: string): string[] {
  return findPlaceNames(text, [{ start: 0, end: text.length }], []).map((s) => s.text);
}

// Invented sentences: a mill on an invented river, and an invented germ.
describe("a name after the word for its kind", () => {
  it("reads a river's one-word name, never with the relative word after it (a wrong key 'Tane that')", () => {
    const found = names("The Mill of Harlow is a stone water mill on the river Tane that was built in the 13th century.");
    expect(found).not.toContain("Tane that");
  });

  it("still reads a living thing's two-word name after its kind", () => {
    expect(names("Doctors learned that the bacterium Velsia orlensis was carried by fleas.")).toContain("Velsia orlensis");
  });
});
