import { describe, expect, it } from "vitest";
import { abbreviationPairs, acceptAbbreviations, withAbbreviations } from "@/lib/generation/abbreviations";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Invented: a harbour board and its price survey, each named once in full with its letters in brackets.
const article = `The Harbour Price Survey

Every spring the Orrin Harbour Board (OHB) checks what a basket of goods costs at the quay. The figure the board prints for that basket each spring is called the Harbour Price Index (HPI). When the HPI climbs fast, the board raises its mooring fees. Traders watch the gross landing weight (GLW) of each boat as well. The survey began in 1882 after a bad winter. It now covers forty goods, from rope to salt fish. Fishers say the survey is fair, and merchants use it to set their own prices for the summer.`;

describe("bracketed abbreviations", () => {
  it("pairs a full name with the letters after it, either way round", () => {
    const pairs = abbreviationPairs(article);
    expect(pairs.get("harbour price index")).toEqual(["HPI"]);
    expect(pairs.get("hpi")).toEqual(["Harbour Price Index"]);
    expect(pairs.get("orrin harbour board")).toEqual(["OHB"]);
    expect(pairs.get("gross landing weight")).toEqual(["GLW"]);
  });

  it("pairs nothing whose initials do not spell the letters, and no bracketed word", () => {
    const pairs = abbreviationPairs("The survey counts the catch (cod) and the boats at the pier (XY) each year. The fee rose (see below).");
    expect(pairs.size).toBe(0);
  });

  it("adds the other form to accepted answers, once", () => {
    const pairs = abbreviationPairs(article);
    expect(withAbbreviations(["Harbour Price Index", "the Harbour Price Index"], pairs)).toEqual(["Harbour Price Index", "the Harbour Price Index", "HPI"]);
    expect(withAbbreviations(["HPI"], pairs)).toEqual(["HPI", "Harbour Price Index"]);
    expect(withAbbreviations(["rope"], pairs)).toEqual(["rope"]);
  });

  it("widens the typed questions of a quiz, and leaves choice questions alone", () => {
    const typed = { type: "FILL_BLANK", answerText: "HPI", answerKey: { kind: "text", accepted: ["HPI"] } } as unknown as GeneratedQuestion;
    const choice = { type: "MULTIPLE_CHOICE", answerText: "OHB", answerKey: { kind: "choice", optionId: "a" } } as unknown as GeneratedQuestion;
    acceptAbbreviations([typed, choice], article);
    expect(typed.answerKey).toEqual({ kind: "text", accepted: ["HPI", "Harbour Price Index"] });
    expect(choice.answerKey).toEqual({ kind: "choice", optionId: "a" });
  });
});
