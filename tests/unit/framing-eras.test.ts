import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eraInClosingPhrase, eraInParenthesis, eraInTribute, eraShownByYear, eraYears } from "@/lib/generation/check-framing-eras";
import { eraInOpeningPhrase } from "@/lib/generation/check-side-details";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import { draftQuestion } from "../support/draft-question";

// Our own sentences, in several styles, and our own fixture article (tests/fixtures/articles/harrowgate-observatory.txt).
const observatory = readFileSync("tests/fixtures/articles/harrowgate-observatory.txt", "utf8");
const blank = (sentence: string, key: string) => sentence.replace(key, BLANK);
const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;

describe("framing eras: a century or decade that only sets the scene", () => {
  it("reads the years an era key covers", () => {
    expect(eraYears("20th century")).toEqual({ from: 1900, to: 2000, bc: false });
    expect(eraYears("1800s")).toEqual({ from: 1800, to: 1899, bc: false });
    expect(eraYears("1840s")).toEqual({ from: 1840, to: 1849, bc: false });
    expect(eraYears("3rd century BC")).toEqual({ from: 200, to: 300, bc: true });
    expect(eraYears("1904")).toBeNull();
  });

  it("finds a year in the stem inside the era keyed, whatever its place and form", () => {
    expect(eraShownByYear(blank("In the early 20th century, in 1901, the mill installed electric looms.", "20th century"), "20th century")).toBe(true);
    expect(eraShownByYear(blank("The town hall, completed in 1712, dominated the square throughout the 18th century.", "18th century"), "18th century")).toBe(true);
    expect(eraShownByYear(blank("By the late 1800s (the first survey was made in 1894) the port was silting up.", "1800s"), "1800s")).toBe(true);
    expect(eraShownByYear(blank("During the 1930s rainfall fell by half; in 1934 the river ran dry.", "1930s"), "1930s")).toBe(true);
    expect(eraShownByYear(blank("In the 3rd century BC, about 250 BC, the city minted its first coins.", "3rd century BC"), "3rd century BC")).toBe(true);
    // Shown context counts: it is on the screen too.
    expect(eraShownByYear(`The hall opened in 1905. ${blank("Dances were held there for most of the 20th century.", "20th century")}`, "20th century")).toBe(true);
  });

  it("does not read a year outside the era, a count, or a year of the other era as giving it away", () => {
    expect(eraShownByYear(blank("In the 20th century, the mill installed electric looms.", "20th century"), "20th century")).toBe(false);
    expect(eraShownByYear(blank("The abbey was founded in 1120 and rebuilt in the 14th century.", "14th century"), "14th century")).toBe(false);
    expect(eraShownByYear(blank("In the 19th century, the hall held 1850 people.", "19th century"), "19th century")).toBe(false);
    expect(eraShownByYear(blank("In the 3rd century BC the city was founded, and in 250 its walls fell.", "3rd century BC"), "3rd century BC")).toBe(false);
    expect(eraShownByYear(blank("Output rose to 1,850 tonnes in the 1850s.", "1850s"), "1850s")).toBe(false);
    // A count before a noun is no year, whatever the noun.
    expect(eraShownByYear(blank("About 250 ships sailed in the 3rd century.", "3rd century"), "3rd century")).toBe(false);
    expect(eraShownByYear(blank("Some 1820 sheep grazed the fells in the 19th century.", "19th century"), "19th century")).toBe(false);
    expect(eraShownByYear(blank("The fells were enclosed in 1820, early in the 19th century.", "19th century"), "19th century")).toBe(true);
  });

  it("reads an era that closes the sentence in a framing phrase, not one that dates its event", () => {
    expect(eraInClosingPhrase(...at("Its clock kept the town's time for the rest of the 20th century.", "20th century"))).toBe(true);
    expect(eraInClosingPhrase(...at("The custom of the spring fair survived well into the 19th century.", "19th century"))).toBe(true);
    expect(eraInClosingPhrase(...at("Wool remained the valley's chief trade throughout the 1700s.", "1700s"))).toBe(true);
    expect(eraInClosingPhrase(...at("The castle had become a roofless ruin in the late 16th century.", "16th century"))).toBe(true);
    expect(eraInClosingPhrase(...at("The harbour was silted up by the end of the 18th century.", "18th century"))).toBe(true);
    expect(eraInClosingPhrase(...at("The abbey was built in the 12th century.", "12th century"))).toBe(false);
    // "in the late _____" right after a passive event dates that event, as the bare "in the _____" does.
    expect(eraInClosingPhrase(...at("The priory church was rebuilt in the late 12th century.", "12th century"))).toBe(false);
    expect(eraInClosingPhrase(...at("The first stone bridge was built during the early 15th century.", "15th century"))).toBe(false);
    expect(eraInClosingPhrase(...at("Throughout the 1700s, wool was the valley's chief trade.", "1700s"))).toBe(false);
    expect(eraInClosingPhrase(...at("The custom survived into the 20th century and beyond, in a smaller form.", "20th century"))).toBe(false);
  });

  it("reads an era set off by commas inside the sentence", () => {
    expect(eraInParenthesis(...at("The mill, in the late 19th century, employed two hundred weavers.", "19th century"))).toBe(true);
    expect(eraInParenthesis(...at("Then, by the 1880s, the port had lost its trade to the railway.", "1880s"))).toBe(true);
    expect(eraInParenthesis(...at("Wool, during the 1600s, made the valley rich.", "1600s"))).toBe(true);
    expect(eraInParenthesis(...at("The mill employed two hundred weavers in the 1880s, and most of them were women.", "1880s"))).toBe(false);
  });

  it("reads an era in a tribute, and a framing era that opens the sentence after 'the early/late'", () => {
    const tribute = "The observatory was one of the 19th century's most admired buildings.";
    expect(eraInTribute(tribute, tribute.indexOf("19th century") + "19th century".length)).toBe(true);
    const plain = "The 19th century saw the town double in size.";
    expect(eraInTribute(plain, plain.indexOf("19th century") + "19th century".length)).toBe(false);
    const opening = "In the early 20th century, in 1901, the mill installed electric looms.";
    expect(eraInOpeningPhrase(...at(opening, "20th century"), "20th century")).toBe(true);
  });

  it("puts every framing era below the drop line, and leaves an era that dates the sentence's event alone", () => {
    const checks = (sentence: string, key: string) => {
      const q = draftQuestion({ prompt: blank(sentence, key), answerText: key }, { keyKind: "date", answerWhereFound: true });
      return triviaPenalties(q, observatory, "The Harrowgate Observatory", false).filter((p) => p.belowDropLine).map((p) => p.check);
    };
    expect(checks("In the early 20th century, in 1901, the mill installed electric looms.", "20th century")).toEqual(expect.arrayContaining(["era-shown-by-year", "date-in-opening-phrase"]));
    expect(checks("Its clock kept the town's time for the rest of the 20th century.", "20th century")).toEqual(["era-in-closing-phrase"]);
    expect(checks("By the late 1800s the hill drew crowds every clear night.", "1800s")).toEqual(["date-in-opening-phrase"]);
    expect(checks("The observatory was one of the 19th century's most admired buildings.", "19th century")).toEqual(["era-in-tribute"]);
    expect(checks("The abbey was built in the 12th century.", "12th century")).toEqual([]);
    // A plain year opening the sentence dates its event: not held at all by these checks.
    expect(checks("In 1904 the trustees bought a refracting telescope.", "1904")).toEqual([]);
  });

  it("holds a false statement whose swapped era sits in a tribute", () => {
    const sentence = "The Harrowgate Observatory, finished in 1868 on a bare hill above the town, was one of the 19th century's most admired places for watching the sky.";
    const q = draftQuestion(
      { type: "TRUE_FALSE", prompt: "The Harrowgate Observatory was one of the 20th century's most admired places for watching the sky.", answerText: "False", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } }, options: [{ id: "true", text: "True" }, { id: "false", text: "False" }] },
      { keyKind: "statement" },
    );
    expect(triviaPenalties(q, observatory, "The Harrowgate Observatory", false).map((p) => p.check)).toContain("era-in-tribute");
  });

  it("asks no framing era of the fixture article and still makes a full quiz from its other sentences", () => {
    const { questions } = generateQuestions(observatory, { count: 10, seed: 1 });
    expect(questions.length).toBeGreaterThanOrEqual(6);
    expect(questions.filter((q) => q.type !== "ORDERING" && q.type !== "MATCHING" && eraYears(q.answerText))).toEqual([]);
  });
});
