import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

const prompts = (text: string) => {
  const out: string[] = [];
  generateQuestions(text, { count: 20, seed: 1, keepUnsure: true, trace: (q) => out.push(q.prompt) });
  return out;
};

describe("a linking word set inside a cloze stem", () => {
  it("goes, with the comma a verb does not take, and stays where an opening phrase needs it", () => {
    const text = [
      "The Treaty of Varn",
      "",
      "In 1801 the northern towns of Kell agreed to a treaty of trade with the river port of Dunmore. Three towns signed it at once. Their leader, Osric Vale, however, refused to sign the treaty until the harbour taxes were lowered. On 4 March 1802, however, the merchants of Dunmore sent a new offer to the towns.",
    ].join("\n");
    const all = prompts(text);
    expect(all.some((p) => /^On _____, the merchants/.test(p))).toBe(true);
    for (const p of all) expect(p).not.toMatch(/\bhowever\b/);
  });
});
