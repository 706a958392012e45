import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { interval } from "@/lib/generation/make-timeline";
import { keepsStatedGap, statedGap } from "@/lib/generation/relative-time";

const ALL = ["MULTIPLE_CHOICE", "FILL_BLANK", "TRUE_FALSE", "ORDERING", "MATCHING"] as const;
const date = (text: string) => ({ type: "FULL_DATE" as const, text });
const year = (text: string) => ({ type: "YEAR" as const, text });

describe("a date tied to the one before by a gap", () => {
  it("reads the gap a statement states, after or before, bounded or not", () => {
    expect(statedGap("The second crew followed less than a month later, on 5 May 1950.")).toEqual([0, 2]);
    expect(statedGap("Two years earlier, in 1948, the yard had closed.")).toEqual([-30, -18]);
    expect(statedGap("The bridge opened the next year.")).not.toBeNull();
    expect(statedGap("The bridge opened in 1950.")).toBeNull();
  });

  it("keeps a swap only within the gap from the date it counts from", () => {
    const s = "The second crew followed less than a month later, on 5 May 1950.";
    expect(keepsStatedGap(s, date("5 May 1950"), "20 April 1950", date("12 April 1950"))).toBe(true);
    expect(keepsStatedGap(s, date("5 May 1950"), "19 September 1947", date("12 April 1950"))).toBe(false);
    expect(keepsStatedGap(s, date("5 May 1950"), "20 April 1950", undefined)).toBe(false);
    const next = "The mill reopened the next year, in 1951.";
    expect(keepsStatedGap(next, year("1951"), "1951", year("1950"))).toBe(true);
    expect(keepsStatedGap(next, year("1951"), "1948", year("1950"))).toBe(false);
    expect(keepsStatedGap("The mill reopened in 1951.", year("1951"), "1948", year("1950"))).toBe(true);
    // A gap stated for another date of the statement, or a comparison with someone's year, binds no swap of this one.
    expect(keepsStatedGap("Tam Orrin was born in 1764, the same year as his rival, and died in 1830.", year("1830"), "1825", year("1764"))).toBe(true);
    expect(keepsStatedGap("The yard closed in 1950, and the mill opened the next year, in 1951.", year("1951"), "1948", year("1950"))).toBe(false);
  });

  it("never makes a false statement whose swapped date breaks the gap its sentence states", () => {
    const text = "The Corven Kites\n\nThe Merrin sisters sewed silk kites in their family mill in 1877. Their first large kite rose over Tolby on 4 June 1883 and stayed up for ten minutes. A box kite built by Jonas Pell followed less than three months later, on 27 August 1883. The first people to ride a kite, two friends of the sisters, crossed the bay on 21 November 1883. In 1885 Ada Merrin lifted a camera with a kite. Kites were soon used to watch storms at sea.";
    const made: string[] = [];
    for (const seed of [1, 2, 5, 6, 7]) generateQuestions(text, { count: 12, seed, types: [...ALL], trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && made.push(q.prompt) });
    const gapped = made.filter((p) => /three months later/.test(p));
    const june = interval(date("4 June 1883"))![0];
    for (const p of gapped) {
      const swapped = interval(date(/on (\d{1,2} \w+ \d{4})/.exec(p)![1]!))!;
      expect(swapped[0] - june, p).toBeGreaterThanOrEqual(0);
      expect(swapped[1] - june, p).toBeLessThanOrEqual(4);
    }
    // (The kites of the other sentences are still swapped: the rule refuses only what breaks a gap.)
    expect(made.length).toBeGreaterThan(gapped.length);
  });
});
