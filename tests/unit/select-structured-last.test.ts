import { describe, expect, it } from "vitest";
import { BLANK } from "@/lib/generation/blank";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own sentences about an invented canal, written for this test: three dated deeds, each asked on its own, and a
// matching question that pairs all three with their dates.
const SENTENCES = [
  "The canal company hired Ada Venn as its first engineer in 1801.",
  "The first barge reached the town of Kell in 1806.",
  "The company sold the canal to the railway in 1850.",
];
const KEYS = ["Ada Venn", "Kell", "railway"];

function asked(i: number): GeneratedQuestion {
  const sentence = SENTENCES[i]!;
  const key = KEYS[i]!;
  const at = i * 100;
  return draftQuestion(
    {
      prompt: sentence.replace(key, BLANK),
      answerText: key,
      options: opts(key, ...["Tom Hale", "Orra", "army", "Mara Lind", "Dunmore", "navy"].slice(i * 2, i * 2 + 2), "guild"),
      source: { sentence, start: at, end: at + sentence.length, answer: { start: at + sentence.indexOf(key), end: at + sentence.indexOf(key) + key.length } },
      score: 0.6,
    },
    { keyKind: "name", confidence: 0.7 },
  );
}

const matching: GeneratedQuestion = draftQuestion(
  {
    type: "MATCHING",
    prompt: "Match each event to when it happened.",
    answerText: "pairs",
    options: [
      ...SENTENCES.map((s, i) => ({ id: `l${i + 1}`, text: s.replace(/ in \d{4}\.$/, ""), side: "left" as const })),
      ...["1801", "1806", "1850"].map((y, i) => ({ id: `r${i + 1}`, text: y, side: "right" as const })),
    ],
    answerKey: { kind: "match", pairs: { l1: "r1", l2: "r2", l3: "r3" } },
    source: { sentence: SENTENCES[0]!, start: 0, end: SENTENCES[0]!.length, answer: { start: 0, end: 10 } },
    sources: SENTENCES.map((s, i) => ({ sentence: s, start: i * 100, end: i * 100 + s.length, answer: { start: i * 100, end: i * 100 + 10 } })),
    score: 0.9,
  },
  { keyKind: "event", confidence: 0.7 },
);

describe("an ordering or matching question in a short quiz", () => {
  it("gives way to the questions of its sentences when asking them one by one makes a fuller quiz", () => {
    const quiz = selectQuestions([matching, asked(0), asked(1), asked(2)], 10, ["MULTIPLE_CHOICE", "MATCHING"], createRandom(3));
    expect(quiz.map((q) => q.answerText)).toEqual(KEYS);
  });

  // Regression guard (passes before the structured-last trials too): a quiz the matching fills is left as it was.
  it("keeps its place when it leaves the quiz as full", () => {
    const quiz = selectQuestions([matching, asked(0), asked(1), asked(2)], 1, ["MULTIPLE_CHOICE", "MATCHING"], createRandom(3));
    expect(quiz.map((q) => q.type)).toEqual(["MATCHING"]);
  });
});
