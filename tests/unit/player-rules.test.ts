import { describe, expect, it } from "vitest";
import { assignmentStatus } from "@/lib/quiz/assignment-status";
import { masteryByArticle, masteryLevel, personalBests, practiceStreak } from "@/lib/quiz/progress";
import { articleReadableDuring, attemptClock, attemptDeadline, isClosed, isLate, LATE_GRACE_MS, pointsUnderLateRule } from "@/lib/quiz/timing";

const t0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("timing", () => {
  it("stretches the limit by the student's extra time, and has no deadline when untimed", () => {
    expect(attemptDeadline(t0, 600)).toEqual(at(600_000));
    expect(attemptDeadline(t0, 600, 50)).toEqual(at(900_000));
    expect(attemptDeadline(t0, undefined, 50)).toBeNull();
  });

  it("marks answers late only past the deadline and its small grace", () => {
    const due = at(60_000);
    expect(isLate(at(60_000 + LATE_GRACE_MS), due)).toBe(false);
    expect(isLate(at(60_000 + LATE_GRACE_MS + 1), due)).toBe(true);
    expect(isLate(at(10 ** 9), null)).toBe(false);
  });

  it("applies the assignment's late rule to points", () => {
    expect(pointsUnderLateRule(1, true, "count")).toBe(1);
    expect(pointsUnderLateRule(1, true, "no-points")).toBe(0);
    expect(pointsUnderLateRule(1, false, "no-points")).toBe(1);
  });

  it("ends an attempt at its time limit or the due date, whichever is first, and closes it only when late answers are refused", () => {
    const base = { timeLimitSeconds: 600, extraTimePercent: 0, dueAt: null, lateAnswers: "refuse" as const };
    expect(attemptClock(t0, base)).toEqual({ dueBy: at(600_000), closesAt: at(600_000 + LATE_GRACE_MS) });
    expect(attemptClock(t0, { ...base, dueAt: at(60_000) })).toEqual({ dueBy: at(60_000), closesAt: at(60_000 + LATE_GRACE_MS) });
    expect(attemptClock(t0, { ...base, timeLimitSeconds: undefined, dueAt: at(3_600_000) }).dueBy).toEqual(at(3_600_000));
    expect(attemptClock(t0, { ...base, lateAnswers: "count" })).toEqual({ dueBy: at(600_000), closesAt: null });
    expect(attemptClock(t0, { ...base, timeLimitSeconds: undefined })).toEqual({ dueBy: null, closesAt: null });
    expect(isClosed(at(600_000 + LATE_GRACE_MS - 1), at(600_000 + LATE_GRACE_MS))).toBe(false);
    expect(isClosed(at(600_000 + LATE_GRACE_MS), at(600_000 + LATE_GRACE_MS))).toBe(true);
    expect(isClosed(at(10 ** 9), null)).toBe(false);
  });

  it("keeps the article closed during a timed attempt by default, and as the teacher chose otherwise", () => {
    expect(articleReadableDuring("not-when-timed", true)).toBe(false);
    expect(articleReadableDuring("not-when-timed", false)).toBe(true);
    expect(articleReadableDuring("allowed", true)).toBe(true);
    expect(articleReadableDuring("not-allowed", false)).toBe(false);
  });
});

describe("progress", () => {
  const day = (d: string) => new Date(`${d}T15:00:00Z`);
  it("counts a streak of consecutive days ending today or yesterday", () => {
    expect(practiceStreak([day("2026-03-01"), day("2026-03-02"), day("2026-03-02")], day("2026-03-02"))).toBe(2);
    expect(practiceStreak([day("2026-02-28"), day("2026-03-01")], day("2026-03-02"))).toBe(2);
    expect(practiceStreak([day("2026-02-27"), day("2026-03-01")], day("2026-03-03"))).toBe(0);
    expect(practiceStreak([], day("2026-03-02"))).toBe(0);
  });

  it("calls a fact mastered only when right at least twice and mostly", () => {
    expect(masteryLevel(1, 1)).toBe("learning");
    expect(masteryLevel(2, 2)).toBe("mastered");
    expect(masteryLevel(5, 4)).toBe("mastered");
    expect(masteryLevel(3, 1)).toBe("struggling");
    expect(masteryLevel(0, 0)).toBe("learning");
  });

  it("groups mastery by article, weakest facts first", () => {
    const rows = [
      { articleId: "a", articleTitle: "Alpha", factId: "1", sentence: "One.", seen: 2, correct: 2 },
      { articleId: "a", articleTitle: "Alpha", factId: "2", sentence: "Two.", seen: 2, correct: 0 },
      { articleId: "b", articleTitle: "Beta", factId: "3", sentence: "Three.", seen: 1, correct: 1 },
    ];
    const [alpha, beta] = masteryByArticle(rows);
    expect(alpha).toMatchObject({ articleTitle: "Alpha", factsSeen: 2, factsMastered: 1 });
    expect(alpha!.facts.map((f) => f.level)).toEqual(["struggling", "mastered"]);
    expect(beta).toMatchObject({ factsSeen: 1, factsMastered: 0 });
  });

  it("keeps each quiz's best share of points", () => {
    const best = personalBests([
      { quizId: "q", quizTitle: "Q", score: 3, maxScore: 10, submittedAt: t0 },
      { quizId: "q", quizTitle: "Q", score: 7, maxScore: 10, submittedAt: t0 },
      { quizId: "q", quizTitle: "Q", score: 5, maxScore: 10, submittedAt: t0 },
    ]);
    expect(best).toHaveLength(1);
    expect(best[0]!.score).toBe(7);
  });
});

describe("assignment status", () => {
  const base = { opensAt: null, dueAt: null, attempts: [] as { submittedAt: Date | null }[] };
  it("reads in progress, done, missed, due soon, not open and to do", () => {
    expect(assignmentStatus({ ...base, attempts: [{ submittedAt: null }] }, t0)).toBe("in-progress");
    expect(assignmentStatus({ ...base, attempts: [{ submittedAt: t0 }] }, t0)).toBe("done");
    expect(assignmentStatus({ ...base, dueAt: at(-1) }, t0)).toBe("missed");
    expect(assignmentStatus({ ...base, dueAt: at(24 * 3600_000) }, t0)).toBe("due-soon");
    expect(assignmentStatus({ ...base, dueAt: at(72 * 3600_000) }, t0)).toBe("to-do");
    expect(assignmentStatus({ ...base, opensAt: at(1000) }, t0)).toBe("not-open");
  });

  it("reads past the due date as missed when late answers are refused, overdue when the teacher accepts them", () => {
    expect(assignmentStatus({ ...base, dueAt: at(-1), settings: { lateAnswers: "refuse" } }, t0)).toBe("missed");
    expect(assignmentStatus({ ...base, dueAt: at(-1), settings: { lateAnswers: "count" } }, t0)).toBe("overdue");
    expect(assignmentStatus({ ...base, dueAt: at(-1), settings: { lateAnswers: "no-points" } }, t0)).toBe("overdue");
  });
});
