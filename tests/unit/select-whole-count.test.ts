import { describe, expect, it } from "vitest";
import { BLANK } from "@/lib/generation/blank";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own sentences about an invented river council, written for this test.
function count(sentence: string, key: string, at: number, score: number): GeneratedQuestion {
  return draftQuestion(
    {
      prompt: sentence.replace(key, BLANK),
      answerText: key,
      options: opts(key, "11", "15", "19"),
      spanType: "NUMBER",
      score,
      source: { sentence, start: at, end: at + sentence.length, answer: { start: at + sentence.indexOf(key), end: at + sentence.indexOf(key) + key.length } },
    },
    { keyKind: "number", confidence: 0.65 },
  );
}

describe("one count of a measure: the whole before a part", () => {
  it("asks the council's whole count of seats, not the island's share that ranks a little higher", () => {
    const part = count("The island of Vell, which is no town, has been given 3 seats since 1931.", "3", 0, 0.39);
    const whole = count("There are 27 seats in total.", "27", 100, 0.38);
    const quiz = selectQuestions([part, whole], 6, ["MULTIPLE_CHOICE"], createRandom(5));
    expect(quiz.map((q) => q.answerText)).toEqual(["27"]);
  });
});
