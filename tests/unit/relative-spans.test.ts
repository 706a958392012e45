import { describe, expect, it } from "vitest";
import { repairContext, unanchoredTime } from "@/lib/generation/check-context";
import { parseArticle } from "@/lib/generation/parse-article";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Invented sentences: a stretch of time counted on from a point only another sentence gives.
const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over, { keyKind: "name" });

describe("a span of time counted on from a point the stem does not give", () => {
  it("reads 'the next twenty years', 'the years after', 'the decades that followed' as relative", () => {
    expect(unanchoredTime("For the next twenty years the Orrin mill ran at a loss.")).toBe("the next twenty years");
    expect(unanchoredTime("Over the next few decades the marsh was drained.")).toBe("the next few decades");
    expect(unanchoredTime("During the following two centuries the abbey grew rich.")).toBe("the following two centuries");
    expect(unanchoredTime("In the years after, the town grew quickly.")).toBe("the years after");
    expect(unanchoredTime("In the decades that followed, the guild lost its hold.")).toBe("the decades that followed");
  });

  it("leaves a span whose starting point the stem names", () => {
    expect(unanchoredTime("In the years after the flood, the town grew quickly.")).toBeNull();
    expect(unanchoredTime("In the decades that followed its founding, the guild grew.")).toBeNull();
    expect(unanchoredTime("For the next twenty years after 1850 the mill ran at a loss.")).toBeNull();
    expect(unanchoredTime("The mill ran at a loss for twenty years.")).toBeNull();
  });

  it("shows the sentence that gives the starting point, and drops a statement or a stem with no such sentence", () => {
    const text = "The Orrin Mill\n\nThe Orrin mill was sold to Tam Hollis in 1852. For the next twenty years the mill ran at a loss under Hollis.";
    const { sentences } = parseArticle(text);
    const s = sentences[1]!;
    const source = { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start + s.text.indexOf("Hollis."), end: s.start + s.text.indexOf("Hollis.") + 6 } };
    const q = question({ type: "MULTIPLE_CHOICE", prompt: "For the next twenty years the mill ran at a loss under _____.", answerText: "Hollis", options: opts("Hollis", "Venn", "Marsh"), source });
    expect(repairContext(q, sentences, 1, "The Orrin Mill", () => 0, text)).toBeNull();
    expect(q.prompt).toBe("The Orrin mill was sold to Tam Hollis in 1852. For the next twenty years the mill ran at a loss under _____.");
    const tf = question({ type: "TRUE_FALSE", prompt: s.text, answerText: "True", keyKind: "statement", options: opts("True", "False"), source });
    expect(repairContext(tf, sentences, 1, "The Orrin Mill", () => 0, text)).toBe("stem-dangles");
    const alone = "The Orrin Mill\n\nIn the years after, the Orrin mill was run at a loss by the Hollis family.";
    const parsed = parseArticle(alone).sentences;
    const a = parsed[0]!;
    const first = question({ type: "MULTIPLE_CHOICE", prompt: "In the years after, the Orrin mill was run at a loss by the _____ family.", answerText: "Hollis", options: opts("Hollis", "Venn", "Marsh"), source: { sentence: a.text, start: a.start, end: a.end, answer: { start: a.start + a.text.indexOf("Hollis"), end: a.start + a.text.indexOf("Hollis") + 6 } } });
    expect(repairContext(first, parsed, 0, "The Orrin Mill", () => 0, alone)).toBe("stem-dangles");
  });
});
