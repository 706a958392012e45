import { describe, expect, it } from "vitest";
import { restates } from "@/lib/generation/restated-fact";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article, written for this test: a birth and a storm in one year and one town, and a club told twice.
const sentences = [
  "Tomas Reld was a pier builder from the harbour town of Velby.",
  "He was born in Velby in 1840.",
  "In 1840 a storm wrecked the old pier at Velby.",
  "Reld founded the Velby Rowing Club in 1862.",
  "The Velby Rowing Club, begun in 1862, still races every spring.",
  "The stone pier is 40 metres long.",
  "The old lighthouse is 40 metres tall.",
];
const article = `Tomas Reld\n\n${sentences.join(" ")}`;

function yearBlank(i: number, year: string, context = ""): GeneratedQuestion {
  const sentence = sentences[i]!;
  const start = article.indexOf(sentence);
  const at = start + sentence.indexOf(year);
  return {
    type: "FILL_BLANK",
    prompt: `${context}${sentence.replace(year, "_____")}`,
    options: [],
    answerKey: { kind: "text", accepted: [year] },
    answerText: year,
    source: { sentence, start, end: start + sentence.length, answer: { start: at, end: at + year.length } },
    spanType: "YEAR",
    score: 1,
    keyKind: "date",
    confidence: 0.8,
  };
}

describe("one year in two sentences", () => {
  it("is two facts where the sentences share only the town both happened in (and the context printed before one)", () => {
    const born = yearBlank(1, "1840", `${sentences[0]} `);
    const storm = yearBlank(2, "1840");
    expect(restates(born, storm)).toBe(false);
    expect(restates(storm, born)).toBe(false);
  });

  it("is two facts where two measures are equal by chance, in one unit", () => {
    expect(restates(yearBlank(5, "40"), yearBlank(6, "40"))).toBe(false);
  });

  it("is still one fact where both sentences name the thing that began that year", () => {
    expect(restates(yearBlank(3, "1862"), yearBlank(4, "1862"))).toBe(true);
  });
});
