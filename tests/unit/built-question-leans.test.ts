import { describe, expect, it } from "vitest";
import { isUngrammatical, stemFailure } from "@/lib/generation/check-stems";
import { draftQuestion } from "../support/draft-question";

// Invented sentences.
describe("a 'who' question over two clauses", () => {
  it("is ungrammatical when the second clause has a subject of its own", () => {
    expect(isUngrammatical("Who is badly hurt and his arm is broken?")).toBe(true);
    expect(isUngrammatical("Who built the mill and the bridge?")).toBe(false);
  });
});

describe("a built question that counts 'later' from nothing it shows", () => {
  it("dangles, while the same question without it stands", () => {
    const sentence = "Brann Holt was later lost at sea off the northern cape.";
    const source = { sentence, start: 0, end: sentence.length, answer: { start: 0, end: 10 } };
    const later = draftQuestion({ type: "FILL_BLANK", prompt: "Who was later lost at sea off the northern cape?", answerText: "Brann Holt", source });
    expect(stemFailure(later)).toBe("stem-dangles");
    const plain = draftQuestion({ type: "FILL_BLANK", prompt: "Who was lost at sea off the northern cape?", answerText: "Brann Holt", source });
    expect(stemFailure(plain)).toBeNull();
  });
});
