import { describe, expect, it } from "vitest";
import { REVIEW_THRESHOLD } from "@/lib/generation/confidence";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own retold plot, written for this test.
const lines = [
  "Orla strikes Kester on the old bridge.",
  "Pim rings the copper bell at dawn.",
  "At the fair, Tam meets Kester by the river.",
  "Pim warns Orla about the river gang.",
  "Because Orla struck Kester, the gang hunts Tam.",
  "At the trial, Orla admits that she struck Kester.",
];
const article = `The Copper Bell\n\n${lines.join(" ")}`;
const CAST = ["Orla", "Kester", "Pim", "Tam"];

function deed(i: number, prompt: string, key: string): GeneratedQuestion {
  const sentence = lines[i]!;
  const start = article.indexOf(sentence);
  const at = start + sentence.indexOf(key);
  const options = CAST.filter((n) => !prompt.includes(n)).map((text, n) => ({ id: `o${n}`, text }));
  return {
    type: "MULTIPLE_CHOICE",
    prompt,
    options,
    answerKey: { kind: "choice", optionId: options.find((o) => o.text === key)!.id },
    answerText: key,
    source: { sentence, start, end: start + sentence.length, answer: { start: at, end: at + key.length } },
    spanType: "PERSON",
    keyKind: "name",
    score: 0.8,
    confidence: 0.8,
    castOptions: true,
  };
}

function typed(i: number, key: string): GeneratedQuestion {
  const sentence = lines[i]!;
  const start = article.indexOf(sentence);
  const at = start + sentence.indexOf(key);
  return {
    type: "FILL_BLANK",
    prompt: sentence.replace(key, "_____"),
    options: [],
    answerKey: { kind: "text", accepted: [key] },
    answerText: key,
    source: { sentence, start, end: start + sentence.length, answer: { start: at, end: at + key.length } },
    spanType: "PERSON",
    keyKind: "name",
    score: 0.7,
    confidence: 0.8,
  };
}

describe("plot questions offering a story's characters", () => {
  it("asks two deeds of the plot though both offer the same characters", () => {
    const strikes = deed(0, "Who strikes Kester on the old bridge?", "Orla");
    const rings = deed(1, "Who rings the copper bell at dawn?", "Pim");
    expect(selectQuestions([strikes, rings], 10, ["MULTIPLE_CHOICE"], createRandom(1))).toEqual(expect.arrayContaining([strikes, rings]));
  });

  it("keeps a typed character's name beside a deed that offers that character, with no look asked for", () => {
    const strikes = deed(0, "Who strikes Kester on the old bridge?", "Orla");
    const meets = typed(2, "Tam");
    const quiz = selectQuestions([strikes, meets], 10, ["MULTIPLE_CHOICE", "FILL_BLANK"], createRandom(1));
    expect(quiz).toEqual(expect.arrayContaining([strikes, meets]));
    expect(meets.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it("asks a deed whose stem names the doer of another: the cast is named all through the plot", () => {
    const strikes = deed(0, "Who strikes Kester on the old bridge?", "Orla");
    const warns = deed(3, "Who warns Orla about the river gang?", "Pim");
    expect(selectQuestions([strikes, warns], 10, ["MULTIPLE_CHOICE"], createRandom(1))).toEqual(expect.arrayContaining([strikes, warns]));
  });

  it("never asks a deed beside a question that tells it again with the doer named, or asks its doer by a blank", () => {
    const strikes = deed(0, "Who strikes Kester on the old bridge?", "Orla");
    const hunts = typed(4, "Tam");
    const admits = typed(5, "Orla");
    expect(selectQuestions([strikes, hunts], 10, ["MULTIPLE_CHOICE", "FILL_BLANK"], createRandom(1))).toHaveLength(1);
    expect(selectQuestions([strikes, admits], 10, ["MULTIPLE_CHOICE", "FILL_BLANK"], createRandom(1))).toHaveLength(1);
    // (Another deed beside one of them clashes with nothing.)
    const rings = deed(1, "Who rings the copper bell at dawn?", "Pim");
    expect(selectQuestions([rings, hunts], 10, ["MULTIPLE_CHOICE", "FILL_BLANK"], createRandom(1))).toHaveLength(2);
    expect(selectQuestions([rings, admits], 10, ["MULTIPLE_CHOICE", "FILL_BLANK"], createRandom(1))).toHaveLength(2);
  });
});
