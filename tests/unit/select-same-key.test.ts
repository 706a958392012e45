import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion, SpanType } from "@/lib/generation/types";
import { draftQuestion, lettered } from "../support/draft-question";

// Our own article, written for this test.
const article = `The Glassworks of Orlen

Petra Holm founded the glassworks of Orlen in 1822. Her furnaces burned beech wood from the hills. In 1830 Holm hired twelve
glass blowers from the coast. The blowers shaped bottles, lamps and windows. Later Holm built a second furnace for coloured glass.
Cobalt gave the glass its deep blue colour. The workers ground the cobalt by hand.`;

// A question from sentence `i` of the article keyed `key` (a name or a term), in a sentence of its own.
function asked(i: number, key: string, spanType: SpanType, others: string[]): GeneratedQuestion {
  const start = i * 100;
  const sentence = `Sentence ${i} names ${key}.`;
  const at = start + sentence.indexOf(key);
  return draftQuestion(
    {
      prompt: `Which one is meant in sentence ${i}?`,
      answerText: key,
      options: lettered(key, ...others),
      spanType,
      // (Not a listed term, which may rightly answer two facts: an example the article gives.)
      keyKind: spanType === "PERSON" ? "name" : "example",
      source: { sentence, start, end: start + sentence.length, answer: { start: at, end: at + key.length } },
    },
    { confidence: 0.8 },
  );
}

describe("one question per key, across the forms of one name or term", () => {
  it("asks a person once by full name or surname, and a term once in the singular or plural", () => {
    const byName = [asked(1, "Petra Holm", "PERSON", ["Anna Brisk", "Olga Venn"]), asked(2, "Holm", "PERSON", ["Brisk", "Venn"])];
    expect(selectQuestions(byName, 10, ["MULTIPLE_CHOICE"], createRandom(1), undefined, undefined, undefined, undefined, article)).toHaveLength(1);
    const byTerm = [asked(3, "furnace", "TERM", ["kiln", "oven"]), asked(4, "Furnaces", "TERM", ["Kilns", "Ovens"])];
    expect(selectQuestions(byTerm, 10, ["MULTIPLE_CHOICE"], createRandom(1), undefined, undefined, undefined, undefined, article)).toHaveLength(1);
    // Two people who share a surname are two keys: "Holm" is no short form of either.
    const two = `${article} Her son Erik Holm later ran the works.`;
    const kin = [asked(5, "Petra Holm", "PERSON", ["Anna Brisk", "Olga Venn"]), asked(6, "Erik Holm", "PERSON", ["Jon Brisk", "Karl Venn"])];
    expect(selectQuestions(kin, 10, ["MULTIPLE_CHOICE"], createRandom(1), undefined, undefined, undefined, undefined, two)).toHaveLength(2);
  });
});

describe("one part's jobs", () => {
  // Our own text: a water mill's parts and what each does.
  const mill = `The Water Mill

The wheel turns in the race. The shaft carries the turning to the stones. The hopper feeds grain to the stones. The stones grind
the grain into flour. The chute carries the flour into sacks.`;
  const job = (prompt: string, key: string, keyKind: "function" | "term", i: number): GeneratedQuestion => {
    const start = mill.indexOf(".", 30 + i * 40) + 2;
    const sentence = `Sentence ${i} tells what the ${key} does.`;
    return draftQuestion({ type: "FILL_BLANK", prompt, answerText: key, spanType: "TERM", keyKind, source: { sentence, start, end: start + sentence.length, answer: { start, end: start } } }, { confidence: 0.8 });
  };
  const pick = (qs: GeneratedQuestion[]) => selectQuestions(qs, 10, ["FILL_BLANK"], createRandom(1), undefined, undefined, undefined, undefined, mill).map((q) => q.prompt);

  it("asks one part's jobs once, typed or chosen: the second asks again what the first answered", () => {
    expect(pick([job("Which part feeds grain to the stones?", "hopper", "function", 1), job("Which part holds the grain above the stones?", "hopper", "function", 2)])).toHaveLength(1);
  });

  it("still lets a part answer a job and another kind of fact", () => {
    expect(pick([job("Which part feeds grain to the stones?", "hopper", "function", 1), job("Which part of the mill is shaped like a funnel?", "hopper", "term", 2)])).toHaveLength(2);
  });
});
