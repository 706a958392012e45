import { describe, expect, it } from "vitest";
import { yearWorkedOutFromEvent } from "@/lib/generation/check-computed-key";
import { checkShownText } from "@/lib/generation/check-shown-text";
import { draftQuestion, lettered } from "../support/draft-question";

// Invented article about a made-up river town and its bridge.
const ARTICLE =
  "In 1812 the people of Varnholt began a long strike against the bridge toll. The toll was finally lifted in 1829, seventeen years after the strike, and the town grew quickly.";

describe("a year blank a span from a named event works out", () => {
  it("refuses a year the article's year for the event and the span settle", () => {
    expect(yearWorkedOutFromEvent("The toll was finally lifted in _____, seventeen years after the strike, and the town grew quickly.", "1829", ARTICLE)).toBe(true);
    expect(yearWorkedOutFromEvent("The bridge was built in _____, two decades before the strike.", "1792", "The strike began in 1812.")).toBe(true);
  });

  it("keeps a year no printed year settles", () => {
    expect(yearWorkedOutFromEvent("The toll was finally lifted in _____, many years after the strike.", "1829", ARTICLE)).toBe(false);
    expect(yearWorkedOutFromEvent("The toll was finally lifted in _____, ten years after the strike.", "1829", ARTICLE)).toBe(false);
    expect(yearWorkedOutFromEvent("The toll was finally lifted in _____.", "1829", ARTICLE)).toBe(false);
  });

  it("refuses such a question as one whose stem gives the key away", () => {
    const q = draftQuestion(
      { prompt: "The toll was finally lifted in _____, seventeen years after the strike, and the town grew quickly.", answerText: "1829", options: lettered("1829", "1812", "1840", "1851") },
      { keyKind: "date" },
    );
    expect(checkShownText(q, [], undefined, "Varnholt", () => 1, ARTICLE)).toBe("stem-gives-key-away");
  });
});
