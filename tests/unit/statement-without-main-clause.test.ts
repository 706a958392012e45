import { describe, expect, it } from "vitest";
import { stemFailure } from "@/lib/generation/check-stems";
import type { GeneratedQuestion } from "@/lib/generation/types";

// A judge-facing statement read "In 705, when <she> was about 80 and seriously ill." as True: the trim kept the opening and
// its clause of time and lost the main clause.
const statement = (prompt: string, sentence: string): GeneratedQuestion => ({
  type: "TRUE_FALSE",
  prompt,
  options: [],
  answerKey: { kind: "choice", optionId: "true" },
  answerText: "True",
  source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: 1 } },
  spanType: "TERM",
  score: 1,
  keyKind: "statement",
  confidence: 0.8,
});

describe("a statement with no main clause", () => {
  const sentence = "In 1790, when Pell Varro was old and weak, the guild made his son its master.";
  it("is a fragment when only the opening and its side clause are left", () => {
    expect(stemFailure(statement("In 1790, when Pell Varro was old and weak.", sentence))).toBe("stem-fragment");
  });
  it("is whole with its main clause, or as a side clause after one", () => {
    expect(stemFailure(statement(sentence, sentence))).toBeNull();
    expect(stemFailure(statement("The guild made Pell Varro's son its master when Pell Varro was old.", sentence))).toBeNull();
    expect(stemFailure(statement("In 1790, when the guild met, it chose a master.", sentence))).toBeNull();
  });
});
