import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article, written for this test: two rules of one made-up market, each asked which way a price moves.
const facts = ["When the Orrin harvest fails, the price of barley in Velby rises.", "When the Orrin harvest is large, the price of barley in Velby falls."];
const article = `Barley in Velby\n\n${facts.join(" ")}`;

function direction(i: number, prompt: string, key: string, keyKind: GeneratedQuestion["keyKind"] = "direction"): GeneratedQuestion {
  const sentence = facts[i]!;
  const start = article.indexOf(sentence);
  const at = start + sentence.lastIndexOf(" ") + 1;
  // (The same three directions for both: the scale, not a pool drawn from the article.)
  const options = ["It rises", "It falls", "It stays the same"].map((text, n) => ({ id: `o${n}`, text }));
  return {
    type: "MULTIPLE_CHOICE",
    prompt,
    options,
    answerKey: { kind: "choice", optionId: options.find((o) => o.text === key)!.id },
    answerText: key,
    source: { sentence, start, end: start + sentence.length, answer: { start: at, end: start + sentence.length - 1 } },
    spanType: "TERM",
    keyKind,
    score: 0.7,
    confidence: 0.7,
  };
}

describe("two questions on one scale of directions", () => {
  it("asks both: either direction may answer either question, so one rules nothing out for the other", () => {
    const fails = direction(0, "When the Orrin harvest fails, what happens to the price of barley in Velby?", "It rises");
    const large = direction(1, "When the Orrin harvest is large, what happens to the price of barley in Velby?", "It falls");
    const quiz = selectQuestions([fails, large], 10, ["MULTIPLE_CHOICE"], createRandom(1));
    expect(quiz).toEqual(expect.arrayContaining([fails, large]));
  });

  it("still keeps one of two questions sharing a pool of the article's own answers", () => {
    const fails = direction(0, "When the Orrin harvest fails, what happens to the price of barley in Velby?", "It rises", "cause");
    const large = direction(1, "When the Orrin harvest is large, what happens to the price of barley in Velby?", "It falls", "cause");
    expect(selectQuestions([fails, large], 10, ["MULTIPLE_CHOICE"], createRandom(1))).toHaveLength(1);
  });
});
