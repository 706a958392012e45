import { describe, expect, it } from "vitest";
import { intervalWorkedOutFromYears, stemComputesKey, yearWorkedOutFromInterval } from "@/lib/generation/check-computed-key";
import { checkShownText } from "@/lib/generation/check-shown-text";
import { draftQuestion, lettered } from "../support/draft-question";

// Invented sentences about a made-up mill and its builder.
describe("a year blank a counted span works out", () => {
  it("refuses a year another shown year and a span of years settle", () => {
    expect(yearWorkedOutFromInterval("Tam Orrel built the mill in 1702. Three years later, in _____, it burned down.", "1705")).toBe(true);
    expect(yearWorkedOutFromInterval("The mill burned in _____, two years after Tam Orrel built it in 1702.", "1704")).toBe(true);
    expect(yearWorkedOutFromInterval("In _____, a decade earlier than the 1712 flood, Tam Orrel built the mill.", "1702")).toBe(true);
    expect(yearWorkedOutFromInterval("Tam Orrel built the mill in 1702, and a year later, in _____, he sold it.", "1703")).toBe(true);
    expect(stemComputesKey("Tam Orrel built the mill in 1702. Three years later, in _____, it burned down.", "1705", "date")).toBe(true);
  });

  it("keeps a year the span and shown years do not settle", () => {
    // No other year shown: the span alone settles nothing.
    expect(yearWorkedOutFromInterval("Three years later, in _____, the mill burned down.", "1705")).toBe(false);
    expect(yearWorkedOutFromInterval("Tam Orrel built the mill in 1702. Many years later, in _____, it burned down.", "1740")).toBe(false);
    expect(yearWorkedOutFromInterval("Tam Orrel built the mill in 1702. Three years later, in _____, it burned down.", "1706")).toBe(false);
  });

  it("refuses a span the two shown years settle", () => {
    expect(intervalWorkedOutFromYears("Tam Orrel built the mill in 1702. _____ years later, in 1705, it burned down.", "Three")).toBe(true);
    expect(stemComputesKey("Tam Orrel built the mill in 1702. _____ years later, in 1705, it burned down.", "three", "number")).toBe(true);
    expect(intervalWorkedOutFromYears("_____ years later, in 1705, the mill burned down.", "three")).toBe(false);
  });

  it("refuses such a question as one whose stem gives the key away", () => {
    const q = draftQuestion(
      { prompt: "Tam Orrel built the mill in 1702. Three years later, in _____, it burned down.", answerText: "1705", options: lettered("1705", "1690", "1721", "1744") },
      { keyKind: "date" },
    );
    expect(checkShownText(q, [], undefined, "The Orrel Mill", () => 1, "")).toBe("stem-gives-key-away");
  });
});
