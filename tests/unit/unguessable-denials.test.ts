import { describe, expect, it } from "vitest";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { guessableByNegatives, negativesAllFalse, swapIn, unmaskDenials } from "@/lib/generation/unguessable-denials";

// A held-out judge saw every statement with "not" keyed False and every other True: a class could key them by the word.

describe("statements a class cannot key by their 'not' alone", () => {
  const statement = (prompt: string, answerText: "True" | "False", start: number, score = 1): GeneratedQuestion => ({
    type: "TRUE_FALSE",
    prompt,
    options: [],
    answerKey: { kind: "choice", optionId: answerText.toLowerCase() },
    answerText,
    source: { sentence: prompt, start, end: start + prompt.length, answer: { start, end: start + 1 } },
    spanType: "TERM",
    score,
    keyKind: "statement",
    confidence: 0.8,
  });

  it("swaps in the first replacement the quiz lets in, and puts the old question back where none is", () => {
    const first = statement("The ferry left at dawn.", "True", 0);
    const old = statement("The ferry carried forty carts.", "True", 50);
    const refused = statement("The ferry carried four carts.", "False", 100);
    const taken = statement("The ferry left at dusk.", "False", 150);
    const chosen = [first, old];
    const takeOne = (q: GeneratedQuestion) => void (q !== refused && chosen.push(q));
    swapIn(chosen, old, [refused, taken], takeOne);
    expect(chosen).toEqual([first, taken]);
    const kept = [first, old];
    swapIn(kept, old, [refused], (q) => void (q !== refused && kept.push(q)));
    expect(kept).toEqual([first, old]);
  });

  it("sees a quiz whose every 'not' is False and every other statement True", () => {
    expect(guessableByNegatives([statement("The mill did not burn.", "False", 0), statement("The mill stood by the river.", "True", 50)])).toBe(true);
    expect(guessableByNegatives([statement("The mill did not burn.", "False", 0), statement("The mill never closed.", "True", 50)])).toBe(false);
    expect(guessableByNegatives([statement("The mill did not burn.", "False", 0), statement("The mill stood by the sea.", "False", 50)])).toBe(false);
  });

  it("puts the article's own true negative in place of the weakest true copy", () => {
    const denial = statement("The mill did not burn in 1820.", "False", 0, 2);
    const copy = statement("The mill stood by the river.", "True", 50, 1);
    const ownNegative = statement("No other mill in the valley ground as much grain.", "True", 100, 1);
    const chosen = [denial, copy];
    const takeOne = (q: GeneratedQuestion) => void chosen.push(q);
    unmaskDenials({ chosen, ranked: [ownNegative], takeOne, sentencesOf: (q) => [q.source.start], sureFalse: () => true, sure: () => true, trueCopyOf: new Map() });
    expect(chosen).toEqual([denial, ownNegative]);
  });

  it("leaves the quiz as it is where no sure statement breaks the pattern", () => {
    const denial = statement("The mill did not burn in 1820.", "False", 0, 2);
    const copy = statement("The mill stood by the river.", "True", 50, 1);
    const chosen = [denial, copy];
    unmaskDenials({ chosen, ranked: [statement("The mill had four doors.", "True", 100)], takeOne: (q) => void chosen.push(q), sentencesOf: (q) => [q.source.start], sureFalse: () => true, sure: () => true, trueCopyOf: new Map() });
    expect(chosen).toEqual([denial, copy]);
  });

  it("asks one true 'not' where every 'not' of the quiz is False, even beside false statements of other kinds", () => {
    const denials = [statement("The mill did not burn in 1820.", "False", 0, 2), statement("The miller never sold the mill.", "False", 50, 2)];
    const swapped = [statement("The mill had five doors.", "False", 100, 2), statement("The mill stood by the sea.", "False", 150, 2)];
    const copy = statement("The mill ground oats for the town.", "True", 200, 1);
    const ownNegative = statement("No other mill in the valley ground as much grain.", "True", 250, 1);
    const chosen = [...denials, ...swapped, copy];
    expect(guessableByNegatives(chosen)).toBe(false);
    expect(negativesAllFalse(chosen)).toBe(true);
    unmaskDenials({ chosen, ranked: [ownNegative], takeOne: (q) => void chosen.push(q), sentencesOf: (q) => [q.source.start], sureFalse: () => true, sure: () => true, trueCopyOf: new Map() });
    expect(chosen).toEqual([...denials, ...swapped, ownNegative]);
    expect(negativesAllFalse(chosen)).toBe(false);
  });

  it("asks the weakest of two denials by its true copy where nothing else breaks the pattern, and keeps one denial", () => {
    const strong = statement("The mill did not burn in 1820.", "False", 0, 2);
    const weak = statement("The miller did not sell the mill.", "False", 50, 1);
    const copy = statement("The mill stood by the river.", "True", 100, 1);
    const weakTruth = statement("The miller sold the mill.", "True", 50, 1);
    const chosen = [strong, weak, copy];
    unmaskDenials({ chosen, ranked: [weakTruth], takeOne: (q) => void chosen.push(q), sentencesOf: (q) => [q.source.start], sureFalse: () => true, sure: () => true, trueCopyOf: new Map([[weak, weakTruth]]) });
    expect(chosen).toEqual([strong, copy, weakTruth]);
  });
});
