import { describe, expect, it } from "vitest";
import { analyzeItems, correlation, median, scoreDistribution, type ItemAttempt, type ItemQuestion } from "@/lib/quiz/item-statistics";
import type { Answer } from "@/lib/quiz/types";

const abc = [
  { id: "a", text: "Alpha" },
  { id: "b", text: "Bravo" },
  { id: "c", text: "Charlie" },
];
const choice = (id: string, extra: Partial<ItemQuestion> = {}): ItemQuestion => ({ id, type: "MULTIPLE_CHOICE", options: abc, answerKey: { kind: "choice", optionId: "a" }, ...extra });
const QUESTIONS: ItemQuestion[] = [
  choice("q1"),
  choice("q2"),
  choice("q3"),
  { id: "q4", type: "FILL_BLANK", options: [], answerKey: { kind: "text", accepted: ["Moscow"] } },
  choice("q5", { dropped: true }),
];

type Given = [string, string | null, boolean, number | null];
function attempt(given: Given[]): ItemAttempt {
  return {
    questionIds: QUESTIONS.map((q) => q.id),
    responses: given
      .filter(([, value]) => value !== null)
      .map(([questionId, value, correct, timeMs]) => ({
        questionId,
        correct,
        timeMs,
        answer: (questionId === "q4" ? { kind: "text", value } : { kind: "choice", optionId: value }) as Answer,
      })),
  };
}

// Five students; the expected figures below were worked out by hand.
const ATTEMPTS = [
  attempt([["q1", "a", true, 1000], ["q2", "a", true, 10], ["q3", "b", false, 10], ["q4", "Moscow", true, 10], ["q5", "a", true, 10]]),
  attempt([["q1", "a", true, 3000], ["q2", "a", true, 10], ["q3", "b", false, 10], ["q4", "moscow", true, 10], ["q5", "b", false, 10]]),
  attempt([["q1", "a", true, 2000], ["q2", "b", false, 10], ["q3", "b", false, 10], ["q4", "Tokyo", false, 10], ["q5", "b", false, 10]]),
  attempt([["q1", "c", false, 4000], ["q2", "c", false, 10], ["q3", "a", true, 10], ["q4", "tokyo!", false, 10], ["q5", "c", false, 10]]),
  attempt([["q1", null, false, null], ["q2", "b", false, 10], ["q3", "a", true, 10], ["q4", "Kyoto", false, 10], ["q5", "b", false, 10]]),
];

describe("item analysis on a constructed class", () => {
  const stats = new Map(analyzeItems(QUESTIONS, ATTEMPTS).map((s) => [s.questionId, s]));

  it("computes facility with unanswered counted as wrong", () => {
    expect(stats.get("q1")).toMatchObject({ students: 5, answered: 4, correct: 3, facility: 0.6 });
    expect(stats.get("q3")!.facility).toBe(0.4);
    expect(stats.get("q5")!.facility).toBe(0.2);
  });

  it("computes the corrected point-biserial against the other counted questions", () => {
    // q1: right = [1,1,1,0,0], rest totals (q2,q3,q4) = [2,2,0,1,1] -> 0.4 / sqrt(1.2 * 2.8)
    expect(stats.get("q1")!.discrimination).toBeCloseTo(0.4 / Math.sqrt(1.2 * 2.8), 10);
    // q3: right = [0,0,0,1,1], rest totals (q1,q2,q4) = [3,3,1,0,0] -> -2.8 / sqrt(1.2 * 9.2)
    expect(stats.get("q3")!.discrimination).toBeCloseTo(-2.8 / Math.sqrt(1.2 * 9.2), 10);
  });

  it("counts option choices and the median time", () => {
    expect(stats.get("q3")!.optionCounts).toEqual([
      { optionId: "a", text: "Alpha", isKey: true, count: 2 },
      { optionId: "b", text: "Bravo", isKey: false, count: 3 },
      { optionId: "c", text: "Charlie", isKey: false, count: 0 },
    ]);
    expect(stats.get("q1")!.medianTimeMs).toBe(2500);
  });

  it("flags a low facility, a negative discrimination, a distractor over the key and a common wrong typed answer", () => {
    expect(stats.get("q5")!.flags.map((f) => f.kind)).toContain("low-facility");
    expect(stats.get("q3")!.flags.map((f) => f.kind).sort()).toEqual(["distractor-over-key", "negative-discrimination"]);
    expect(stats.get("q3")!.flags).toContainEqual({ kind: "distractor-over-key", optionId: "b", optionText: "Bravo", chosen: 3, keyChosen: 2 });
    expect(stats.get("q4")!.wrongAnswers).toEqual([
      { answer: "Tokyo", count: 2 },
      { answer: "Kyoto", count: 1 },
    ]);
    expect(stats.get("q4")!.flags).toEqual([{ kind: "common-wrong-answer", answer: "Tokyo", count: 2 }]);
    // A tie between the key and a distractor is not a flag; a positive discrimination is not either.
    expect(stats.get("q2")!.flags).toEqual([]);
    expect(stats.get("q1")!.flags).toEqual([]);
  });

  it("has no discrimination when everyone scored the same", () => {
    expect(correlation([1, 1, 1], [2, 0, 1])).toBeNull();
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
  });

  it("bins scores into ten-point bands", () => {
    const bins = scoreDistribution([0, 9.9, 10, 55, 100, 90]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });
});
