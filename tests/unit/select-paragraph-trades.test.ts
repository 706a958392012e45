import { describe, expect, it } from "vitest";
import { BLANK } from "@/lib/generation/generate-questions";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import { readerParagraphs } from "@/lib/generation/trade-for-paragraphs";
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

describe("the paragraphs a reader sees, for the trade", () => {
  // Invented: an opening paragraph of three sentences, then a paragraph that leads into a list, then a closing line.
  const text = [
    "The Orlen Ferry",
    "",
    "Alpha one opened the ferry. Alpha two ran the boats. Alpha three kept the books.",
    "",
    "Beta lead found three things:",
    "- Gamma item paints the hull red.",
    "- Delta item sells the tickets.",
    "Epsilon line closes the list.",
    "",
    "Zeta end ends the story.",
  ].join("\n");
  const at = (words: string) => text.indexOf(words);
  // The parser's paragraphs: one per line.
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  const first = [typed(1, at("Alpha one"), 0.9), typed(2, at("Alpha two"), 0.85), typed(3, at("Alpha three"), 0.8)];
  const lead = typed(4, at("Beta lead"), 0.88);
  const bullet = typed(5, at("Gamma item"), 0.3, { confidence: 0.7 });
  const closing = typed(6, at("Epsilon line"), 0.3, { confidence: 0.7 });
  const pick = (candidates: GeneratedQuestion[], mainPoints: number[]) =>
    selectQuestions(candidates, 4, ["FILL_BLANK"], createRandom(3), () => 0, lineOf, undefined, new Set(mainPoints), text);

  it("takes a list line and the line closing the list as part of the paragraph leading into it", () => {
    for (const detail of [bullet, closing]) {
      const quiz = pick([...first, lead, detail], [detail.source.start]);
      expect(quiz).not.toContain(detail);
      expect(quiz).toContain(first[2]);
    }
  });

  it("still trades for a paragraph of its own after a blank line", () => {
    const end = typed(7, at("Zeta end"), 0.3, { confidence: 0.7 });
    const quiz = pick([...first, lead, end], [end.source.start]);
    expect(quiz).toContain(end);
    expect(quiz).not.toContain(first[2]);
  });

  it("reads every line as a paragraph where the article leaves no blank lines, but a list line with its lead", () => {
    const packed = text.replace(/\n\n/g, "\n");
    const of = readerParagraphs(packed);
    const start = (words: string) => packed.indexOf(words);
    expect(of(start("Gamma item"))).toBe(of(start("Beta lead")));
    expect(of(start("Delta item"))).toBe(of(start("Beta lead")));
    expect(of(start("Epsilon line"))).not.toBe(of(start("Beta lead")));
    expect(of(start("Alpha two"))).toBe(of(start("Alpha one")));
  });
});

describe("a true-or-false question given up only for another", () => {
  /** A true statement of the sentence `typed` would make at `start`. */
  const statement = (i: number, start: number, score: number, confidence = 0.8): GeneratedQuestion => {
    const q = typed(i, start, score, { confidence });
    return { ...q, type: "TRUE_FALSE", prompt: q.source.sentence, options: [{ id: "true", text: "True" }, { id: "false", text: "False" }], answerKey: { kind: "choice", optionId: "true" }, answerText: "True", keyKind: "statement" };
  };
  const choose = (candidates: GeneratedQuestion[]) =>
    selectQuestions(candidates, 4, ["FILL_BLANK", "TRUE_FALSE"], createRandom(3), () => 0, paragraphOf, undefined, new Set([0, 2000]));
  // (The first paragraph's typed question is on its main point: only its true statements may go.)
  const first = [typed(1, 0, 0.9), statement(2, 100, 0.85), statement(3, 200, 0.8)];
  const second = typed(4, 1000, 0.88);

  it("keeps a paragraph's true statements against a typed detail of an unasked paragraph's main point", () => {
    const detail = typed(5, 2000, 0.3, { confidence: 0.7 });
    const quiz = choose([...first, second, detail]);
    expect(quiz).not.toContain(detail);
    expect(quiz).toEqual(expect.arrayContaining([first[1], first[2]]));
  });

  it("trades a true statement for the unasked paragraph's main point stated", () => {
    const point = statement(5, 2000, 0.3, 0.7);
    const quiz = choose([...first, second, point]);
    expect(quiz).toContain(point);
    expect(quiz).not.toContain(first[2]);
  });
});
