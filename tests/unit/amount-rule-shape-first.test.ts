import { beforeEach, describe, expect, it, vi } from "vitest";

// The dangling check tags a sentence; makeAmountQuestion runs on every sentence of an article, so it asks the
// check only of a sentence that has a rule's shape. Invented sentences only (no article text).
const calls = vi.hoisted(() => ({ dangles: 0 }));
vi.mock("@/lib/generation/question-stems", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/generation/question-stems")>();
  return {
    ...real,
    dangles: (...args: Parameters<typeof real.dangles>) => {
      calls.dangles++;
      return real.dangles(...args);
    },
  };
});

const { makeAmountQuestion } = await import("@/lib/generation/make-amount-questions");
const { parseArticle } = await import("@/lib/generation/parse-article");
const { createRandom } = await import("@/lib/generation/random");

describe("the amount maker reads the rule's shape before it tags the sentence", () => {
  beforeEach(() => {
    calls.dangles = 0;
  });

  it("does not tag a sentence with no rule's shape", () => {
    const [plain] = parseArticle("Mills\n\nThe old mill by the river ground corn for the village.\n").sentences;
    expect(makeAmountQuestion(plain!, createRandom(1))).toBeNull();
    expect(calls.dangles).toBe(0);
  });

  it("still asks the dangling check of a rule, and asks the rule", () => {
    const [rule] = parseArticle("Salt\n\nWhen the price of salt goes up, traders will ship less of it.\n").sentences;
    expect(makeAmountQuestion(rule!, createRandom(1))!.prompt).toBe("When the price of salt goes up, how much of it will traders ship?");
    expect(calls.dangles).toBeGreaterThan(0);
  });
});
