import { describe, expect, it } from "vitest";
import { statementQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article, written for this test.
const facts = [
  "Ada Venn left Corra in 1320 to see the world.",
  "Her longest stay was in Spain.",
  "In about 1330 she arrived in Lorca, where the queen made her a judge.",
  "She kept a diary of every port she visited.",
  "Her brother ran the family mill in Corra.",
  "The diary was printed long after her death.",
];
const article = `Ada Venn\n\n${facts.join(" ")}`;

function source(i: number, key = facts[i]!) {
  const sentence = facts[i]!;
  const start = article.indexOf(sentence);
  const at = start + sentence.indexOf(key);
  return { sentence, start, end: start + sentence.length, answer: { start: at, end: at + key.length } };
}

// The sentence's point as make-main-statements gives it: the true copy (its "Her" written out) and its denial.
const point = (isTrue: boolean, score: number) => ({
  ...statementQuestion({ statement: isTrue ? "Ada Venn's longest stay was in Spain." : "Ada Venn's longest stay was not in Spain.", isTrue, source: source(1), keyKind: "statement", confidence: 0.7, score }),
  point: "1:0",
});

// The next sentence's blank, shown after the sentence before with its "Her" written out the same way.
const lorca: GeneratedQuestion = {
  type: "FILL_BLANK",
  prompt: "Ada Venn's longest stay was in Spain. In about 1330 she arrived in _____, where the queen made her a judge. (a city)",
  options: [],
  answerKey: { kind: "text", accepted: ["Lorca"] },
  answerText: "Lorca",
  source: source(2, "Lorca"),
  spanType: "CITY",
  keyKind: "name",
  score: 0.9,
  confidence: 0.7,
};

// Other sentences' blanks, ranked lower, enough to fill the quiz without the statement.
const filler = (i: number, key: string): GeneratedQuestion => ({ ...lorca, prompt: facts[i]!.replace(key, "_____"), answerKey: { kind: "text", accepted: [key] }, answerText: key, source: source(i, key), spanType: "TERM", keyKind: "term", score: 0.3 });
const fillers = [filler(0, "world"), filler(3, "port"), filler(4, "mill"), filler(5, "death")];

describe("a statement of a point another stem prints", () => {
  it("is never asked beside the stem that shows the point with its pronoun written out", () => {
    const truth = point(true, 0.9);
    const denial = point(false, 0.88);
    const quiz = selectQuestions([truth, denial, lorca, ...fillers], 5, ["FILL_BLANK", "TRUE_FALSE"], createRandom(1));
    // (Either may be asked, by rank: never both, and the quiz is still full.)
    expect(quiz.includes(lorca) && (quiz.includes(truth) || quiz.includes(denial))).toBe(false);
    expect(quiz).toHaveLength(5);
  });
});
