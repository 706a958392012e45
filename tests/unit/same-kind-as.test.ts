import { describe, expect, it } from "vitest";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { kindsOfDefinedTerm, sameKindAs } from "@/lib/generation/kind-of-defined-term";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a volcano article that names a term by pointing back ("this is often called tephra") and says what it is later.
const ROCKS = `Rocks of the Tarn Volcano

Rocks that cool in a few hours are called vitrics. Rocks that cool over many years are called granulars.

The blast throws out hot dust and grit. Near the vent, this is often called tephra. Tephra is a loose ash that buries the fields.`;

describe("one rule for an option of the key's kind", () => {
  it("admits anything for a key of no known kind, an option of no known kind only when vouched for, else a shared kind", () => {
    const rock = new Set(["rock", "stone"]);
    expect(sameKindAs(new Set(), new Set(["crust"]))).toBe(true);
    expect(sameKindAs(rock, new Set())).toBe(false);
    expect(sameKindAs(rock, new Set(), true)).toBe(true);
    expect(sameKindAs(rock, new Set(["stone"]))).toBe(true);
    expect(sameKindAs(rock, new Set(["crust"]), true)).toBe(false);
  });

  it("reads a defined term's kind from the whole article, as for any term ('Tephra is a loose ash')", () => {
    const defs = findDefinitions(parseArticle(ROCKS).sentences);
    const tephra = defs.find((d) => d.term === "tephra" && d.pattern === "called");
    expect(tephra).toBeDefined();
    expect([...kindsOfDefinedTerm(tephra!, ROCKS)]).toEqual(["ash"]);
    const vitrics = defs.find((d) => d.term === "vitrics")!;
    expect([...kindsOfDefinedTerm(vitrics, ROCKS)]).toEqual(["rock"]);
    // So tephra is no option beside kinds of rock: an ash is not a rock.
    expect(sameKindAs(kindsOfDefinedTerm(vitrics, ROCKS), kindsOfDefinedTerm(tephra!, ROCKS))).toBe(false);
  });
});
