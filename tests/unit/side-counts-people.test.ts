import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countOfParticipants, endOfAState, figureOfAMadeUpExample, passingNameInOpeningClause, relativeInterval } from "@/lib/generation/check-passing-details";
import { framingSwapPenalty } from "@/lib/generation/check-statement-faults";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { BLANK } from "@/lib/generation/generate-questions";
import { draftQuestion } from "../support/draft-question";

// Our own sentences in several styles, and our own fixture article (tests/fixtures/articles/harrowgate-observatory.txt).
const observatory = readFileSync("tests/fixtures/articles/harrowgate-observatory.txt", "utf8");
const where = (sentence: string, key: string) => ({ sentence, start: sentence.indexOf(key), end: sentence.indexOf(key) + key.length });

describe("side counts and side people", () => {
  it("reads a span counted from an event the stem dates, or one opening the sentence", () => {
    const opening = "Two years later he founded a party of his own.";
    expect(relativeInterval(opening.replace("Two", BLANK), opening, 0, 3)).toBe(true);
    const context = "The engineer came home in 1947. He opened a workshop three years later.";
    const s2 = "He opened a workshop three years later.";
    expect(relativeInterval(context.replace("three", BLANK), s2, s2.indexOf("three"), s2.indexOf("three") + 5)).toBe(true);
    const s3 = "Some 12 months after the fire, the hall reopened.";
    expect(relativeInterval(s3.replace("12", BLANK), s3, s3.indexOf("12"), s3.indexOf("12") + 2)).toBe(false);
    const s4 = "The canal took ten years to dig.";
    expect(relativeInterval(s4.replace("ten", BLANK), s4, s4.indexOf("ten"), s4.indexOf("ten") + 3)).toBe(false);
  });

  it("reads a figure of a worked example about someone made up, not a figure the article states as a fact", () => {
    const at = (sentence: string, key: string) => sentence.indexOf(key);
    const a = "For someone earning £12,000 a year, a £40 charge takes a far bigger share of income.";
    expect(figureOfAMadeUpExample(a, at(a, "12,000"))).toBe(true);
    const b = "A family that spends $300 a month on food pays $24 of it in sales tax, but a family with $90 of savings pays none.";
    expect(figureOfAMadeUpExample(b, at(b, "90"))).toBe(true);
    const c = "Picture a worker paid 18 dollars an hour.";
    expect(figureOfAMadeUpExample(c, at(c, "18"))).toBe(true);
    const d = "In 2019 the tax raised £12 billion, paid by 30 million workers.";
    expect(figureOfAMadeUpExample(d, at(d, "12"))).toBe(false);
    expect(figureOfAMadeUpExample(d, at(d, "30"))).toBe(false);
    const e = "Anyone could enter the race; 40 riders did.";
    expect(figureOfAMadeUpExample(e, at(e, "40"))).toBe(false);
  });

  it("reads a year that only ends a state told in passing", () => {
    expect(endOfAState("His name stayed hidden until his death in 1966.", "His name stayed hidden until his death in ".length)).toBe(true);
    expect(endOfAState("The keeper, who lived in the tower until she retired in 1931, kept a diary.", "The keeper, who lived in the tower until she retired in ".length)).toBe(true);
    expect(endOfAState("He died in 1966.", "He died in ".length)).toBe(false);
    expect(endOfAState("The line stayed open until 1966.", "The line stayed open until ".length)).toBe(false);
  });

  it("reads a name the article gives once, inside an opening clause that sets up the main one", () => {
    const name = (prompt: string, key: string, sentence: string) =>
      passingNameInOpeningClause(draftQuestion({ prompt, answerText: key }, { keyKind: "name" }), `${observatory} ${sentence}`, where(sentence, key));
    const s1 = "When the wagons stopped at Dunholm to take on water, several guests stepped down onto the line.";
    expect(name(s1.replace("Dunholm", BLANK), "Dunholm", s1)).toBe(true);
    const s2 = "After a night at Kelso Bridge, the assistants carried the lens up the hill.";
    expect(name(s2.replace("Kelso Bridge", BLANK), "Kelso Bridge", s2)).toBe(true);
    // A name the article comes back to is no passing stop; nor is a key in the main clause.
    const s3 = "When the plates reached Calcutta, the partner observatory compared them with its own.";
    expect(name(s3.replace("Calcutta", BLANK), "Calcutta", s3)).toBe(false);
    // Nor a place in the title subject's own story ("When <the title's person> passed through _____, …").
    const s6 = "When Ada Pell reached Dunholm, she sold the whole cargo of salt at a profit.";
    expect(passingNameInOpeningClause(draftQuestion({ prompt: s6.replace("Dunholm", BLANK), answerText: "Dunholm" }, { keyKind: "name" }), observatory, where(s6, "Dunholm"), "The Voyages of Ada Pell")).toBe(false);
    expect(passingNameInOpeningClause(draftQuestion({ prompt: s6.replace("Dunholm", BLANK), answerText: "Dunholm" }, { keyKind: "name" }), observatory, where(s6, "Dunholm"), "The Harrowgate Observatory")).toBe(true);
    const s7 = "When she reached Dunholm, she sold the whole cargo of salt at a profit.";
    expect(passingNameInOpeningClause(draftQuestion({ prompt: `When Ada Pell reached ${BLANK}, she sold the whole cargo of salt at a profit.`, answerText: "Dunholm" }, { keyKind: "name" }), observatory, where(s7, "Dunholm"), "The Voyages of Ada Pell")).toBe(false);
    // A context sentence shown before the stem naming the title's subject does not make the clause its story.
    const s8 = "When they stopped at Dunholm to take on water, several guests stepped down onto the line.";
    expect(passingNameInOpeningClause(draftQuestion({ prompt: `The Harrowgate trains left at dawn. ${s8.replace("Dunholm", BLANK)}`, answerText: "Dunholm" }, { keyKind: "name" }), observatory, where(s8, "Dunholm"), "The Harrowgate Observatory")).toBe(true);
    // Nor a clause with no main clause of substance after it.
    const s5 = "When they reached Dunholm, it rained.";
    expect(name(s5.replace("Dunholm", BLANK), "Dunholm", s5)).toBe(false);
    const s4 = "The wagons stopped at Dunholm to take on water.";
    expect(name(s4.replace("Dunholm", BLANK), "Dunholm", s4)).toBe(false);
  });

  it("reads a small count of the things that took part in a scene, not a count of people or a measure", () => {
    const count = (sentence: string, key: string) => countOfParticipants(sentence, sentence.indexOf(key) + key.length, key);
    expect(count("Five locomotives entered.", "Five")).toBe(true);
    expect(count("On the first morning, eight trains carrying the guests set off from the quay.", "eight")).toBe(true);
    expect(count("For the race, 12 boats lined up below the bridge.", "12")).toBe(true);
    expect(count("Three hundred guests arrived by train.", "Three")).toBe(false);
    expect(count("On the first morning, eight guests set off from the quay.", "eight")).toBe(false);
    expect(count("The crossing took nine days.", "nine")).toBe(false);
    // A large count is a figure of the event's scale, not a handful of entrants.
    expect(count("For the regatta, 300 boats lined up below the bridge.", "300")).toBe(false);
  });

  it("holds a false statement that swaps such a count or the year that ends a state", () => {
    const tf = (prompt: string, sentence: string) =>
      draftQuestion({ type: "TRUE_FALSE", prompt, answerText: "False", options: [{ id: "true", text: "True" }, { id: "false", text: "False" }], source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } }, { keyKind: "statement" });
    const trains = "On the first morning, eight trains carrying the guests set off from the quay.";
    expect(framingSwapPenalty(tf(trains.replace("eight", "six"), trains))?.check).toBe("count-of-participants");
    const secret = "The founder's name stayed hidden until his death in 1902.";
    expect(framingSwapPenalty(tf(secret.replace("1902", "1905"), secret))?.check).toBe("end-of-a-state");
    const closed = "The observatory closed to researchers in 1971.";
    expect(framingSwapPenalty(tf(closed.replace("1971", "1974"), closed))).toBe(null);
  });

  it("puts each below the drop line among the checks every candidate passes", () => {
    const checks = (prompt: string, key: string, sentence: string, keyKind: "number" | "date" | "name") =>
      triviaPenalties(draftQuestion({ prompt, answerText: key, source: { sentence, start: 0, end: sentence.length, answer: { start: sentence.indexOf(key), end: sentence.indexOf(key) + key.length } } }, { keyKind }), observatory, "The Harrowgate Observatory", false)
        .filter((p) => p.belowDropLine)
        .map((p) => p.check);
    const s1 = "Two years later the trustees bought a second lens.";
    expect(checks(s1.replace("Two", BLANK), "Two", s1, "number")).toContain("relative-interval");
    const s2 = "The founder's name stayed hidden until his death in 1902.";
    expect(checks(s2.replace("1902", BLANK), "1902", s2, "date")).toContain("end-of-a-state");
    const s4 = "For the race, twelve boats lined up below the bridge.";
    expect(checks(s4.replace("twelve", BLANK), "twelve", s4, "number")).toContain("count-of-participants");
    const s5 = "When the wagons stopped at Dunholm to take on water, several guests stepped down onto the line.";
    expect(checks(s5.replace("Dunholm", BLANK), "Dunholm", s5, "name")).toContain("passing-name-in-opening-clause");
    const s3 = "The observatory closed to researchers in 1971.";
    expect(checks(s3.replace("1971", BLANK), "1971", s3, "date")).toEqual([]);
  });
});
