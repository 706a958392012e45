import { describe, expect, it } from "vitest";
import { openingAndSideClauseOnly, stemFailure } from "@/lib/generation/check-stems";
import { predicateOfJoinedVerb, statementFault } from "@/lib/generation/check-statement-faults";
import { IRREGULAR_PAST_WORD } from "@/lib/generation/finite-verb";
import type { GeneratedQuestion } from "@/lib/generation/types";

// A judge-facing statement read "In <year>, when <she> was old and gravely ill." as True: the trim kept the opening and
// its clause of time and lost the main clause.
const statement = (prompt: string, sentence: string): GeneratedQuestion => ({
  type: "TRUE_FALSE",
  prompt,
  options: [],
  answerKey: { kind: "choice", optionId: "true" },
  answerText: "True",
  source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: 1 } },
  spanType: "TERM",
  score: 1,
  keyKind: "statement",
  confidence: 0.8,
});

describe("a statement with no main clause", () => {
  const sentence = "In 1790, when Pell Varro was old and weak, the guild made his son its master.";
  it("is a fragment when only the opening and its side clause are left", () => {
    expect(stemFailure(statement("In 1790, when Pell Varro was old and weak.", sentence))).toBe("stem-fragment");
  });
  it("is whole with its main clause, or as a side clause after one", () => {
    expect(stemFailure(statement(sentence, sentence))).toBeNull();
    expect(stemFailure(statement("The guild made Pell Varro's son its master when Pell Varro was old.", sentence))).toBeNull();
    expect(stemFailure(statement("In 1790, when the guild met, it chose a master.", sentence))).toBeNull();
  });
});

// One rule for both checks (statementFault and stemFailure once each kept a copy, with different words): either check
// knows every opening and side-clause word the other did.
describe("one rule for an opening and its side clause", () => {
  const cuts = [
    ["Near the old ford, where the carters rested.", "Near the old ford, where the carters rested, a toll house stood."],
    ["Within a year, as the drought went on.", "Within a year, as the drought went on, the well ran dry."],
    ["Later, when the fair had closed.", "Later, when the fair had closed, the guild counted its coins."],
    ["Then, because the road was flooded.", "Then, because the road was flooded, the carts turned back."],
  ] as const;
  it("is a fragment to both checks", () => {
    for (const [cut, sentence] of cuts) {
      expect(stemFailure(statement(cut, sentence))).toBe("stem-fragment");
      expect(statementFault(statement(cut, sentence))).toBe("stem-fragment");
      expect(openingAndSideClauseOnly(cut)).toBe(true);
      expect(openingAndSideClauseOnly(sentence)).toBe(false);
    }
  });
});

describe("one word test for an irregular past", () => {
  it("is exported once and reads a whole word", () => {
    expect(IRREGULAR_PAST_WORD.test("built")).toBe(true);
    expect(IRREGULAR_PAST_WORD.test("builder")).toBe(false);
    expect(predicateOfJoinedVerb("Built two sheds for the carts.", "The carters cleared the yard and built two sheds for the carts.")).toBe(true);
  });
});
