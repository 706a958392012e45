import { describe, expect, it } from "vitest";
import { mentions, namesWhole, termPattern } from "@/lib/generation/whole-words";

describe("whole-words", () => {
  it("finds a term whole and case-blind, never inside a longer or hyphenated word", () => {
    expect(mentions("The Marsh rose by a foot.", "marsh")).toBe(true);
    expect(mentions("The marshes rose.", "marsh")).toBe(false);
    expect(mentions("A marsh-bird called.", "marsh")).toBe(false);
    expect(mentions("Önsel fell.", "önsel")).toBe(true);
  });

  it("counts a possessive as naming the term, but not as naming a name", () => {
    expect(mentions("The Tribunal's ruling stood.", "Tribunal")).toBe(true);
    expect(namesWhole("The Tribunal's ruling stood.", "Tribunal")).toBe(false);
    expect(namesWhole("The Tribunal ruled.", "tribunal")).toBe(true);
    expect(namesWhole("Ada O'Vell spoke.", "Vell")).toBe(false);
  });

  it("hands back one pattern per term, safe to share between exec and test", () => {
    const pattern = termPattern("reed");
    expect(termPattern("reed")).toBe(pattern);
    expect(pattern.exec("a reed and a reed")?.index).toBe(2);
    expect(pattern.test("reeds")).toBe(false);
    expect(pattern.exec("one reed")?.index).toBe(4);
  });
});
