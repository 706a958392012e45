import { describe, expect, it } from "vitest";
import { statementFault } from "@/lib/generation/check-statement-faults";
import { draftQuestion } from "../support/draft-question";

const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over, { keyKind: "statement", confidence: 0.8, answerWhereFound: true });

const tf = (prompt: string, sentence: string) =>
  question({ type: "TRUE_FALSE", prompt, answerText: "True", keyKind: "statement", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } });

// An invented regency: the sentence ends on a side clause ", until …".
const REGENCY = "For six years the real control sat with her uncle, Lord Brenn, until the young queen took charge herself.";

describe("a side clause cut from its sentence", () => {
  it("is never a statement on its own ('Until the young queen took charge herself.')", () => {
    expect(statementFault(tf("Until the young queen took charge herself.", REGENCY))).toBe("stem-fragment");
    expect(statementFault(tf("Because the harvest failed.", "The town starved that winter because the harvest failed."))).toBe("stem-fragment");
  });
  it("stands when a main clause follows it, or the sentence itself opens so", () => {
    expect(statementFault(tf("Until the war ended, Lord Brenn governed the town.", "Until the war ended, Lord Brenn governed the town."))).toBe(null);
    expect(statementFault(tf("Because the harvest failed, the town starved.", "Because the harvest failed, the town starved."))).toBe(null);
  });
});
