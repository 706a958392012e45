import { describe, expect, it } from "vitest";
import { acceptedVariants } from "@/lib/generation/make-cloze";
import { pickDistractors } from "@/lib/generation/distractors";
import { findSpans, numberInWords } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findIntroducedNames } from "@/lib/generation/named-entities";
import { needsContext } from "@/lib/generation/question-stems";
import { matchesTypedAnswer } from "@/lib/quiz/normalize-answer";
import type { Sentence } from "@/lib/generation/types";

// Short articles of our own, on invented topics: a name the article introduces with "named" or "called", a count written
// as a compound word, and "Another said …" pointing back to the sentence before.
const ARTICLE = `The Voyage of the Marrow Star

In 1788 the trading house of Ellis Brandt sent its newest ship across the Quiet Sea. The ship carried a cat named Biscuit, which caught the rats in the hold. The crew sailed for nine months before they reached the spice islands. On the way back they mapped a small bay they called Fennick Cove, where fresh water could be found.
`;

const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });

describe("a name the article introduces is asked for, typed", () => {
  it("reads the name after 'named', 'called' or 'known as', never a rank or a longer title", () => {
    expect(findIntroducedNames("This rule is called Vell's first law of tides.", [{ start: 0, end: 46 }])).toEqual([]);
    const text = "The guild hired a scribe called Ottar Lind, the crew called it Fairhaven, and the book is known simply as the Tallow Roll. He was named Emperor by the council. She won a prize named Pilot of the Year.";
    expect(findIntroducedNames(text, [{ start: 0, end: text.length }]).map((s) => s.text)).toEqual(["Ottar Lind", "Fairhaven", "Tallow Roll"]);
  });

  it("never reads 'called' or 'named' as a verb of their own, a post, half a name or a place the gazetteer knows", () => {
    const text =
      "In 1640 the king called Parliament to raise taxes. She called Harwick every week from the coast. He was named Viceroy in 1899, and his brother was named Regent. A painter named Orsino da Velo lived by the harbour. The land known as Egypt flooded each spring.";
    expect(findIntroducedNames(text, [{ start: 0, end: text.length }]).map((s) => s.text)).toEqual([]);
    // The naming slots: a thing just introduced, a relative clause, a passive.
    const named = "A goat named Pella lived there. The rock which sailors called Grey Tooth stood offshore. The ship was named Tessaly.";
    expect(findIntroducedNames(named, [{ start: 0, end: named.length }]).map((s) => s.text)).toEqual(["Pella", "Grey Tooth", "Tessaly"]);
  });

  it("accepts only the whole name typed: its last word is no surname", () => {
    const [cove] = findIntroducedNames(ARTICLE, [{ start: 0, end: ARTICLE.length }]).filter((s) => s.text === "Fennick Cove");
    const accepted = acceptedVariants(cove!, ARTICLE);
    expect(matchesTypedAnswer("Fennick Cove", accepted)).toBe(true);
    expect(matchesTypedAnswer("Cove", accepted)).toBe(false);
    expect(matchesTypedAnswer("Fennick", accepted)).toBe(false);
  });

  it("makes a typed question with 'a name' as its hint, and no choice or true/false on a guessed kind", () => {
    const made: { type: string; prompt: string; verdict: string }[] = [];
    generateQuestions(ARTICLE, { count: 10, seed: 1, trace: (q, verdict) => q.answerText === "Biscuit" && made.push({ type: q.type, prompt: q.prompt, verdict }) });
    expect(made).toEqual([{ type: "FILL_BLANK", prompt: "The ship carried a cat named _____, which caught the rats in the hold. (a name)", verdict: expect.stringMatching(/^(?:selected|not-selected)$/) }]);
  });
});

describe("a count written as a compound word is a key", () => {
  it("finds 'twenty-five elders' whole, never a part of it, nor the end of a bigger number", () => {
    const text = "A court of twenty-five elders ruled the valley for the twenty-two towns.";
    expect(findSpans(text).map((s) => s.text)).toEqual(["twenty-five"]);
    expect(findSpans("The army of three hundred and twenty-five soldiers marched.").map((s) => s.text)).not.toContain("twenty-five");
    expect(findSpans("About one hundred twenty-five ships sailed.").map((s) => s.text)).not.toContain("twenty-five");
  });

  it("accepts the figure typed, and offers nearby counts written the same way", () => {
    const span = { type: "NUMBER" as const, text: "twenty-five", start: 11, end: 22 };
    for (const typed of ["25", "twenty five", "Twenty-five"]) expect(matchesTypedAnswer(typed, acceptedVariants(span))).toBe(true);
    expect(matchesTypedAnswer("26", acceptedVariants(span))).toBe(false);
    for (const seed of [0.1, 0.5, 0.9]) {
      const options = pickDistractors(span, "A court of _____ elders ruled the valley.", { articleTexts: new Map(), year: null, articleText: "" }, 3, () => seed);
      expect(options).toHaveLength(3);
      expect(options).not.toContain("twenty-five");
      for (const o of options) expect(o).toMatch(/^(?:twenty|thirty)(?:-[a-z]+)?$/);
    }
    // Near the top of the range there are still three.
    const high = { type: "NUMBER" as const, text: "ninety-eight", start: 11, end: 23 };
    expect(pickDistractors(high, "A court of _____ elders ruled the valley.", { articleTexts: new Map(), year: null, articleText: "" }, 3, () => 0.5)).toHaveLength(3);
    expect(numberInWords(40)).toBe("forty");
    expect(numberInWords(37)).toBe("thirty-seven");
  });
});

describe("'Another said …' points back", () => {
  it("needs the sentence before, like 'Another is …'", () => {
    expect(needsContext(sentence("Another said that no toll could be raised on the bridge."))).toBe(true);
    expect(needsContext(sentence("Another cause of unrest was the salt tax."))).toBe(true);
    expect(needsContext(sentence("Another ship sailed north in the spring."))).toBe(false);
  });
});
