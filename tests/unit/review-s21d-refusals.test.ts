import { describe, expect, it } from "vitest";
import { pointsOutside } from "@/lib/generation/check-stems";
import { parseArticle } from "@/lib/generation/parse-article";
import { scopeSetBefore } from "@/lib/generation/scope-set-before";
import type { Span } from "@/lib/generation/types";
import { falseVersionsIn } from "../support/false-versions";

// Our own invented sentences: a seized quarry, two ballot rules, a guild charter and a realm with its eastern half.
describe("stems a shown sentence cannot mend", () => {
  it("refuse a bare 'this' in any sentence of the stem", () => {
    expect(pointsOutside("Dorr lay on the edge of both duchies. Queen Ilsa used this as a reason for a war on Dorr in _____.", "")).toBe(true);
  });

  it("refuse 'this system' even after a sentence that names a system", () => {
    expect(pointsOutside("A count may need many rounds, unlike the single-mark system. In 1880 the town of _____ moved to this system.", "Ballot Systems")).toBe(true);
  });
});

describe("a frame opening the statement's own sentence", () => {
  it("is cut only at the cost of the statement", () => {
    const { sentences } = parseArticle("Guild Rule in Tamm\n\nUnder the old charter, each guild named two members of the town court. Under the new charter of 1530, the court was drawn by lot.");
    const at = sentences.findIndex((s) => s.text.startsWith("Under the old charter"));
    expect(scopeSetBefore("Each guild named two members of the town court.", sentences, at)).toBe(true);
    expect(scopeSetBefore("Under the old charter, each guild named two members of the town court.", sentences, at)).toBe(false);
  });
});

describe("a part put in for its whole", () => {
  it("is never the false name (what ended the whole ended the part)", () => {
    const text = "The End of Tull\n\nVesk, the southern half of the old Tull Empire, was ruled by Duke Amber. The great flood of 1211 ended the Tull Empire. The Orn League sent no help.";
    const at = (name: string, from = 0): Span => {
      const start = text.indexOf(name, from);
      return { type: "ORG", text: name, start, end: start + name.length };
    };
    const spans = [at("Vesk"), at("Tull Empire"), at("Tull Empire", text.indexOf("ended")), at("Orn League")];
    const made = falseVersionsIn(text, "The great flood of 1211 ended the Tull Empire.", { allSpans: spans, how: "name" });
    expect(made.some((s) => /\bVesk\b/.test(s))).toBe(false);
    expect(made.length).toBeGreaterThan(0);
  });
});
