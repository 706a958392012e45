import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

const ALL = ["MULTIPLE_CHOICE", "FILL_BLANK", "TRUE_FALSE", "ORDERING", "MATCHING"] as const;

// Our own article: each dated sentence gives its main fact a year in its first clause, and a side detail one in a later
// clause (after ", and", ", which" or a colon). A near year swapped into the side detail tests trivia, not the point.
const ARTICLE = `The Corran Aqueduct

The Corran Aqueduct carried fresh water to the city of Velm for three centuries.

Engineers began the Corran Aqueduct in 1612 to bring water from the hills to Velm. The city council raised a tax on salt in 1618, and the first arches were finished in 1627. Water reached the central fountain in 1634: by 1641 every district had its own public tap. The aqueduct was repaired after a great flood in 1702, which also destroyed the old mill in 1703. The last section closed in 1911, when modern pipes replaced it.`;

function falses(): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    generateQuestions(ARTICLE, { count: 30, seed, types: [...ALL], keepUnsure: true, trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && out.push(q) });
  }
  return out;
}

describe("a year swapped into a false statement", () => {
  it("is the year of the sentence's first clause, never a side detail's in a later clause", () => {
    const made = falses().map((q) => q.prompt);
    // The first clause's year is still swapped.
    expect(made.some((p) => /^The city council raised a tax on salt in 1(?!618)\d{3}, and the first arches were finished in 1627\.$/.test(p) || /^Water reached the central fountain in 1(?!634)\d{3}:/.test(p))).toBe(true);
    for (const p of made) {
      expect(p).not.toMatch(/the first arches were finished in 1(?!627)\d{3}\.$/);
      expect(p).not.toMatch(/by 1(?!641)\d{3} every district/);
      expect(p).not.toMatch(/destroyed the old mill in 1(?!703)\d{3}\.$/);
    }
  });
});

// A "which" or "who" clause closed by a comma sits inside the first clause: the main fact's year after it is still its own.
const SET_IN = `The Hollin Reservoir

The Hollin Reservoir stores water for the mill towns of the Brack valley.

The reservoir, which was planned by the surveyor Idris Vell, opened in 1651. Its dam, which is built of granite, was raised in 1724, and a spillway was cut in 1750.`;

describe("a year after a clause set inside the first", () => {
  it("is still swapped, while a year after a new clause is not", () => {
    const made: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      generateQuestions(SET_IN, { count: 30, seed, types: [...ALL], keepUnsure: true, trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && made.push(q.prompt) });
    }
    expect(made.some((p) => /Idris Vell, opened in 1(?!651)\d{3}\.$/.test(p))).toBe(true);
    for (const p of made) expect(p).not.toMatch(/a spillway was cut in 1(?!750)\d{3}\.$/);
  });
});
