import { describe, expect, it } from "vitest";
import { statementQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article, written for this test. A stem that prints a statement's sentence (as context before its blank), or the
// value a false statement changed, settles the statement: judges failed such a pair as a giveaway even in a short quiz.
const sentences = ["The lock keepers of Orrin built a stone weir in 1764.", "The weir raised the river by two metres for the mills.", "A flood broke the weir during the winter of 1802.", "In 1764 the town of Orrin also chose its first mayor."];
const article = `The Orrin Weir\n\n${sentences.join(" ")}`;
const at = (i: number) => article.indexOf(sentences[i]!);

function statement(i: number, text: string, isTrue: boolean, answer: string): GeneratedQuestion {
  const sentence = sentences[i]!;
  const start = at(i) + sentence.indexOf(answer);
  return statementQuestion({ statement: text, isTrue, source: { sentence, start: at(i), end: at(i) + sentence.length, answer: { start, end: start + answer.length } }, keyKind: "date", confidence: 0.8, score: 1 });
}

function blank(i: number, prompt: string, answer: string, score: number): GeneratedQuestion {
  const sentence = sentences[i]!;
  const start = at(i) + sentence.indexOf(answer);
  return {
    type: "FILL_BLANK",
    prompt,
    options: [],
    answerKey: { kind: "text", accepted: [answer] },
    answerText: answer,
    source: { sentence, start: at(i), end: at(i) + sentence.length, answer: { start, end: start + answer.length } },
    spanType: "NUMBER",
    score,
    keyKind: "number",
    confidence: 0.8,
  };
}

const pick = (questions: GeneratedQuestion[]) => selectQuestions(questions, 10, ["TRUE_FALSE", "FILL_BLANK"], createRandom(1), undefined, undefined, undefined, undefined, article);

describe("a statement another stem settles", () => {
  it("is never asked beside a blank whose context prints its sentence, even where the quiz is short", () => {
    const denial = statement(0, "The lock keepers of Orrin did not build a stone weir in 1764.", false, "1764");
    const withContext = blank(1, `${sentences[0]} The weir raised the river by _____ metres for the mills.`, "two", 0.9);
    const picked = pick([denial, withContext]);
    expect(picked).toHaveLength(1);
  });

  it("is never asked beside a stem that prints the value its false version changed", () => {
    const changed = statement(2, "A flood broke the weir during the winter of 1820.", false, "1802");
    const printsValue = blank(1, "The weir raised the river by _____ metres for the mills it had served since 1802. (a number)", "two", 0.9);
    expect(pick([changed, printsValue])).toHaveLength(1);
  });

  it("is still asked beside a stem that prints its year in another fact, even where the quiz is short", () => {
    const changed = statement(0, "The lock keepers of Orrin built a stone weir in 1767.", false, "1764");
    const sameYear = blank(3, "In 1764 the town of Orrin also chose its first _____. (a term from the article)", "mayor", 0.9);
    expect(pick([changed, sameYear])).toHaveLength(2);
  });

  it("is still asked beside a stem that settles nothing", () => {
    const changed = statement(2, "A flood broke the weir during the winter of 1820.", false, "1802");
    expect(pick([changed, blank(1, "The weir raised the river by _____ metres for the mills.", "two", 0.9)])).toHaveLength(2);
  });
});
