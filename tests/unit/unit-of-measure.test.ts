import { describe, expect, it } from "vitest";
import { makeUnitQuestions } from "@/lib/generation/make-unit-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

const units = (text: string) => makeUnitQuestions(parseArticle(text).sentences, text, createRandom(1));

// Review s19b findings 9 and 8: a unit is asked only of a quantity that is itself a measure, and the units the article
// writes elsewhere are read from the same list that says what each unit measures.
describe("what a quantity is measured in", () => {
  it("asks nothing of a stuff or a thing, which is measured along several measures", () => {
    const text = "Bogs\n\nPeat is measured in tonnes. Wind speed is measured in knots. Heat is measured in joules. Bog depth is measured in metres.";
    const asked = units(text).map((q) => q.prompt);
    expect(asked).not.toContain("In what unit is peat measured?");
    expect(asked).toContain("In what unit is bog depth measured?");
  });

  it("gathers as options the units it knows the measure of", () => {
    const text = "Wrecks\n\nWind speed is measured in knots. Heat is measured in joules. The old wreck lies at 40 fathoms. The anchor weighs 3 tons.";
    const q = units(text).find((u) => u.prompt === "In what unit is wind speed measured?")!;
    expect(q.type).toBe("MULTIPLE_CHOICE");
    expect(q.options.map((o) => o.text).sort()).toEqual(["fathoms", "joules", "knots", "tons"]);
  });
});
