import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented. "rises until it floats high in the air": the point the change goes on to is one only that direction reaches,
// so "falls until it floats high in the air" contradicts itself and is no false claim the article settles.
const ARTICLE =
  "Hot Air Balloons\n\nA hot air balloon is a large bag of cloth with a basket hanging below it. A burner heats the air inside the bag.\n\n" +
  "When the burner is lit, the balloon rises until it floats high in the air. Pilots control the height of the balloon by turning the burner on and off. " +
  "The first balloon flight with people on board took place in Paris in 1783.";

describe("a direction with the point it goes on to", () => {
  it("is not turned into a false statement", () => {
    const prompts: string[] = [];
    for (const seed of [1, 2]) generateQuestions(ARTICLE, { count: 10, seed, trace: (q) => prompts.push(q.prompt) });
    expect(prompts.filter((p) => /balloon falls until/.test(p))).toEqual([]);
  });
});
