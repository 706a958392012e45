import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
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
});
