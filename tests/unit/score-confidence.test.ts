import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DROP_THRESHOLD, REVIEW_THRESHOLD, sentenceLevels } from "@/lib/generation/confidence";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { checkCeiling, checkNotes } from "@/lib/generation/check-questions";
import { calibrateConfidence, confidenceScorer, IMPORTANCE_GUESSES } from "@/lib/generation/score-confidence";
import { selectQuestions } from "@/lib/generation/select-questions";
import { readBuiltInArticle } from "@/lib/demo/demo-data";
import type { GeneratedQuestion, KeyKind } from "@/lib/generation/types";
import { lettered as opts } from "../support/draft-question";

// Our own article (tests/fixtures/articles/orchard-cooperative.txt): a title event in the opening paragraph,
// background on a person beside it, and later dated side events.
const orchard = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/orchard-cooperative.txt"), "utf8");
const article = parseArticle(orchard);
const score = confidenceScorer(article, sentenceLevels(article));


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

describe("confidenceScorer: the terms that held on every held-out fold", () => {
  const inside = (sentence: string, key: string, others: string[]) => ask(sentence, key, { options: opts(others[0]!, key, ...others.slice(1)) });

  it("rates a question on a central sentence above the same question on a side sentence", () => {
    const title = score(inside(TITLE_EVENT, "14 March 1911", ["2 May 1905", "9 June 1918", "30 July 1921"]));
    const side = score(inside(BACKGROUND, "1903", ["1899", "1907", "1912"]));
    expect(title).toBeGreaterThan(side);
    expect(title).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it("rates the first sentence higher only when it is on the title's words (the title event, not background)", () => {
    const text = "Ferry Strike at Oss\n\nThe ferry crews at Oss stopped work for nine days in 1952. The town's bakers ran a boat of their own. Their boat carried bread and letters.";
    const onTitle = parseArticle(text);
    const offTitle = parseArticle(text.replace("Ferry Strike at Oss", "A Winter of Bread"));
    const even = onTitle.sentences.map(() => 0.5);
    const at = (article: typeof onTitle, i: number): GeneratedQuestion => {
      const s = article.sentences[i]!;
      return { ...ask(BACKGROUND, "1903"), type: "FILL_BLANK", options: [], source: { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start, end: s.start + 3 } } };
    };
    expect(confidenceScorer(onTitle, even)(at(onTitle, 0))).toBeGreaterThan(confidenceScorer(onTitle, even)(at(onTitle, 1)));
    expect(confidenceScorer(offTitle, even)(at(offTitle, 0))).toBe(confidenceScorer(offTitle, even)(at(offTitle, 1)));
  });

  it("puts a name offered among other names below the review line, even on the title event, and the typed name above it", () => {
    const typed = score(ask(TITLE_EVENT, "Brackwater Orchard Cooperative", { type: "FILL_BLANK", keyKind: "name", spanType: "ORG" }));
    const choice = score(ask(TITLE_EVENT, "Brackwater Orchard Cooperative", { keyKind: "name", spanType: "ORG", options: opts("Brackwater Orchard Cooperative", "Sorrel Growers Union", "Valley Fruit Guild", "Coast Apple Board") }));
    expect(typed).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(choice).toBeLessThan(REVIEW_THRESHOLD);
  });

  it("rates a short true/false statement below a full one of the same sentence's standing", () => {
    const sentence = "The members built a shared cold store at Brackwater in 1914, so that apples could wait for a better price.";
    const full = score(ask(sentence, "True", { type: "TRUE_FALSE", keyKind: "statement", prompt: sentence, options: opts("True", "False") }));
    const cut = score(ask(sentence, "True", { type: "TRUE_FALSE", keyKind: "statement", prompt: "The members built a shared cold store.", options: opts("True", "False") }));
    expect(cut).toBeLessThan(full);
    expect(cut).toBeLessThan(REVIEW_THRESHOLD);
  });
});

describe("the review line", () => {
  it("marks for a look exactly the candidates the held-out folds found weakest, and keeps a wording check's hold", () => {
    const sentence = "The members built a shared cold store at Brackwater in 1914, so that apples could wait for a better price.";
    const typed = ask(sentence, "1914", { type: "FILL_BLANK", options: [] });
    const name = ask(sentence, "Brackwater", { keyKind: "name", spanType: "PLACE", options: opts("Brackwater", "Sorrel", "Kell", "Harwood") });
    const statement = ask(sentence, "True", { type: "TRUE_FALSE", keyKind: "statement", prompt: "The members built a cold store.", options: opts("True", "False") });
    calibrateConfidence([typed, name, statement], article, sentenceLevels(article));
    expect(typed.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(name.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(statement.confidence).toBeLessThan(REVIEW_THRESHOLD);
  });
});

describe("a denial beside a sure cloze on its own sentence", () => {
  it("ranks the denial under the cloze, which asks the point's fact without even odds of a guess", () => {
    const cloze = ask(TITLE_EVENT, "14 March 1911", { type: "FILL_BLANK", options: [], spanType: "FULL_DATE" });
    const denial = ask(TITLE_EVENT, "False", {
      type: "TRUE_FALSE",
      keyKind: "statement",
      prompt: "Forty apple growers of the Brackwater valley did not sign the charter of the Brackwater Orchard Cooperative.",
      options: opts("True", "False"),
      mainPoint: true,
    });
    calibrateConfidence([cloze, denial], article, sentenceLevels(article));
    expect(cloze.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(denial.confidence).toBeLessThan(cloze.confidence);
    expect(denial.score).toBeLessThan(cloze.score);
  });

  it("leaves a true copy of the point its own odds beside the cloze", () => {
    const cloze = ask(TITLE_EVENT, "14 March 1911", { type: "FILL_BLANK", options: [], spanType: "FULL_DATE" });
    const copy = ask(TITLE_EVENT, "True", {
      type: "TRUE_FALSE",
      keyKind: "statement",
      prompt: "Forty apple growers of the Brackwater valley signed the charter of the Brackwater Orchard Cooperative.",
      options: opts("True", "False"),
      mainPoint: true,
    });
    const alone = { ...copy };
    calibrateConfidence([cloze, copy], article, sentenceLevels(article));
    calibrateConfidence([alone], article, sentenceLevels(article));
    expect(copy.confidence).toBe(alone.confidence);
  });
});

describe("generation rates and selects by the calibrated confidence", () => {
  it("asks about the title event with a sure question, and never ships a name among other names unmarked", () => {
    for (const seed of [1, 2, 3]) {
      const { questions } = generateQuestions(orchard, { count: 10, seed });
      const onTitle = questions.filter((q) => q.source.sentence === TITLE_EVENT);
      expect(onTitle.length).toBeGreaterThan(0);
      for (const q of onTitle) expect(q.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
      for (const q of questions.filter((x) => x.keyKind === "name" && x.type === "MULTIPLE_CHOICE")) expect(q.confidence).toBeLessThan(REVIEW_THRESHOLD);
    }
  });

  it("lets the calibrated odds, not the side-event-date guess, decide whether a date needs a look", () => {
    const traced: GeneratedQuestion[] = [];
    generateQuestions(orchard, { count: 10, seed: 1, trace: (q) => traced.push(q) });
    const frost = traced.find((q) => q.type === "FILL_BLANK" && q.answerText === "1897");
    expect(checkNotes(frost!)).toContain("side-event-date");
    expect(checkCeiling(frost!)).toBeLessThan(REVIEW_THRESHOLD);
    expect(checkCeiling(frost!, IMPORTANCE_GUESSES)).toBe(1);
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
