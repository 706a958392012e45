import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DROP_THRESHOLD, rankSentences, REVIEW_THRESHOLD } from "@/lib/generation/confidence";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { checkCeiling, checkNotes } from "@/lib/generation/check-questions";
import { confidenceScorer, IMPORTANCE_GUESSES, keyPlaceAmongOptions, optionValue } from "@/lib/generation/score-confidence";
import { selectQuestions } from "@/lib/generation/select-questions";
import { readBuiltInArticle } from "@/lib/demo/demo-data";
import type { GeneratedQuestion, KeyKind } from "@/lib/generation/types";

// Our own article (tests/fixtures/articles/orchard-cooperative.txt): a title event in the opening paragraph,
// background on a person beside it, and later dated side events.
const orchard = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/orchard-cooperative.txt"), "utf8");
const article = parseArticle(orchard);
const score = confidenceScorer(article, rankSentences(article));

const opts = (...texts: string[]) => texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }));

/** A candidate on one of the fixture's sentences, with the key cut out of it. */
function ask(sentence: string, key: string, over: Partial<GeneratedQuestion> = {}): GeneratedQuestion {
  const start = orchard.indexOf(sentence);
  if (start < 0) throw new Error(`not in the fixture: ${sentence}`);
  const at = sentence.indexOf(key);
  const options = over.options ?? [];
  return {
    type: "MULTIPLE_CHOICE",
    prompt: sentence.slice(0, at) + BLANK + sentence.slice(at + key.length),
    options,
    answerKey: options.length ? { kind: "choice", optionId: options.find((o) => o.text === key)?.id ?? "a" } : { kind: "text", accepted: [key] },
    answerText: key,
    source: { sentence, start, end: start + sentence.length, answer: { start: start + at, end: start + at + key.length } },
    spanType: "YEAR",
    score: 1,
    keyKind: "date" as KeyKind,
    confidence: 0.7,
    ...over,
  };
}

const TITLE_EVENT = "On 14 March 1911, forty apple growers of the Brackwater valley signed the charter of the Brackwater Orchard Cooperative, and the orchard cooperative began to sell their fruit together.";
const BACKGROUND = "In 1903 she married a carpenter from the coast.";

describe("optionValue and keyPlaceAmongOptions", () => {
  it("reads dates of every shape as one comparable value", () => {
    expect(optionValue("14 March 1911", "date")).toBeGreaterThan(optionValue("2 March 1911", "date")!);
    expect(optionValue("March 1911", "date")).toBeLessThan(optionValue("April 1911", "date")!);
    expect(optionValue("1910s", "date")).toBeLessThan(optionValue("1911", "date")!);
    expect(optionValue("12th century", "date")).toBeLessThan(optionValue("13th century", "date")!);
    expect(optionValue("5,000", "number")).toBe(5000);
    expect(optionValue("three", "number")).toBeNull();
    // Scale words count: 2.5 million is more than 800,000.
    expect(optionValue("2.5 million", "number")).toBe(2_500_000);
    expect(optionValue("2.5 million", "number")).toBeGreaterThan(optionValue("800,000", "number")!);
    // "B.C." is written both ways.
    expect(optionValue("490 B.C.", "date")).toBe(optionValue("490 BC", "date"));
    expect(optionValue("490 B.C.", "date")).toBeLessThan(optionValue("480 BCE", "date")!);
  });

  it("tells a key at the end of the offered values from one among them", () => {
    const atEnd = ask(TITLE_EVENT, "14 March 1911", { options: opts("14 March 1911", "2 May 1905", "9 June 1898", "30 July 1902") });
    const inside = ask(TITLE_EVENT, "14 March 1911", { options: opts("2 May 1905", "14 March 1911", "9 June 1918", "30 July 1921") });
    expect(keyPlaceAmongOptions(atEnd)).toBe("end");
    expect(keyPlaceAmongOptions(inside)).toBe("inside");
    expect(keyPlaceAmongOptions({ ...inside, type: "FILL_BLANK", options: [] })).toBeNull();
  });
});

describe("confidenceScorer", () => {
  const inside = (sentence: string, key: string, others: string[]) => ask(sentence, key, { options: opts(others[0]!, key, ...others.slice(1)) });

  it("rates the title event's date above a background date of the opening paragraph", () => {
    const title = score(inside(TITLE_EVENT, "14 March 1911", ["2 May 1905", "9 June 1918", "30 July 1921"]));
    const side = score(inside(BACKGROUND, "1903", ["1899", "1907", "1912"]));
    expect(title).toBeGreaterThan(side);
    expect(title).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it("rates a date whose wrong options all fall on one side below the same date among them", () => {
    const sentence = "The members built a shared cold store at Brackwater in 1914, so that apples could wait for a better price.";
    const oneSide = score(ask(sentence, "1914", { options: opts("1914", "1908", "1905", "1911") }));
    const around = score(ask(sentence, "1914", { options: opts("1908", "1914", "1917", "1921") }));
    expect(around).toBeGreaterThan(oneSide);
    expect(oneSide).toBeLessThan(REVIEW_THRESHOLD);
  });

  it("rates a typed name above the same name among other names", () => {
    const sentence = "Ilse Varga kept the cooperative's accounts for its first twenty years.";
    const typed = score(ask(sentence, "Ilse Varga", { type: "FILL_BLANK", keyKind: "name", spanType: "PERSON" }));
    const choice = score(ask(sentence, "Ilse Varga", { keyKind: "name", spanType: "PERSON", options: opts("Ilse Varga", "Anna Holt", "Marta Ferenc", "Clara Voss") }));
    expect(typed).toBeGreaterThan(choice);
  });

  it("does not treat the opening of a one-paragraph text as background", () => {
    const short = parseArticle("Apple Storage\n\nIn 1914 the growers built a cold store. Apples kept there until spring. The store held four thousand crates.");
    const sentence = short.sentences[0]!;
    const q: GeneratedQuestion = { ...ask(BACKGROUND, "1903"), source: { sentence: sentence.text, start: sentence.start, end: sentence.end, answer: { start: sentence.start + 3, end: sentence.start + 7 } }, answerText: "1914", options: [] };
    const shortScore = confidenceScorer(short, rankSentences(short))(q);
    // Rated as any sentence of average standing (better than even), not as background (well under it).
    expect(shortScore).toBeGreaterThan(0.55);
    expect(score({ ...ask(BACKGROUND, "1903"), options: [] })).toBeLessThan(0.45);
  });
});

describe("the opening paragraph's topic", () => {
  it("reads an opening sentence on the article's most recurring word as on topic, though the title does not name it", () => {
    const text = `How Ships Find Their Way at Night

Coastal beacons guide ships along a dark shore. Each beacon flashes its own pattern of light. Keepers once trimmed the wick of every beacon by hand in 1850.

Modern beacons

Most beacons now run on solar power. A beacon can be seen from about twenty miles away.

Old keepers

The last keeper left the Harl Point beacon in 1988.`;
    const short = parseArticle(text);
    const sentence = short.sentences.find((x) => x.text.startsWith("Keepers once"))!;
    const at = sentence.text.indexOf("1850");
    const q: GeneratedQuestion = { ...ask(BACKGROUND, "1903"), options: [], answerText: "1850", source: { sentence: sentence.text, start: sentence.start, end: sentence.end, answer: { start: sentence.start + at, end: sentence.start + at + 4 } } };
    expect(confidenceScorer(short, rankSentences(short))(q)).toBeGreaterThan(0.55);
  });
});

describe("generation rates and selects by the calibrated confidence", () => {
  it("asks about the title event with a sure question, and marks a question on the background for a look", () => {
    const { questions } = generateQuestions(orchard, { count: 10, seed: 1 });
    const onTitle = questions.filter((q) => q.source.sentence === TITLE_EVENT);
    expect(onTitle.length).toBeGreaterThan(0);
    for (const q of onTitle) expect(q.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    // The quiz need not take a background question at all; every candidate made from that sentence is rated below the line.
    const traced: GeneratedQuestion[] = [];
    generateQuestions(orchard, { count: 10, seed: 1, trace: (q) => traced.push(q) });
    const background = [...questions, ...traced].filter((q) => q.source.sentence.startsWith("Ilse Varga grew up"));
    expect(background.length).toBeGreaterThan(0);
    for (const q of background) expect(q.confidence).toBeLessThan(REVIEW_THRESHOLD);
  });

  it("lets the calibrated odds, not the side-event-date guess, decide whether a date needs a look", () => {
    const traced: GeneratedQuestion[] = [];
    generateQuestions(orchard, { count: 10, seed: 1, trace: (q) => traced.push(q) });
    const frost = traced.find((q) => q.type === "FILL_BLANK" && q.answerText === "1897");
    expect(checkNotes(frost!)).toContain("side-event-date");
    expect(checkCeiling(frost!)).toBeLessThan(REVIEW_THRESHOLD);
    expect(checkCeiling(frost!, IMPORTANCE_GUESSES)).toBe(1);
    // Its one-sided multiple-choice twin (the key the earliest year offered) is rated out.
    const twin = traced.find((q) => q.type === "MULTIPLE_CHOICE" && q.answerText === "1897");
    if (twin && keyPlaceAmongOptions(twin) === "end") expect(twin.confidence).toBeLessThan(DROP_THRESHOLD);
  });

  it("takes sure questions first and lets unsure ones only fill a quiz up to six", () => {
    const make = (i: number, confidence: number): GeneratedQuestion => {
      const sentence = `Grower number ${i} planted ${100 + i} trees on the north slope.`;
      return { ...ask(BACKGROUND, "1903"), type: "FILL_BLANK", prompt: sentence.replace(String(100 + i), BLANK), options: [], answerKey: { kind: "text", accepted: [String(100 + i)] }, answerText: `k${i}`, keyKind: "term", spanType: "TERM", confidence, score: confidence, source: { sentence, start: i * 100, end: i * 100 + sentence.length, answer: { start: i * 100 + 30, end: i * 100 + 33 } } };
    };
    const sure = [1, 2, 3, 4].map((i) => make(i, 0.8));
    const unsure = [5, 6, 7, 8, 9].map((i) => make(i, 0.5));
    const quiz = selectQuestions([...unsure, ...sure], 10, ["FILL_BLANK"], createRandom(3));
    expect(quiz).toHaveLength(6);
    for (const q of sure) expect(quiz).toContain(q);
    // With enough sure questions, none below the review line is taken.
    const moreSure = [10, 11, 12, 13].map((i) => make(i, 0.8));
    const full = selectQuestions([...unsure, ...sure, ...moreSure], 10, ["FILL_BLANK"], createRandom(3));
    expect(full.every((q) => q.confidence >= REVIEW_THRESHOLD)).toBe(true);
    expect(full).toHaveLength(8);
    // A caller that wants every sentence's best (asking about one sentence) gets the unsure ones too.
    expect(selectQuestions([...unsure, ...sure], 10, ["FILL_BLANK"], createRandom(3), undefined, undefined, 10)).toHaveLength(9);
  });

  it("still gives the built-in article six questions or more on every seed, none below the drop line", () => {
    const builtIn = readBuiltInArticle();
    for (let seed = 1; seed <= 20; seed++) {
      const { questions } = generateQuestions(builtIn, { count: 10, seed });
      expect(questions.length).toBeGreaterThanOrEqual(6);
      for (const q of questions) expect(q.confidence).toBeGreaterThanOrEqual(DROP_THRESHOLD);
    }
  });
});
