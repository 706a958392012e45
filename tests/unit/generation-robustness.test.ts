import { describe, expect, it } from "vitest";
import { titleTopic } from "@/lib/generation/find-links";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { identifyingWordShown, keyForms, wordPatternCount } from "@/lib/generation/quiz-overlap";
import type { GeneratedQuestion } from "@/lib/generation/types";

// An invented article whose title is full of pattern characters.
const plusArticle = [
  "What Is C++?",
  "",
  "C++ is a programming language that a small team at a telephone laboratory began in 1979. The team wanted a language that ran as fast as the older ones but let programmers group their code into classes. Because the first compiler turned the new code into an older language, it ran on many machines from the start. In 1998 a committee published the first standard for C++, so that every compiler would read programs the same way. Many games and browsers are written in C++ because it runs quickly.",
].join("\n");

describe("titles with pattern characters", () => {
  it("generates from an article titled with symbols such as C++ without throwing", () => {
    expect(() => generateQuestions(plusArticle, { count: 6, seed: 1 })).not.toThrow();
  });

  it("finds the topic of a title that holds pattern characters", () => {
    expect(titleTopic("What Is C++?", "Learning C++ takes time. Many games use C++ today.")).toBe("C++");
  });
});

describe("quiz overlap on odd keys and many articles", () => {
  it("reads an empty key or one opening with a space without throwing", () => {
    expect(keyForms("")).toEqual([""]);
    expect(keyForms(" nine ships")).toEqual([" nine ships"]);
    expect(keyForms("nine ships")).toContain("9 ships");
  });

  it("keeps a bounded number of identifying-word patterns however many names it sees", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const nameOf = (i: number) => `Q${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}x Dynasty`;
    const question = (answerText: string): GeneratedQuestion => ({
      type: "MULTIPLE_CHOICE",
      prompt: "Which dynasty built the northern wall?",
      options: [{ id: "a", text: answerText }],
      answerKey: { kind: "choice", optionId: "a" } as GeneratedQuestion["answerKey"],
      answerText,
      source: { sentence: "", start: 0, end: 0, answer: { start: 0, end: 0 } },
      spanType: "ORG",
      score: 1,
      keyKind: "name",
      confidence: 1,
    });
    const other = question("The river");
    for (let i = 0; i < 6000; i++) identifyingWordShown(question(nameOf(i)), other);
    expect(wordPatternCount()).toBeGreaterThan(0);
    expect(wordPatternCount()).toBeLessThanOrEqual(5000);
  });
});
