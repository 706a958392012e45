import { describe, expect, it } from "vitest";
import { HEDGE, trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";
import { tracedQuestions } from "../support/traced-candidates";

// Invented sentences: a figure before the modal "may" ("4,000 may have lived …") was read as a day before the month May, so
// the hedged guess was asked as a plain claim, True or False (review s20a, finding 9).

const camp = [
  "The Camp at Sollen",
  "",
  "Sollen was a copper camp in the hills of Darv. By 1880, 4,000 may have lived in the camp. The miners dug copper from deep shafts. In the winter of 1884, between 150 and 250 may have died of fever. The camp was closed on 9 May 1891 when the copper ran out.",
].join("\n");

const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });

describe("the modal 'may' after a figure", () => {
  it("is a hedge, not the month", () => {
    expect(HEDGE.test("By 1880, 4,000 may have lived in the camp.")).toBe(true);
    expect(HEDGE.test("Between 150 and 250 may have died of fever.")).toBe(true);
    expect(trimToMainClause(sentence("By 1880, 4,000 may have lived in the camp."))).toBeNull();
    // (The sentence copied whole is true as the article words it; a changed figure or a denial is not settled by it.)
    // (Over several seeds: the sentence with one figure swapped is drawn at random.)
    const prompts = [1, 2, 3, 4, 5, 6].flatMap((seed) => tracedQuestions(camp, { seed }).filter((q) => q.type === "TRUE_FALSE" && q.answerText === "False").map((q) => q.prompt));
    expect(prompts.filter((p) => /may have (?:lived|died)/.test(p))).toEqual([]);
  });

  it("leaves the month May, written with its capital, no hedge", () => {
    for (const text of ["The camp was closed on 9 May 1891.", "The camp was closed in early May.", "May 1891 was a hard month.", "The camp was closed in mid-May.", "The camp was closed May 9, 1891."]) {
      expect(HEDGE.test(text)).toBe(false);
    }
    expect(HEDGE.test("May the hills keep their copper.")).toBe(true);
  });
});
