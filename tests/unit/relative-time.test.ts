import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { interval } from "@/lib/generation/make-timeline";
import { keepsStatedGap, statedGap } from "@/lib/generation/relative-time";

const ALL = ["MULTIPLE_CHOICE", "FILL_BLANK", "TRUE_FALSE", "ORDERING", "MATCHING"] as const;
const date = (text: string) => ({ type: "FULL_DATE" as const, text });
const year = (text: string) => ({ type: "YEAR" as const, text });

describe("a date tied to the one before by a gap", () => {
  it("reads the gap a statement states, after or before, bounded or not", () => {
    expect(statedGap("The second crew went up under a month later, on 6 May 1950.")).toEqual([0, 2]);
    expect(statedGap("Two years earlier, in 1948, the yard had closed.")).toEqual([-30, -18]);
    expect(statedGap("The bridge opened the next year.")).not.toBeNull();
    expect(statedGap("The bridge opened in 1950.")).toBeNull();
  });

  it("keeps a swap only within the gap from the date it counts from", () => {
    const s = "The second crew went up under a month later, on 6 May 1950.";
    expect(keepsStatedGap(s, date("6 May 1950"), "20 April 1950", date("12 April 1950"))).toBe(true);
    expect(keepsStatedGap(s, date("6 May 1950"), "19 September 1947", date("12 April 1950"))).toBe(false);
    expect(keepsStatedGap(s, date("6 May 1950"), "20 April 1950", undefined)).toBe(false);
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
    // (No date offered for a full date lies within three months of it: none is made, rather than one that breaks the gap.)
    expect(gapped).toEqual([]);
  });

  it("makes a false statement whose swapped date keeps the gap its sentence states, where one is offered", () => {
    const text = "The Corven Kites\n\nThe Merrin sisters sewed silk kites in their family mill in 1869. Their first large kite rose over Tolby in 1877 and stayed up for ten minutes. A box kite built by Jonas Pell followed about ten years later, in 1887. The first people to ride a kite, two friends of the sisters, crossed the bay in 1893. Ada Merrin lifted a camera with a kite. Kites were soon used to watch storms at sea.";
    const made: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) generateQuestions(text, { count: 12, seed, types: [...ALL], trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && q.keyKind === "date" && /ten years later/.test(q.prompt) && made.push(q.prompt) });
    expect(made.length).toBeGreaterThan(0);
    for (const p of made) {
      const swapped = Number(/in (\d{4})/.exec(p)![1]);
      expect(swapped, p).not.toBe(1887);
      expect(swapped - 1877, p).toBeGreaterThanOrEqual(9);
      expect(swapped - 1877, p).toBeLessThanOrEqual(11);
    }
  });

  it("reads counts in words past twelve, a couple, hundreds and centuries, and no comparison with 'than'", () => {
    expect(statedGap("Twenty years later, in 1861, the quarry closed.")).not.toBeNull();
    expect(statedGap("Eighteen months later, in 1861, the quarry closed.")).not.toBeNull();
    expect(statedGap("Two centuries later, in 1861, the quarry closed.")).not.toBeNull();
    expect(statedGap("Three hundred years later, in 1861, the quarry closed.")).not.toBeNull();
    expect(statedGap("A couple of years afterward, in 1861, the quarry closed.")).not.toBeNull();
    expect(statedGap("The quarry closed in 1861, four years later than planned.")).toBeNull();
    const twenty = "Twenty years later, in 1861, the quarry closed.";
    expect(keepsStatedGap(twenty, year("1861"), "1846", year("1841"))).toBe(false);
    expect(keepsStatedGap(twenty, year("1861"), "1862", year("1841"))).toBe(true);
  });

  it("reads compound counts, digits with commas, halves, hours, a fortnight and a following season (review 16 r2 #4)", () => {
    const gap = (s: string) => statedGap(`${s}, in 1861, the quarry closed.`);
    expect(gap("Twenty years later")).toEqual([180, 300]);
    expect(gap("Eighteen months later")).toEqual([13.5, 22.5]);
    expect(gap("Three hundred years later")).toEqual([2700, 4500]);
    expect(gap("One hundred and fifty years later")).toEqual([1350, 2250]);
    expect(gap("About 1,000 years later")).toEqual([9000, 15000]);
    expect(gap("Two and a half years later")).toEqual([22.5, 37.5]);
    expect(gap("A year and a half later")).toEqual([13.5, 22.5]);
    expect(gap("Half a century later")).toEqual([450, 750]);
    expect(gap("A fortnight later")).not.toBeNull();
    expect(gap("Three hours later")).not.toBeNull();
    expect(gap("The following spring")).toEqual([1, 15]);
    // A hundred and fifty years on from 1700 is no year near 1750; hours later is the same day or the next.
    expect(keepsStatedGap("One hundred and fifty years later, in 1850, the mill fell.", year("1850"), "1750", year("1700"))).toBe(false);
    expect(keepsStatedGap("One hundred and fifty years later, in 1850, the mill fell.", year("1850"), "1852", year("1700"))).toBe(true);
    expect(keepsStatedGap("A fortnight later, on 19 May 1905, the raft sank.", date("19 May 1905"), "30 June 1905", date("5 May 1905"))).toBe(false);
    expect(keepsStatedGap("Three hours later, on 5 May 1905, the raft sank.", date("5 May 1905"), "9 May 1905", date("5 May 1905"))).toBe(false);
    // A gap stated with a count that cannot be read keeps no swap.
    expect(keepsStatedGap("Many years later, in 1861, the quarry closed.", year("1861"), "1863", year("1841"))).toBe(false);
  });

  it("reads two full dates in days: never the day counted from, before it, or past the gap", () => {
    const s = "A second raft crossed under a month later, on 20 April 1905.";
    for (const wrong of ["1 April 1905", "12 April 1905", "30 June 1905"]) expect(keepsStatedGap(s, date("20 April 1905"), wrong, date("12 April 1905")), wrong).toBe(false);
    expect(keepsStatedGap(s, date("20 April 1905"), "2 May 1905", date("12 April 1905"))).toBe(true);
    const next = "The next day, on 4 March 1905, the raft sank.";
    expect(keepsStatedGap(next, date("4 March 1905"), "4 April 1905", date("3 March 1905"))).toBe(false);
    expect(keepsStatedGap("Two days later, on 5 March 1905, the raft sank.", date("5 March 1905"), "30 April 1905", date("3 March 1905"))).toBe(false);
  });

  it("ties both dates of a statement whose gap counts from one to the other", () => {
    const s = "Less than a month after the first raft crossed on 12 April 1905, a second crossed on 20 April 1905.";
    expect(keepsStatedGap(s, date("20 April 1905"), "20 September 1902", date("12 April 1905"))).toBe(false);
    expect(keepsStatedGap(s, date("12 April 1905"), "12 April 1902", date("2 January 1905"))).toBe(false);
    expect(keepsStatedGap("The shed burned in 1820; two years later, in 1822, it was rebuilt.", year("1820"), "1815", undefined)).toBe(false);
    expect(keepsStatedGap("The shed burned in 1820 and was rebuilt in 1822.", year("1820"), "1815", undefined)).toBe(true);
  });

  it("never ships a false statement that moves one of two dates a stated gap ties", () => {
    const text = "The Ossel Rafts\n\nThe Ossel brothers built reed rafts on the lake shore in 1899. Less than a month after the first Ossel raft crossed the lake on 12 April 1905, Pia Danner crossed on a second raft on 2 May 1905. The brothers showed both rafts at the Venn market that summer. Pia Danner built a raft with a sail in 1908. Rafts were soon used to carry grain across the lake.";
    const made: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) generateQuestions(text, { count: 12, seed, types: [...ALL], trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && /month after/.test(q.prompt) && made.push(q.prompt) });
    for (const p of made) expect(p).toMatch(/12 April 1905.*2 May 1905/);
  });

  it("counts 'the same year' from the same year said before, not an older one", () => {
    const text = "The Pell Tannery\n\nThe Pell tannery was built beside the Ware brook in 1829. A fire gutted its drying sheds in 1830. The Pell family rebuilt the sheds the same year, in 1830, with brick walls. The tannery sold leather to the saddlers of Brigg for a century. Its last owner, Hugh Pell, sold it to the town in 1934.";
    const made: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) generateQuestions(text, { count: 12, seed, types: [...ALL], trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && /same year/.test(q.prompt) && made.push(q.prompt) });
    for (const p of made) expect(p).toContain("in 1830");
  });
});
