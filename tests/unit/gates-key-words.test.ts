import { describe, expect, it } from "vitest";
import { gateFailure } from "@/lib/generation/gates";
import { BLANK } from "@/lib/generation/blank";
import type { GeneratedQuestion } from "@/lib/generation/types";

/** A typed blank on `key` in the one-sentence article `sentence`, its stem the sentence with the key blanked. */
function typedBlank(sentence: string, key: string): GeneratedQuestion {
  const start = sentence.indexOf(key);
  return {
    type: "FILL_BLANK",
    prompt: sentence.replace(key, BLANK),
    options: [],
    answerKey: { kind: "text", accepted: [key] },
    answerText: key,
    keyKind: "name",
    confidence: 0.7,
    score: 0.7,
    source: { sentence, start: 0, end: sentence.length, answer: { start, end: start + key.length } },
  } as unknown as GeneratedQuestion;
}

describe("the give-away gate reads a key's words as letters", () => {
  it("does not throw on a bracket inside a key word", () => {
    // Invented: a name written with a bracketed letter.
    const q = typedBlank("The ferry was named for Lady Ann(e) Corvel in 1902.", "Ann(e) Corvel");
    expect(() => gateFailure(q, q.source.sentence)).not.toThrow();
    expect(gateFailure(q, q.source.sentence)).toBeNull();
  });

  it("reads a dot in a key word as a dot, not as any letter", () => {
    // Invented: "jabowl" is no form of "J.Bowe"; an unescaped dot made it one and refused the question.
    const sentence = "The jabowl race was won by J.Bowe of Tarn.";
    const q = typedBlank(sentence, "J.Bowe");
    expect(gateFailure(q, sentence)).toBeNull();
  });
});
