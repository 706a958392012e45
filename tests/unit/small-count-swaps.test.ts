import { describe, expect, it } from "vitest";
import { trivialCount } from "@/lib/generation/trivial-count";
import { tracedQuestions } from "../support/traced-candidates";

// Judges failed false statements made by a small count changed: "five legs" (absurd), "three antennas" (a number detail).

describe("no false statement by a small count changed", () => {
  const heading = "The Tarn Lighthouse";
  it("calls a small count of a side thing trivial", () => {
    expect(trivialCount("four", " long ladders leaned on the wall", heading, "")).toBe(true);
    expect(trivialCount("2", " legs and a tail", heading, "")).toBe(true);
  });
  it("keeps a larger count, a span of time, a measure, and the count of the article's own topic", () => {
    expect(trivialCount("forty", " years", heading, "")).toBe(false);
    expect(trivialCount("two", " centuries the town lived on wool", heading, "")).toBe(false);
    expect(trivialCount("five", " degrees Celsius", heading, "")).toBe(false);
    expect(trivialCount("three", " lighthouses stood on the coast", heading, "")).toBe(false);
  });
  it("keeps a count the article states twice of one thing", () => {
    const text = "Three rules for keepers. The keepers followed three simple rules every night.";
    expect(trivialCount("three", " simple rules every night", "Keepers", text)).toBe(false);
  });
  it("makes no false statement from a small count in an article", () => {
    const article = `The Tarn Lighthouse

The Tarn lighthouse was built on a rock off the north coast of Norland. The keepers climbed the tower by four iron ladders fixed to its outer wall. The first keeper lit the lamp in 1862. Storms often cut the keepers off from the shore for weeks.`;
    const statements = [1, 2, 3, 4, 5].flatMap((seed) => tracedQuestions(article, { seed })).filter((q) => q.type === "TRUE_FALSE" && q.answerText === "False");
    expect(statements.some((q) => /\b(?:one|two|three|five|six|seven|eight|nine|ten) iron ladders\b/.test(q.prompt))).toBe(false);
  });
});
