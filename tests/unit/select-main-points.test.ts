import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mainSentences, paragraphIndex, REVIEW_THRESHOLD, sentenceRanks } from "@/lib/generation/confidence";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import { readBuiltInArticle } from "@/lib/demo/demo-data";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own article (tests/fixtures/articles/tarn-seed-library.txt), written as a newsletter piece: a title event and
// its summary, key-fact lines, and four sections whose central sentences sit beside side details (a drawer's origin,
// a rent, a flood, a named pea).
const library = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/tarn-seed-library.txt"), "utf8");
const article = parseArticle(library);
const TITLE_EVENT = article.sentences[0]!;

/** A typed question on the sentence starting at `start`, ranked `score`. */
function typed(i: number, start: number, score: number): GeneratedQuestion {
  const sentence = `Sentence ${i} names the value v${i} here.`;
  return {
    type: "FILL_BLANK",
    prompt: sentence.replace(`v${i}`, BLANK),
    options: [],
    answerKey: { kind: "text", accepted: [`v${i}`] },
    answerText: `v${i}`,
    source: { sentence, start, end: start + sentence.length, answer: { start: start + 26, end: start + 28 } },
    spanType: "TERM",
    keyKind: "term",
    score,
    confidence: 0.8,
  };
}

describe("mainSentences", () => {
  it("holds the title event, the summary, what a key-fact line restates and each paragraph's central sentence", () => {
    const main = mainSentences(article, sentenceRanks(article, new Set(findDefinitions(article.sentences).map((d) => d.sentenceIndex))).rank);
    const at = (words: string) => article.sentences.find((s) => s.text.startsWith(words))!.start;
    expect(main.has(TITLE_EVENT.start)).toBe(true);
    expect(main.has(at("Borrowers return seed saved"))).toBe(true);
    // The key-fact line on the founder restates the sentence on how she began the collection.
    expect(main.has(at("Maud Ellery began"))).toBe(true);
    // Side details are not main points: the drawer's origin, the rent, the flood.
    for (const side of ["The cards are kept", "In 2017 the parish", "A flood in February"]) expect(main.has(at(side))).toBe(false);
    // Exactly: the two summary sentences, the founder's sentence, and each later paragraph's central sentence.
    const expected = ["On 3 April 2019", "Borrowers return seed saved", "Each spring a borrower", "By having the old", "Maud Ellery began", "By 2023 more than", "Many borrowers say"];
    expect([...main].sort((x, y) => x - y)).toEqual(expected.map(at).sort((x, y) => x - y));
  });
});

describe("selection asks the main points before the details", () => {
  it("takes a question on every main sentence before higher-ranked details", () => {
    const details = [1, 2, 3, 4, 5, 6].map((i) => typed(i, i * 100, 0.9));
    const mains = [7, 8, 9].map((i) => typed(i, i * 100, 0.4));
    const quiz = selectQuestions([...details, ...mains], 4, ["FILL_BLANK"], createRandom(2), undefined, undefined, undefined, new Set([700, 800, 900]));
    expect(quiz).toHaveLength(4);
    for (const q of mains) expect(quiz).toContain(q);
    // Without main points the ranking alone picks details.
    const byRank = selectQuestions([...details, ...mains], 4, ["FILL_BLANK"], createRandom(2));
    expect(byRank.filter((q) => mains.includes(q))).toHaveLength(0);
  });

  it("on our newsletter article: asks about the title event, and about every paragraph that has a sure question", () => {
    const paragraphs = paragraphIndex(article);
    for (const seed of [1, 2, 3]) {
      const sure = new Set<number>();
      const { questions } = generateQuestions(library, {
        count: 10,
        seed,
        trace: (q, verdict) => {
          if ((verdict === "selected" || verdict === "not-selected") && q.confidence >= REVIEW_THRESHOLD) sure.add(paragraphs.get(q.source.start)!);
        },
      });
      expect(questions.length).toBeGreaterThanOrEqual(6);
      expect(questions.some((q) => q.source.start === TITLE_EVENT.start)).toBe(true);
      const asked = new Set(questions.flatMap((q) => (q.sources ?? [q.source]).map((s) => paragraphs.get(s.start)!)));
      for (const p of sure) expect(asked).toContain(p);
    }
  });

  it("still gives the built-in article six questions or more", () => {
    for (let seed = 1; seed <= 10; seed++) expect(generateQuestions(readBuiltInArticle(), { count: 10, seed }).questions.length).toBeGreaterThanOrEqual(6);
  });
});
