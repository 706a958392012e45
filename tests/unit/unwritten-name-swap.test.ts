import { describe, expect, it } from "vitest";
import { negateStatement } from "@/lib/generation/negate-statement";
import { falseVersionsIn } from "../support/false-versions";
import { spanIn } from "../support/key-span";

// Invented: two bodies, one named with its seat after "of".
const org = (text: string, article: string, from = 0) => spanIn("ORG", text, article, from);

describe("a false statement names only what the article names", () => {
  it("does not swap the head of a longer name ('<a guild> of <a city>'), which makes a name the article never writes", () => {
    const text = "Ilse Marr\n\nAs a weaver, Ilse Marr was not permitted to join the Dyers Guild of Tarsa. In 1880 the Salt Company gave her a prize.";
    const spans = [org("Dyers Guild", text), org("Salt Company", text)];
    const made = falseVersionsIn(text, "As a weaver, Ilse Marr was not permitted to join the Dyers Guild of Tarsa.", { allSpans: spans, how: "name" });
    expect(made.some((s) => /Salt Company of Tarsa/.test(s))).toBe(false);
  });

  it("denies no claim of no sure size and no count of kinds the sentence leaves unnamed", () => {
    expect(negateStatement("Life in the valley changed in many ways.")).toBeNull();
    expect(negateStatement("The tide table depends on two measurements.")).toBeNull();
    expect(negateStatement("The harbour grew greatly.")).toBeNull();
    // A count of things that are no kinds is a fact: it is denied as before.
    expect(negateStatement("The guild owned two ships.")).toBe("The guild did not own two ships.");
  });
});
