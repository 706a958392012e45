import { describe, expect, it } from "vitest";
import { pickCountedAttempt } from "@/lib/quiz/counted-attempt";
import { correctKey, regradeResponse } from "@/lib/quiz/regrade";
import type { GradableQuestion } from "@/lib/quiz/types";

const mc: GradableQuestion = {
  id: "q",
  type: "MULTIPLE_CHOICE",
  options: [
    { id: "a", text: "Tokyo" },
    { id: "b", text: "Moscow" },
  ],
  answerKey: { kind: "choice", optionId: "a" },
  points: 2,
};
const typed: GradableQuestion = { id: "t", type: "FILL_BLANK", options: [], answerKey: { kind: "text", accepted: ["Moscow"] }, points: 1 };

describe("regrade rules", () => {
  it("switches a choice key and regrades stored answers with it", () => {
    const fixed = correctKey(mc, { kind: "FIX_KEY", optionId: "b" });
    expect(fixed).toEqual({ ok: true, answerKey: { kind: "choice", optionId: "b" }, dropped: false });
    if (!fixed.ok) return;
    const q = { ...mc, answerKey: fixed.answerKey };
    expect(regradeResponse(q, false, { answer: { kind: "choice", optionId: "b" }, correct: false, points: 0, late: false }, "count")).toEqual({ correct: true, points: 2 });
    expect(regradeResponse(q, false, { answer: { kind: "choice", optionId: "a" }, correct: true, points: 2, late: false }, "count")).toEqual({ correct: false, points: 0 });
    // The late rule still holds after a regrade.
    expect(regradeResponse(q, false, { answer: { kind: "choice", optionId: "b" }, correct: false, points: 0, late: true }, "no-points")).toEqual({ correct: true, points: 0 });
  });

  it("refuses a change that does not fit the question", () => {
    expect(correctKey(mc, { kind: "FIX_KEY", optionId: "a" }).ok).toBe(false);
    expect(correctKey(mc, { kind: "FIX_KEY", optionId: "zzz" }).ok).toBe(false);
    expect(correctKey(mc, { kind: "ACCEPT_ANSWER", value: "Tokyo" }).ok).toBe(false);
    expect(correctKey(typed, { kind: "ACCEPT_ANSWER", value: "moscow!" }).ok).toBe(false);
  });

  it("accepts another typed answer, compared after normalising", () => {
    const accepted = correctKey(typed, { kind: "ACCEPT_ANSWER", value: "Moskva" });
    expect(accepted).toEqual({ ok: true, answerKey: { kind: "text", accepted: ["Moscow", "Moskva"] }, dropped: false });
    if (!accepted.ok) return;
    expect(regradeResponse({ ...typed, answerKey: accepted.answerKey }, false, { answer: { kind: "text", value: "moskva" }, correct: false, points: 0, late: false }, "count")).toEqual({ correct: true, points: 1 });
  });

  it("gives a dropped question no points", () => {
    expect(regradeResponse(mc, true, { answer: { kind: "choice", optionId: "a" }, correct: true, points: 2, late: false }, "count")).toEqual({ correct: true, points: 0 });
  });
});

describe("the counted attempt", () => {
  const at = (number: number, score: number | null, submitted = true) => ({ number, score, maxScore: 10, submittedAt: submitted ? new Date(2026, 0, number) : null });
  it("is the best submitted one, the earlier on a tie, or the last one", () => {
    const attempts = [at(1, 6), at(2, 8), at(3, 8), at(4, null, false)];
    expect(pickCountedAttempt(attempts, "BEST")?.number).toBe(2);
    expect(pickCountedAttempt(attempts, "LAST")?.number).toBe(3);
    expect(pickCountedAttempt([at(1, null, false)])).toBeUndefined();
  });
});
