import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { dropsCondition } from "@/lib/generation/statement-claims";
import type { GeneratedQuestion } from "@/lib/generation/types";

const ALL = ["MULTIPLE_CHOICE", "FILL_BLANK", "TRUE_FALSE", "ORDERING", "MATCHING"] as const;

function trout(opening: string): string {
  return `Mountain Trout\n\nTrout are fish of cold, clear streams. ${opening}he fish grow large because the bottom water stays cold all summer. Anglers catch them in spring with small flies. The fish lay their eggs in gravel beds in autumn. Young trout hide under stones for their first year.`;
}

function statements(text: string): { fate: string; q: GeneratedQuestion }[] {
  const out: { fate: string; q: GeneratedQuestion }[] = [];
  for (const seed of [1, 2, 3]) generateQuestions(text, { count: 12, seed, types: [...ALL], trace: (q, fate) => q.type === "TRUE_FALSE" && out.push({ fate, q }) });
  return out;
}

describe("a restated statement keeps its sentence's condition", () => {
  it("restates a reason after its result where the sentence opens with a time, which bounds no claim of cause", () => {
    const shipped = statements(trout("In winter, t")).filter((s) => s.fate === "selected").map((s) => s.q.prompt);
    expect(shipped).toContain("The fish grow large because the bottom water stays cold all summer.");
  });

  it("never ships a reason restated without the case its sentence opened with", () => {
    const made = statements(trout("In cold lakes, t")).filter((s) => s.q.keyKind === "cause" && !/cold lakes/.test(s.q.prompt));
    expect(made.map((s) => s.q.prompt)).toContain("The fish grow large because the bottom water stays cold all summer.");
    for (const s of made) expect(s.fate).toBe("statement-drops-condition");
  });

  it("keyed False, refuses a statement the article leaves open beyond its opening's limit or time bound", () => {
    // Affirmed without its time bound, a negative may be true after it.
    expect(dropsCondition("The hamlet had a bakery.", "Until 1871, the hamlet had no bakery.", true)).toBe(true);
    // Denied without an opening that says the state changed, the statement says the later state.
    expect(dropsCondition("The herders did not keep goats.", "At first, the herders kept goats.", true)).toBe(true);
    // A value swapped inside a limit or a span of time may still meet it.
    expect(dropsCondition("When cooled below 12 degrees, the glaze cracks.", "When cooled below 4 degrees, the glaze cracks.", true)).toBe(true);
    expect(dropsCondition("By 1884, the hamlet had two wells.", "By 1879, the hamlet had two wells.", true)).toBe(true);
    expect(dropsCondition("Until 1874, the hamlet had no bakery.", "Until 1871, the hamlet had no bakery.", true)).toBe(true);
  });

  it("keyed False, keeps a swap at a point in time or outside the opening, and a denial of a plain dated fact", () => {
    expect(dropsCondition("In 1868, the millers built a weir.", "In 1864, the millers built a weir.", true)).toBe(false);
    expect(dropsCondition("By 1879, the hamlet had five wells.", "By 1879, the hamlet had two wells.", true)).toBe(false);
    expect(dropsCondition("The millers did not build a weir.", "In 1864, the millers built a weir.", true)).toBe(false);
  });

  it("keyed False, refuses a detail swapped inside a condition or case, a claim about another case the article leaves open", () => {
    // (Once asserted false: the coast's villages may well have salty wells too, so that key was unsafe.)
    expect(dropsCondition("In most villages of the coast, the well water is salty.", "In most villages of the marsh, the well water is salty.", true)).toBe(true);
    expect(dropsCondition("When Lorvania declared war on Brasko, Tessan followed within a week.", "When Marrow declared war on Brasko, Tessan followed within a week.", true)).toBe(true);
  });
});
