import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented. The sentence before "As a result" sets a fact against another ("A, but B"): the result follows from the
// contrast (mostly from B), never from A alone, so "C because A" would be a false cause kept as true.
const CONTRAST =
  "How Pontoons Float\n\nA pontoon is a floating platform used on lakes and rivers. Builders in the valley of Morn have made pontoons for centuries. " +
  "Each pontoon is tied to a wooden post on the shore.\n\n" +
  "Granite on its own is roughly three times as heavy as water, but a pontoon's frame is shaped like a box filled mostly with air. " +
  "As a result, every pontoon has an average density below water's, and it rides high on the lake. " +
  "If the box cracks and water pours in, the pontoon sinks.\n\nFarmers use pontoons to carry sheep across the lake every spring. The crossing takes about two hours.";

function prompts(text: string): string[] {
  const out: string[] = [];
  for (const seed of [1, 2]) generateQuestions(text, { count: 10, seed, trace: (q) => out.push(q.prompt) });
  return out;
}

describe("a result told in the sentence after a contrast", () => {
  it("takes no half of the contrast as its reason", () => {
    const all = prompts(CONTRAST);
    expect(all.filter((p) => /because granite/i.test(p))).toEqual([]);
    expect(all.filter((p) => /^Why /.test(p) && /average density/.test(p))).toEqual([]);
  });

  it("still takes a plain sentence before as the reason", () => {
    const plain = CONTRAST.replace("Granite on its own is roughly three times as heavy as water, but a", "A");
    expect(prompts(plain).some((p) => /because a pontoon's frame is shaped like a box/i.test(p) || (/^Why /.test(p) && /average density/.test(p)))).toBe(true);
  });
});
