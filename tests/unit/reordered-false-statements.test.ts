import { describe, expect, it } from "vitest";
import { inSentenceOrder, keepsCapital } from "@/lib/generation/clause-order";
import { framingSwapPenalty, statementFault } from "@/lib/generation/check-statement-faults";
import { checkNotes } from "@/lib/generation/check-questions";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { restateCondition } from "@/lib/generation/trim-statement";
import { draftQuestion } from "../support/draft-question";

// Invented: a harbour town's tale, told with its condition after the main clause, so the statement says it first.
const TITLE = "The Harbour Lights of Port Ardel";
const article =
  `${TITLE}\nPort Ardel is a small fishing town on the northern coast of Velmara. Its best-known tale tells how the harbour lights began.\n` +
  "The Tale\nThree boys are fishing from the harbour wall when the wind rises over the bay. The wind drives the fishing boats away from the harbour wall and out toward the rocks. " +
  "The boys run along the harbour wall with lanterns so that the fishing boats can find the harbour. The fishing boats follow the lanterns on the wall and reach the harbour safely. " +
  "The harbour master praises the boys and the fishermen give them fish.\n" +
  "The Custom\nEvery autumn the town lights lanterns along the harbour wall to remember the tale. The custom began in 1842 after a storm sank four fishing boats near the rocks. " +
  "Children of the town carry lanterns along the wall while the fishing boats sail past.";
const BOYS = "Three boys are fishing from the harbour wall when the wind rises over the bay.";

function falseStatement(prompt: string, sentence: string) {
  return draftQuestion({ type: "TRUE_FALSE", prompt, answerText: "False", options: [{ id: "true", text: "True" }, { id: "false", text: "False" }], source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } }, { keyKind: "statement" });
}

describe("a statement said in another order than its sentence", () => {
  it("is read back in the sentence's order: a condition said first, an opening phrase said last", () => {
    expect(inSentenceOrder("When the wind rises over the bay, four boys are fishing from the harbour wall.", BOYS)).toBe("Four boys are fishing from the harbour wall when the wind rises over the bay.");
    expect(inSentenceOrder("The reeds grow quickly in shallow water.", "In shallow water, the reeds grow quickly.")).toBe("In shallow water, the reeds grow quickly.");
    // (A statement in its sentence's order is left as it is.)
    expect(inSentenceOrder("Four boys are fishing from the harbour wall when the wind rises over the bay.", BOYS)).toBeNull();
    expect(inSentenceOrder("When the tide turns, the boats leave.", "When the tide turns, the boats leave.")).toBeNull();
  });

  it("lower-cases the word moved off the sentence's front unless it is a name or 'I'", () => {
    // ("the Three Anchors inn" writes "Three" with a capital inside a sentence, but a count is never a name.)
    const text = `${article} The boys later met at the Three Anchors inn.`;
    expect(restateCondition({ text: BOYS, resolved: false, cut: false }, text)?.text).toBe("When the wind rises over the bay, three boys are fishing from the harbour wall.");
    expect(keepsCapital("Two", "They met at the Two Rivers inn.")).toBe(false);
    expect(keepsCapital("Velmara", article)).toBe(true);
    expect(keepsCapital("I", "")).toBe(true);
    expect(keepsCapital("The", "a boat, The Gull, sank")).toBe(false);
  });

  it("goes through the false-statement checks as one in the sentence's order does: a scene's count, an absurd figure", () => {
    const reordered = falseStatement("When the wind rises over the bay, four boys are fishing from the harbour wall.", BOYS);
    expect(framingSwapPenalty(reordered, TITLE, article)?.check).toBe("count-of-people-in-a-scene");
    const absurd = falseStatement("When the wind rises over the bay, forty boys are fishing from the harbour wall.", BOYS);
    expect(statementFault(absurd, article)).toBe("options-misfit");
  });

  it("in a quiz, never keeps a capital after the condition's comma, and the swapped scene count is held below the review line", () => {
    const seen: { q: GeneratedQuestion; verdict: string }[] = [];
    generateQuestions(article, { count: 10, seed: 1, trace: (q, verdict) => seen.push({ q, verdict }) });
    const reordered = seen.filter(({ q }) => q.type === "TRUE_FALSE" && /^When the wind rises over the bay, /.test(q.prompt));
    expect(reordered.length).toBeGreaterThan(0);
    for (const { q } of reordered) expect(q.prompt, q.prompt).toMatch(/, [a-z]+ boys\b/);
    const swapped = reordered.filter(({ q }) => q.answerText === "False" && !/\bthree boys\b/.test(q.prompt));
    // (A small count of people is no longer changed to make a statement false at all (trivial-count): none is made.)
    expect(swapped).toEqual([]);
    for (const { q, verdict } of swapped) {
      expect(checkNotes(q), q.prompt).toContain("count-of-people-in-a-scene");
      expect(verdict).not.toBe("selected");
    }
  });
});
