import { describe, expect, it } from "vitest";
import { BLANK } from "@/lib/generation/generate-questions";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

/** A sure typed question on the sentence starting at `start` (paragraph = start / 1000), ranked `score`, keyed `key`. */
function typed(i: number, start: number, score: number, { key = `v${i}`, confidence = 0.8 } = {}): GeneratedQuestion {
  const sentence = `Sentence ${i} names the value ${key} here.`;
  const at = sentence.indexOf(key);
  return {
    type: "FILL_BLANK",
    prompt: sentence.replace(key, BLANK),
    options: [],
    answerKey: { kind: "text", accepted: [key] },
    answerText: key,
    source: { sentence, start, end: start + sentence.length, answer: { start: start + at, end: start + at + key.length } },
    spanType: "TERM",
    keyKind: "term",
    score,
    confidence,
  };
}

const named = (q: GeneratedQuestion): GeneratedQuestion => ({ ...q, spanType: "PERSON", keyKind: "name" });
const paragraphOf = (offset: number) => Math.floor(offset / 1000);
const select = (candidates: GeneratedQuestion[], mainPoints: number[]) =>
  selectQuestions(candidates, 4, ["FILL_BLANK"], createRandom(3), () => 0, paragraphOf, undefined, new Set(mainPoints));

describe("each paragraph's main point before a paragraph's third question", () => {
  // Three of the surest questions on the first paragraph and one on the second fill the quiz before a sure (not surest)
  // question on the third paragraph's main point has its turn.
  const first = [typed(1, 0, 0.9), typed(2, 100, 0.85), typed(3, 200, 0.8)];
  const second = typed(4, 1000, 0.88);
  const third = typed(5, 2000, 0.3, { confidence: 0.7 });

  it("trades the weakest question of a paragraph asked more than once for the unasked paragraph's main point", () => {
    const quiz = select([...first, second, third], [2000]);
    expect(quiz).toHaveLength(4);
    expect(quiz).toContain(third);
    expect(quiz).toContain(second);
    expect(quiz).not.toContain(first[2]);
    expect(new Set(quiz.map((q) => paragraphOf(q.source.start)))).toEqual(new Set([0, 1, 2]));
  });

  it("trades for a paragraph's main point only, not for one of its details", () => {
    expect(select([...first, second, third], [])).not.toContain(third);
  });

  it("never trades away a main point", () => {
    expect(select([...first, second, third], [0, 100, 200, 2000])).not.toContain(third);
  });

  it("never trades for the same fact asked of another sentence", () => {
    // (Names, not terms: a term may be the answer to two facts of a quiz.)
    const people = first.map(named);
    const again = named(typed(6, 2000, 0.3, { key: "v3", confidence: 0.7 }));
    const quiz = select([...people, named(second), again], [2000]);
    expect(quiz).toContain(people[2]);
    expect(quiz).not.toContain(again);
  });

  it("trades names as it trades terms", () => {
    const quiz = select([...first, second, third].map(named), [2000]);
    expect(quiz.map((q) => q.answerText).sort()).toEqual(["v1", "v2", "v4", "v5"]);
  });
});
