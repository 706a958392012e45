import { describe, expect, it } from "vitest";
import { unfairStemPenalties } from "@/lib/generation/check-unfair-stems";
import { draftQuestion, lettered } from "../support/draft-question";

const cloze = (prompt: string, answerText: string, sentence?: string) =>
  draftQuestion({ prompt, answerText, options: lettered(answerText, "3", "8", "12"), ...(sentence ? { source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: 1 } } } : {}) }, { keyKind: "number" });
const checks = (q: ReturnType<typeof cloze>) => unfairStemPenalties(q).map((p) => p.check);

// Invented sentences about a made-up pulley and a made-up glacier.
describe("a number from a worked example", () => {
  it("refuses a figure from a supposed case or an instance", () => {
    expect(checks(cloze("If the rope is pulled _____ metres, the load rises 2 metres.", "4"))).toContain("number-in-an-example");
    expect(checks(cloze("The Orrow Glacier has shrunk _____ kilometres in a century.", "3", "The Orrow Glacier, for example, has shrunk 3 kilometres in a century."))).toContain("number-in-an-example");
  });

  it("refuses a False statement made by swapping such a figure, but keeps its true copy", () => {
    const sentence = "If the rope is pulled 4 metres, the load rises 2 metres.";
    const statement = (prompt: string, answerText: string) =>
      draftQuestion({ type: "TRUE_FALSE", prompt, answerText, options: lettered("True", "False"), source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: 1 } } }, { keyKind: "number" });
    expect(checks(statement("If the rope is pulled 6 metres, the load rises 2 metres.", "False"))).toContain("number-in-an-example");
    expect(checks(statement(sentence, "True"))).not.toContain("number-in-an-example");
  });

  it("keeps a figure stated as a fact", () => {
    expect(checks(cloze("The Orrow Glacier has shrunk _____ kilometres in a century.", "3"))).not.toContain("number-in-an-example");
  });
});
