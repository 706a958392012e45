import { describe, expect, it } from "vitest";
import { gradeAnswer, isAnswerFor, parseAnswerKey } from "@/lib/quiz/grade-answer";
import { orderQuestions, seedFrom } from "@/lib/quiz/order-questions";
import { formatPercent, scoreAttempt } from "@/lib/quiz/score-attempt";
import { parseAssignmentSettings } from "@/lib/quiz/settings";

const question = {
  id: "q1",
  type: "MULTIPLE_CHOICE" as const,
  options: [
    { id: "a", text: "Tokyo" },
    { id: "b", text: "Moscow" },
  ],
  answerKey: { kind: "choice" as const, optionId: "b" },
  points: 2,
};

describe("grading", () => {
  it("gives the question's points for the key and none otherwise", () => {
    expect(gradeAnswer(question, { kind: "choice", optionId: "b" })).toEqual({ correct: true, points: 2 });
    expect(gradeAnswer(question, { kind: "choice", optionId: "a" })).toEqual({ correct: false, points: 0 });
  });

  it("knows an answer that is not one of the options", () => {
    expect(isAnswerFor(question, { kind: "choice", optionId: "z" })).toBe(false);
    expect(isAnswerFor(question, { kind: "choice", optionId: "a" })).toBe(true);
  });

  it("refuses a malformed stored key instead of grading with it", () => {
    expect(() => parseAnswerKey({ optionId: 3 })).toThrow();
  });

  it("totals an attempt, counting unanswered questions as wrong", () => {
    const total = scoreAttempt([{ correct: true, points: 2 }, { correct: false, points: 0 }], 4, 8);
    expect(total).toEqual({ score: 2, maxScore: 8, correctCount: 1, answeredCount: 2, accuracy: 0.25 });
    expect(formatPercent(1, 3)).toBe("33%");
    expect(formatPercent(0, 0)).toBe("0%");
  });

  it("shuffles a student's order the same way every time for the same seed", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const seed = seedFrom("assignment:student:1");
    expect(orderQuestions(ids, seed, true)).toEqual(orderQuestions(ids, seed, true));
    expect([...orderQuestions(ids, seed, true)].sort()).toEqual(ids);
    expect(orderQuestions(ids, seed, false)).toEqual(ids);
  });

  it("falls back to the safe defaults, field by field, for missing or malformed settings", () => {
    const defaults = { shuffleQuestions: false, feedback: "after-submit", lateAnswers: "refuse", articleDuringAttempt: "not-when-timed", countedAttempt: "BEST" };
    expect(parseAssignmentSettings(null)).toEqual(defaults);
    expect(parseAssignmentSettings({ shuffleQuestions: "yes", countedAttempt: "LAST" })).toEqual({ ...defaults, countedAttempt: "LAST" });
  });

  it("reads settings stored before assignments had them, never turning late answers on", () => {
    expect(parseAssignmentSettings({ feedbackAfterEach: true, lateRule: "count", timeLimitSeconds: 600 })).toMatchObject({
      feedback: "after-each",
      lateAnswers: "refuse",
      timeLimitSeconds: 600,
    });
  });
});
