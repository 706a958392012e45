import { describe, expect, it } from "vitest";
import type { TermList } from "@/lib/generation/find-lists";
import { falseVersionsIn } from "../support/false-versions";

// Our own sentences about an invented kiln. The terms an article defines are offered as one list of siblings; where the
// article says what kind the statement's term is, a defined term of no such kind put in its place makes a statement that
// is false only by being absurd ("dipped in runny chimney" for "dipped in runny slip").
const TEXT = [
  "The Potters of Wennet",
  "",
  "Slip is a thin clay.",
  "Glaze is a glassy clay.",
  "The chimney is the tall part above the firebox.",
  "Each bowl is dipped in runny slip.",
].join("\n");

const defined = (...terms: string[]): TermList & { defined: boolean } => ({ items: terms.map((text) => ({ text, start: 0, end: 0 })), sentenceIndex: -1, lead: "", defined: true });

const swaps = (statement: string, list: TermList & { defined?: boolean }) => falseVersionsIn(TEXT, statement, { lists: [list], how: "sibling" });

describe("a defined term swapped into a statement", () => {
  it("takes only a term the article makes of the same kind", () => {
    const statement = "Each bowl is dipped in runny slip.";
    expect(swaps(statement, defined("slip", "chimney"))).toEqual([]);
    expect(swaps(statement, defined("slip", "glaze"))).toEqual(["Each bowl is dipped in runny glaze."]);
  });

  it("keeps a plain list of siblings as it was (no kinds are read where the list is the article's own)", () => {
    const statement = "Each bowl is dipped in runny slip.";
    const plain = { ...defined("slip", "chimney"), defined: undefined };
    expect(swaps(statement, plain)).toEqual(["Each bowl is dipped in runny chimney."]);
  });
});
