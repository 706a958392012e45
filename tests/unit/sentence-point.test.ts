import { describe, expect, it } from "vitest";
import {
  boundOpeningSentence,
  countAfterThe,
  countPointsBack,
  dateInList,
  keyInsideLongerName,
  keyIsTitleTopic,
  placeOfOrigin,
  presentDayName,
  recurringPersonCuedByPronoun,
} from "@/lib/generation/check-sentence-point";
import { checkNotes } from "@/lib/generation/check-questions";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { REVIEW_THRESHOLD } from "@/lib/generation/confidence";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own invented sentences and article (a mill that a tide turns), written for these tests.
const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;

const MILL = `The Tidewheel

The tidewheel is a wooden mill wheel turned by the sea. It was first built in 1612 by the miller Osric Penhale at Carrow harbour. The wheel ground grain for the whole district of Wendmoor.

How it worked

A dam held back the high tide in a pond. When the tide fell, the water ran out under the wheel and turned it. The tidewheel is a wheel about four metres across with twenty broad paddles. The mill had three floors. The lowest floor held the wheel, and the other two floors held the millstones and the grain bins.

Later years

By 1750 many farmers in Wendmoor depended on the mill. The mill was rebuilt in 1781, 1802 and 1839, and it slowly became the largest in the county. The last miller, Tamsin Hale, sold it to a trust in 1921.`;

describe("keys beside the sentence's point", () => {
  it("reads a word inside a longer proper name, not a place named on its own", () => {
    expect(keyInsideLongerName(...at("The Bank of Larkspur lent money to repair the dam.", "Larkspur"), "Larkspur")).toBe(true);
    expect(keyInsideLongerName(...at("Ships crossed the Gulf of Tarn in winter.", "Tarn"), "Tarn")).toBe(true);
    expect(keyInsideLongerName(...at("The miller sold his flour in Larkspur.", "Larkspur"), "Larkspur")).toBe(false);
    // "the price of _____" is no name: the word before "of" heads no proper name.
    expect(keyInsideLongerName(...at("The price of Larkspur flour rose.", "Larkspur"), "Larkspur")).toBe(false);
  });

  it("refuses the inner word of a longer name as a key, whatever else the question has going for it", () => {
    const sentence = "To keep the dam safe, lenders such as the Bank of Larkspur paid for a stone wall.";
    const q = draftQuestion({ prompt: sentence.replace("Larkspur", BLANK), answerText: "Larkspur" }, { keyKind: "name", answerWhereFound: true });
    const penalty = triviaPenalties(q, sentence, "The Tidewheel").find((p) => p.check === "key-inside-longer-name");
    expect(penalty?.belowDropLine).toBe(true);
  });

  it("reads a count that points back to things already named, and one after a bare 'the'", () => {
    expect(countPointsBack(...(at("The lowest floor held the wheel, and the other two floors held the bins.", "two").slice(0, 2) as [string, number]))).toBe(true);
    expect(countPointsBack(...(at("These three rules kept the pond full.", "three").slice(0, 2) as [string, number]))).toBe(true);
    expect(countPointsBack(...(at("The mill had three floors.", "three").slice(0, 2) as [string, number]))).toBe(false);
    expect(countAfterThe(...(at("Later the two brothers sold the mill.", "two").slice(0, 2) as [string, number]))).toBe(true);
    expect(countAfterThe(...(at("The mill had three floors.", "three").slice(0, 2) as [string, number]))).toBe(false);
  });

  it("reads a present-day name and a place of origin given in passing", () => {
    expect(presentDayName(...(at("The wheel was carted to a port now called Vessby.", "Vessby").slice(0, 2) as [string, number]))).toBe(true);
    expect(presentDayName(...(at("Its flour reached what is today Orlund.", "Orlund").slice(0, 2) as [string, number]))).toBe(true);
    expect(presentDayName(...(at("The wheel was carted to Vessby.", "Vessby").slice(0, 2) as [string, number]))).toBe(false);
    expect(placeOfOrigin(...(at("Penhale, a carpenter originally from Vessby, built the wheel.", "Vessby").slice(0, 2) as [string, number]))).toBe(true);
    expect(placeOfOrigin(...(at("Penhale moved from Vessby to the harbour in 1610.", "Vessby").slice(0, 2) as [string, number]))).toBe(false);
  });

  it("reads a year given as a bound opening the sentence, not a year that dates its event", () => {
    expect(boundOpeningSentence(...(at("By 1750 many farmers depended on the mill.", "1750").slice(0, 2) as [string, number]))).toBe(true);
    expect(boundOpeningSentence(...(at("In 1750 the farmers bought the mill.", "1750").slice(0, 2) as [string, number]))).toBe(false);
  });

  it("reads one year of a list of years, not either end of a period", () => {
    const list = "The mill was rebuilt in 1781, 1802 and 1839, and it grew.";
    expect(dateInList(...at(list, "1781"))).toBe(true);
    expect(dateInList(...at(list, "1802"))).toBe(true);
    expect(dateInList(...at(list, "1839"))).toBe(true);
    expect(dateInList(...at("Between 1781 and 1839 the mill ground barley.", "1839"))).toBe(false);
    expect(dateInList(...at("The mill was rebuilt in 1781 after a storm.", "1781"))).toBe(false);
  });

  it("reads a recurring person blanked after the verb with a pronoun closing the clause", () => {
    const text = "Odo ran the mill. Odo rose early. Odo fed the hens. A guide shows Odo the room of his childhood. Odo smiled.";
    expect(recurringPersonCuedByPronoun(...at("A guide shows Odo the room of his childhood.", "Odo"), "Odo", text)).toBe(true);
    // The subject of the sentence is what the sentence is about.
    expect(recurringPersonCuedByPronoun(...at("Odo showed the guide his room.", "Odo"), "Odo", text)).toBe(false);
    // Someone named once is no one the story gives away.
    expect(recurringPersonCuedByPronoun(...at("A guide shows Ulla the room of her childhood.", "Ulla"), "Ulla", `${text} A guide shows Ulla the room of her childhood.`)).toBe(false);
  });

  it("reads the title's own topic as a key, except where the title weighs two terms the article keeps using", () => {
    expect(keyIsTitleTopic("tidewheel", "The Tidewheel", MILL)).toBe(true);
    expect(keyIsTitleTopic("mill", "The Tidewheel", MILL)).toBe(false);
    const pair = "Shoals and Currents\n\nShoals rise where currents slow. Currents carry the sand. A shoal grows as currents weaken.";
    expect(keyIsTitleTopic("shoals", "Shoals and Currents", pair)).toBe(false);
    expect(keyIsTitleTopic("shoals", "Shoals and Lighthouses", pair)).toBe(true);
    // A text with no title line has its first sentence standing in as the title: no key of it is given away by a heading.
    expect(keyIsTitleTopic("tidewheel", "The tidewheel turned all day.", "The tidewheel turned all day. It ground grain.")).toBe(false);
  });

  it("keeps side details out of a quiz, or below the review line where they fill it", () => {
    const fates = new Map<string, string[]>();
    const { questions } = generateQuestions(MILL, { count: 10, seed: 1, trace: (q, fate) => fates.set(`${q.prompt} => ${q.answerText}`, [fate, ...checkNotes(q)]) });
    const keys = questions.map((q) => q.answerText);
    // The title topic asked of itself, and the count that points back, are refused.
    expect(keys).not.toContain("tidewheel");
    expect(questions.some((q) => q.answerText === "two" && q.source.sentence.includes("the other two"))).toBe(false);
    const refused = [...fates.entries()].filter(([, [fate]]) => fate === "low-confidence");
    expect(refused.some(([, notes]) => notes.includes("count-points-back"))).toBe(true);
    expect(refused.some(([shown, notes]) => notes.includes("key-is-title-topic") && shown.endsWith("=> tidewheel"))).toBe(true);
    // A bound year and a year of a list may fill the quiz, but never as sure questions.
    for (const q of questions.filter((x) => x.keyKind === "date" && (/^By \d/.test(x.source.sentence) || /\d, \d/.test(x.source.sentence)))) {
      expect(q.confidence).toBeLessThan(REVIEW_THRESHOLD);
    }
    expect([...fates.values()].some((notes) => notes.includes("bound-opening-sentence"))).toBe(true);
  });

  it("holds a list year below the review line in a question with options", () => {
    const sentence = "The mill was rebuilt in 1781, 1802 and 1839, and it slowly became the largest in the county.";
    const q = draftQuestion({ prompt: sentence.replace("1839", BLANK), answerText: "1839", options: opts("1839", "1840", "1850", "1822") }, { keyKind: "date", answerWhereFound: true });
    const penalty = triviaPenalties(q, sentence, "The Tidewheel").find((p) => p.check === "date-in-list");
    expect(penalty?.belowReviewLine).toBe(true);
  });
});
