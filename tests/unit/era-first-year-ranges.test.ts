import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented: a governor of the hill town of Dorrin, dated in the common era with the mark written before each year.
const dorrin =
  "Governor Pell\n\nPell was a governor of the hill town of Dorrin. He was born in AD 15 in a farm by the lake. " +
  "He governed the town from AD 44 to AD 57 and paved its main square. He died in AD 71 or AD 72 after a winter fever. " +
  "His daughter Tirra governed after him and rebuilt the granary.";

function prompts(text: string): string[] {
  const out = new Set<string>();
  for (let seed = 1; seed <= 8; seed++) {
    for (const q of generateQuestions(text, { count: 12, seed, keepUnsure: true }).questions) out.add(`${q.prompt} => ${q.answerText}`);
  }
  return [...out];
}

describe("years with the era written first", () => {
  it("leave either end of an either-or or a range unasked, as the same years without the mark are", () => {
    const asked = prompts(dorrin);
    expect(asked.filter((p) => /AD _____ or AD|or AD _____|to AD _____|from AD _____ to/.test(p))).toEqual([]);
  });
});
