import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Our own article: "rises and drops" is one claim of two words. Turning one of them ("falls and drops") makes no false
// statement the article settles, and reads as no English.
const TEXT = `How Tide Clocks Work
A tide clock is a dial that shows when the sea will be high. Tides exist because the Moon pulls on the oceans, so the water level rises and drops twice each day in most harbours. Sailors once read the tides from printed tables. A tide clock turns once every twelve hours and twenty-five minutes, the time between two high tides. Fishing crews in small ports still hang tide clocks beside their doors.`;

function statements(text: string): string[] {
  const seen: string[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q) => q.type === "TRUE_FALSE" && seen.push(q.prompt) });
  return seen;
}

describe("a direction word paired with another", () => {
  it("is not turned to make a false statement", () => {
    expect(statements(TEXT).filter((s) => /\bfalls and drops\b/.test(s))).toEqual([]);
  });

  it("is still turned where it stands alone", () => {
    const alone = TEXT.replace("rises and drops twice each day", "rises twice each day");
    expect(statements(alone).some((s) => /\bwater level falls twice each day\b/.test(s))).toBe(true);
  });

  it("is not turned when words stand between the pair", () => {
    const apart = TEXT.replace("rises and drops twice each day", "rises at the harbour mouth and drops twice each day");
    expect(statements(apart).filter((s) => /\bfalls at the harbour mouth\b/.test(s))).toEqual([]);
    const then = TEXT.replace("rises and drops twice each day", "rises each morning, then drops each evening");
    expect(statements(then).filter((s) => /\bfalls each morning\b/.test(s))).toEqual([]);
  });
});
