import { describe, expect, it } from "vitest";
import { withoutAdditionWords } from "@/lib/generation/check-context";
import { statementFault } from "@/lib/generation/check-statement-faults";
import { statementQuestion } from "@/lib/generation/question-parts";
import { draftQuestion } from "../support/draft-question";

// Invented sentences, each after a failure the fresh25 judges found.
describe("a concessive 'though' is no linking word", () => {
  it("keeps ', though they …' whole, and still drops ', though,' and a closing 'though'", () => {
    expect(withoutAdditionWords("The river lords of Pell, though they feared both armies, let the traders pass.")).toBe("The river lords of Pell, though they feared both armies, let the traders pass.");
    expect(withoutAdditionWords("The crossing, though, was slow.")).toBe("The crossing was slow.");
    expect(withoutAdditionWords("The crossing was slow, though.")).toBe("The crossing was slow.");
  });
});

describe("a blank in the middle of a person's name", () => {
  const blank = (sentence: string, key: string) =>
    draftQuestion({ type: "FILL_BLANK", prompt: `${sentence.replace(key, "_____")} (a person)`, answerText: key, source: { sentence, start: 0, end: sentence.length, answer: { start: sentence.indexOf(key), end: sentence.indexOf(key) + key.length } }, spanType: "PERSON", keyKind: "name" });

  it("refuses 'Dr _____ Quill' keyed on the given names", () => {
    expect(statementFault(blank("Dr Ada Mae Quill ran the harbour board for the city.", "Ada Mae"))).toBe("stem-fragment");
  });

  it("takes a blank on the whole name, or on a name after an opening word", () => {
    expect(statementFault(blank("Dr Ada Mae Quill ran the harbour board for the city.", "Ada Mae Quill"))).toBeNull();
    expect(statementFault(blank("In 1820 Ada Quill Harbour Board members met.", "Ada Quill"))).toBeNull();
  });
});

describe("a name swapped in with its 'the' after a describing word", () => {
  const falseStatement = (statement: string, sentence: string) =>
    statementQuestion({ statement, isTrue: false, source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: 1 } }, keyKind: "name", confidence: 0.7 });

  it("refuses 'a feast of ancient the Netherlands'", () => {
    const sentence = "The games revived a feast of ancient Persia that had lapsed for ten centuries.";
    expect(statementFault(falseStatement("The games revived a feast of ancient the Netherlands that had lapsed for ten centuries.", sentence))).toBe("options-misfit");
  });

  it("takes 'visited the Netherlands' for 'visited Persia'", () => {
    const sentence = "The young envoy visited Persia on his way to the court of the khan.";
    expect(statementFault(falseStatement("The young envoy visited the Netherlands on his way to the court of the khan.", sentence))).toBeNull();
  });
});
