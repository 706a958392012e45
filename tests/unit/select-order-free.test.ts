import { describe, expect, it } from "vitest";
import { multipleChoiceQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";

// Invented candidates, one per sentence. Each candidate's rank jitter is its own, so the quiz chosen from a pool does not
// depend on the order the makers happened to add the candidates in (nor, within a pass, on candidates beside it).
function pool(): ReturnType<typeof multipleChoiceQuestion>[] {
  return Array.from({ length: 14 }, (_, i) => {
    const sentence = `Boat ${i} of the fleet carried ${i + 3} barrels of salt to the market at Dunmere.`;
    const start = i * 100;
    const q = multipleChoiceQuestion({ prompt: `How many barrels did boat ${i} carry?`, key: String(i + 3), others: [String(i + 20), String(i + 40), String(i + 60)], source: { sentence, start, end: start + sentence.length, answer: { start: start + 30, end: start + 32 } }, keyKind: "name", confidence: 0.7 }, createRandom(i));
    q.score = 0.7 + (i % 5) * 0.01;
    return q;
  });
}

describe("selection by each candidate's own jitter", () => {
  it("picks the same quiz from the same pool in any order", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const forward = selectQuestions(pool(), 6, ["MULTIPLE_CHOICE"], createRandom(seed)).map((q) => q.prompt);
      const backward = selectQuestions(pool().reverse(), 6, ["MULTIPLE_CHOICE"], createRandom(seed)).map((q) => q.prompt);
      expect(backward).toEqual(forward);
    }
  });
});
