import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkNotes } from "@/lib/generation/check-questions";
import { sentenceLevels } from "@/lib/generation/confidence";
import { BLANK } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { calibrateConfidence } from "@/lib/generation/score-confidence";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { applyChecksAtLevel } from "../support/apply-checks";

// Our own article (tests/fixtures/articles/orchard-cooperative.txt): a title event, and a frost years before it.
const orchard = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/orchard-cooperative.txt"), "utf8");
const article = parseArticle(orchard);
// (Read from the fixture, the sentence that dates the frost.)
const SIDE = article.sentences.find((s) => s.text.includes("1897"))!.text;

function askYear(): GeneratedQuestion {
  const start = orchard.indexOf(SIDE);
  const at = SIDE.indexOf("1897");
  return {
    type: "FILL_BLANK",
    prompt: SIDE.slice(0, at) + BLANK + SIDE.slice(at + 4),
    options: [],
    answerKey: { kind: "text", accepted: ["1897"] },
    answerText: "1897",
    source: { sentence: SIDE, start, end: start + SIDE.length, answer: { start: start + at, end: start + at + 4 } },
    spanType: "YEAR",
    keyKind: "date",
    score: 1,
    confidence: 0.7,
  };
}

describe("a side event's date ranks after the main story's facts", () => {
  it("keeps its calibrated odds but loses rank against the same question unflagged", () => {
    const flagged = askYear();
    applyChecksAtLevel([flagged], article, orchard);
    expect(checkNotes(flagged)).toContain("side-event-date");
    const plain = askYear();
    calibrateConfidence([flagged], article, sentenceLevels(article));
    calibrateConfidence([plain], article, sentenceLevels(article));
    expect(flagged.confidence).toBe(plain.confidence);
    expect(flagged.score).toBeLessThan(plain.score * 0.9);
  });
});
