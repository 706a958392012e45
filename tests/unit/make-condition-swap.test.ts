import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makeConditionSwap } from "@/lib/generation/make-condition-swap";
import type { Sentence } from "@/lib/generation/types";

function pair(first: string, second: string): [Sentence, Sentence] {
  return [
    { text: first, start: 0, end: first.length, section: 0, inSummary: false },
    { text: second, start: first.length + 1, end: first.length + 1 + second.length, section: 0, inSummary: false },
  ];
}

const swapped = (first: string, second: string) => {
  const [a, b] = pair(first, second);
  return makeConditionSwap(a, b, `${first} ${second}`)?.prompt ?? null;
};

describe("one thing under two conditions in neighbouring sentences", () => {
  it("gives the first condition the second outcome, as a false statement", () => {
    expect(swapped("When the float sits low in the tank, the valve stays open.", "When the float rises to the rim, the valve stays shut.")).toBe(
      "When the float sits low in the tank, the valve stays shut.",
    );
    const [a, b] = pair("If the kiln runs hot, the glaze turns glossy and dark.", "If the kiln runs cool, the glaze turns chalky and bright.");
    expect(makeConditionSwap(a, b, "x")?.answerText).toBe("False");
  });
  it("refuses outcomes with no shared action, a shared or hedged outcome, different subjects, and mixed openers", () => {
    expect(swapped("When the float sits low, the valve lets water flow in.", "When the float rises, the pump is quiet.")).toBeNull();
    expect(swapped("When the float sits low, the valve lets water in.", "When the float rises, the valve also lets water in.")).toBeNull();
    expect(swapped("When the float sits low, the lamp glows.", "When the float rises, the lamp glows dimly.")).toBeNull();
    expect(swapped("When the float sits low, the valve opens the pipe.", "When the float rises, the valve may open the drain.")).toBeNull();
    expect(swapped("When the float sits low, the valve opens the pipe.", "When the pump starts, the valve opens the drain.")).toBeNull();
    expect(swapped("When the float sits low, the valve opens the pipe.", "If the float rises, the valve opens the drain.")).toBeNull();
  });
});

describe("two outcomes that may both hold", () => {
  it("refuses leftovers with no opposite or figure, and one outcome adding a conjunct", () => {
    expect(swapped("When the wind is strong, the river runs high and floods the meadow.", "When the wind is calm, the river runs high and reaches the mill.")).toBeNull();
    expect(swapped("If the gate is narrow, sheep pass quickly through the pen.", "If the gate is wide, sheep pass through the pen and the yard.")).toBeNull();
    expect(swapped("If the loaf is small, it bakes for at least 20 minutes.", "If the loaf is large, it bakes for at least 45 minutes.")).toBeNull();
  });
  it("keeps outcomes that differ by an opposite or by a figure", () => {
    expect(swapped("When the wind is strong, the mill turns fast.", "When the wind is calm, the mill turns slow.")).toBe("When the wind is strong, the mill turns slow.");
    expect(swapped("If the loaf is small, it bakes for 20 minutes.", "If the loaf is large, it bakes for 45 minutes.")).toBe("If the loaf is small, it bakes for 45 minutes.");
  });
});

describe("a condition swap in a whole article", () => {
  const article = [
    "How a Tank Float Works",
    "",
    "A float is a hollow ball on an arm that controls the water in a tank. The float was common in farm tanks long before pumps, and the arm was often made of brass.",
    "",
    "When the float sits low in the tank, the arm holds the valve open and water pours in. When the float rises near the rim, the arm holds the valve shut and the flow stops.",
    "",
    "The ball is made of copper or plastic. A bent arm can be adjusted to set the level of the water.",
  ].join("\n");
  it("offers the swapped outcome as a false statement the gates pass", () => {
    const fates = new Map<string, string>();
    generateQuestions(article, { count: 12, seed: 3, trace: (q, verdict) => q.type === "TRUE_FALSE" && fates.set(`${q.prompt} => ${q.answerText}`, verdict) });
    expect(["selected", "not-selected"]).toContain(fates.get("When the float sits low in the tank, the arm holds the valve shut and the flow stops. => False"));
  });
});
