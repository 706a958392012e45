import { describe, expect, it } from "vitest";
import { statementQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article, written for this test: each sentence gives one statement. (Each false statement is one the article
// settles: a length or a count swapped, never a case the article leaves open.)
const sentences = [
  "The ferry at Dunmere first crossed the Sallow River in 1841.",
  "Its flat hull carried carts, cattle and up to forty people.",
  "A steel cable 90 metres long kept the ferry on course.",
];
const article = `The Dunmere Ferry\n\n${sentences.join(" ")}`;

function statement(i: number, text: string, isTrue: boolean, confidence: number, score: number): GeneratedQuestion {
  const sentence = sentences[i]!;
  const start = article.indexOf(sentence);
  return statementQuestion({ statement: text, isTrue, source: { sentence, start, end: start + sentence.length, answer: { start, end: start + sentence.length } }, keyKind: "statement", confidence, score });
}

const trues = sentences.map((s, i) => statement(i, s, true, 0.8, 1 - i * 0.05));

/** The answers of a true/false-only quiz of up to ten picked from `questions`. */
function pickedAnswers(questions: GeneratedQuestion[], seed: number): { picked: GeneratedQuestion[]; answers: string[] } {
  const picked = selectQuestions(questions, 10, ["TRUE_FALSE"], createRandom(seed), undefined, undefined, undefined, undefined, article);
  return { picked, answers: picked.map((q) => q.answerText) };
}

describe("true/false keys in balance", () => {
  it("asks a true statement's sentence by its sure false statement where the quiz is mostly True", () => {
    const swapped = statement(2, "A steel cable 60 metres long kept the ferry on course.", false, 0.76, 0.5);
    for (const seed of [1, 2, 3]) {
      const { picked, answers } = pickedAnswers([...trues, swapped], seed);
      expect([...answers].sort()).toEqual(["False", "True", "True"]);
      expect(picked).toContain(swapped);
    }
  });

  it("offers no false statement below the review line", () => {
    const unsure = statement(2, "A steel cable 60 metres long kept the ferry on course.", false, 0.55, 0.5);
    const { answers } = pickedAnswers([...trues, unsure], 1);
    expect(answers).toEqual(["True", "True", "True"]);
  });

  it("offers no false statement far less sure than the true one it would replace", () => {
    const doubted = statement(2, "A steel cable 60 metres long kept the ferry on course.", false, 0.7, 0.5);
    for (const seed of [1, 2, 3]) {
      const { answers } = pickedAnswers([...trues, doubted], seed);
      expect(answers).toEqual(["True", "True", "True"]);
    }
  });

  it("offers no long denial, whatever word it denies with", () => {
    const long = statement(2, "A steel cable 90 metres long that ran from one bank of the river to the other never kept the ferry on course.", false, 0.8, 0.5);
    const { answers } = pickedAnswers([...trues, long], 1);
    expect(answers).toEqual(["True", "True", "True"]);
  });

  it("leaves a quiz alone whose True keys lead by fewer than three", () => {
    const swapped = statement(1, "Its flat hull carried carts, cattle and up to sixty people.", false, 0.8, 0.5);
    for (const seed of [1, 2, 3]) {
      const { answers } = pickedAnswers([trues[0]!, trues[1]!, swapped], seed);
      expect(answers).toEqual(["True", "True"]);
    }
  });

  it("asks the weakest true statement's sentence by its false one first, and stops once the lead is gone", () => {
    // (The ranking's order is not the weakness order: the middle sentence's true statement is the weakest.)
    const ranked = [statement(0, sentences[0]!, true, 0.8, 1), statement(1, sentences[1]!, true, 0.8, 0.8), statement(2, sentences[2]!, true, 0.8, 0.9)];
    const middle = statement(1, "Its flat hull carried carts, cattle and up to sixty people.", false, 0.8, 0.5);
    const last = statement(2, "A steel cable 60 metres long kept the ferry on course.", false, 0.8, 0.5);
    for (const seed of [1, 2, 3]) {
      const { picked } = pickedAnswers([...ranked, middle, last], seed);
      expect(picked).toContain(middle);
      expect(picked).not.toContain(last);
      expect(picked).toContain(ranked[2]);
    }
  });

});

