import { describe, expect, it } from "vitest";
import { pointingPhrase } from "@/lib/generation/check-context";
import { statementFault } from "@/lib/generation/check-statement-faults";
import { draftQuestion } from "../support/draft-question";

const tf = (prompt: string) =>
  draftQuestion(
    { type: "TRUE_FALSE", prompt, answerText: "True", keyKind: "statement", source: { sentence: prompt, start: 0, end: prompt.length, answer: { start: 0, end: prompt.length } } },
    { keyKind: "statement", confidence: 0.8, answerWhereFound: true },
  );

// Invented reigns and towns: "that time" goes back to a time the stem itself gives, or to one it does not.
describe("'during that time' after a time the stem gives", () => {
  it("stands when a year or a span counted in years comes before it", () => {
    expect(pointingPhrase("Queen Arvela ruled from _____ to her death in 1602, and during that time she doubled the fleet.")).toBe(null);
    expect(pointingPhrase("King Tobin ruled for 31 years, to his death in _____, and during that time Veldra grew rich.")).toBe(null);
    expect(pointingPhrase("King Tobin ruled for _____ years, and in those years Veldra grew rich.")).toBe(null);
    expect(statementFault(tf("King Tobin ruled for 31 years, to his death in 1390, and during that time Veldra grew rich."))).toBe(null);
  });

  it("still points back with no time before it, or where another pointer follows", () => {
    expect(pointingPhrase("During that time the guild doubled its fleet.")).toBe("During that time");
    expect(pointingPhrase("The guild grew rich during that time.")).toBe("during that time");
    expect(pointingPhrase("King Tobin ruled for 31 years, and during that time he fought for that crown.")).toBe("for that crown");
    expect(statementFault(tf("The guild grew rich during that time."))).toBe("stem-dangles");
    expect(statementFault(tf("In 1450 the guild paid for that rescue."))).toBe("stem-dangles");
  });
});
