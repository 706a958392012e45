import { describe, expect, it } from "vitest";
import { readBuiltInArticle } from "@/lib/demo/demo-data";
import { findSpans } from "@/lib/generation/find-spans";
import { BLANK, generateQuestions, passesGates } from "@/lib/generation/generate-questions";

const article = readBuiltInArticle();

describe("findSpans", () => {
  it("resolves overlaps to the longest span and finds people after titles", () => {
    const spans = findSpans("Japan's surrender in August 1945 was noted by Prime Minister Ichiro Hatoyama in the 1950s.");
    expect(spans.map((s) => [s.type, s.text])).toEqual([
      ["COUNTRY", "Japan"],
      ["MONTH_YEAR", "August 1945"],
      ["PERSON", "Ichiro Hatoyama"],
      ["DECADE", "1950s"],
    ]);
  });
});

describe("generateQuestions on the built-in article", () => {
  const result = generateQuestions(article, { count: 10, seed: 1956 });

  it("makes at least eight of the ten asked for, one per sentence, every one passing the hard gates", () => {
    expect(result.questions.length).toBeGreaterThanOrEqual(8);
    expect(result.questions.length).toBeLessThanOrEqual(10);
    expect(new Set(result.questions.map((q) => q.source.start)).size).toBe(result.questions.length);
    for (const q of result.questions) expect(passesGates(q, article)).toBe(true);
  });

  it("binds every question to a sentence of the article and keys a span of it", () => {
    for (const q of result.questions) {
      expect(article.slice(q.source.start, q.source.end)).toBe(q.source.sentence);
      const span = article.slice(q.source.answer.start, q.source.answer.end);
      expect(q.source.sentence).toContain(span);
      if (q.type === "MULTIPLE_CHOICE") {
        expect(q.answerText).toBe(span);
        expect(q.prompt).toContain(BLANK);
        expect(q.prompt).not.toContain(span);
        expect(q.options).toHaveLength(4);
        expect(new Set(q.options.map((o) => o.text)).size).toBe(4);
      } else {
        // A true statement is the sentence; a false one is not in the article.
        expect(article.includes(q.prompt)).toBe(q.answerKey.optionId === "true");
      }
    }
  });

  it("asks who, where, when and which islands", () => {
    const keys = result.questions.filter((q) => q.type === "MULTIPLE_CHOICE").map((q) => q.answerText);
    expect(keys).toEqual(expect.arrayContaining(["Ichiro Hatoyama", "Kuril Islands"]));
    expect(keys.some((k) => /1956/.test(k))).toBe(true);
  });

  it("is deterministic for a seed and different for another", () => {
    const again = generateQuestions(article, { count: 10, seed: 1956 });
    expect(again.questions).toEqual(result.questions);
    const other = generateQuestions(article, { count: 10, seed: 99 });
    expect(other.questions.map((q) => q.prompt + q.options.map((o) => o.text).join())).not.toEqual(
      result.questions.map((q) => q.prompt + q.options.map((o) => o.text).join()),
    );
  });

  it("never offers a distractor that sits in the stem or that did not exist in 1956", () => {
    for (const q of result.questions.filter((x) => x.type === "MULTIPLE_CHOICE")) {
      for (const o of q.options) if (o.text !== q.answerText) expect(q.prompt).not.toContain(o.text);
      // No date distractor reuses a year the sentence already states.
      for (const o of q.options) if (o.text !== q.answerText && /\d{4}/.test(o.text)) expect(q.prompt).not.toContain(/\d{4}/.exec(o.text)![0]);
      expect(q.options.map((o) => o.text)).not.toContain("Russia");
      expect(q.options.map((o) => o.text)).not.toContain("Kazakhstan");
    }
  });
});

describe("generateQuestions on thin input", () => {
  it("returns no questions and a reason for a single word or text without facts", () => {
    expect(generateQuestions("Hello").questions).toEqual([]);
    const bland = generateQuestions("Thoughts\nWe like to think about many things in a quiet and calm way every day.");
    expect(bland.questions).toEqual([]);
    expect(bland.notes.join(" ")).toMatch(/question/);
  });
});
