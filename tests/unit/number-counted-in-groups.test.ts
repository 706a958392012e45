import { describe, expect, it } from "vitest";
import { ruledOutByStem, stemWorksOut } from "@/lib/generation/fair-number-options";
import { keyOf } from "../support/key-span";

// Judges failed a count whose stem also gave it in pairs: halving or doubling the stem's figure names the key.
const number = (text: string) => keyOf("NUMBER", text);

describe("a count the stem also gives in groups", () => {
  it("is worked out by doubling the pairs or halving the whole", () => {
    expect(stemWorksOut(number("38"), "Each glass frog egg holds _____ strands, bound in 19 pairs.")).toBe(true);
    expect(stemWorksOut(number("19"), "Each glass frog egg holds 38 strands, bound in _____ pairs.")).toBe(true);
    expect(stemWorksOut(number("36"), "The Veldt choir sang for _____ guests, three dozen in all.")).toBe(true);
    expect(ruledOutByStem(number("38"), "52", "Each glass frog egg holds _____ strands, bound in 19 pairs.")).toBe(true);
  });

  it("leaves a count the groups do not settle", () => {
    expect(stemWorksOut(number("40"), "Each glass frog egg holds _____ strands, bound in 19 pairs.")).toBe(false);
    expect(stemWorksOut(number("38"), "Each glass frog egg holds _____ strands, bound in tight bundles.")).toBe(false);
    expect(ruledOutByStem(number("40"), "52", "Each glass frog egg holds _____ strands, bound in 19 pairs.")).toBe(false);
  });
});
