import { describe, expect, it } from "vitest";
import { acceptedVariants } from "@/lib/generation/make-cloze";
import { pickDistractors } from "@/lib/generation/distractors";
import { findSpans, numberInWords } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findIntroducedNames } from "@/lib/generation/named-entities";
import { needsContext } from "@/lib/generation/question-stems";
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

  it("makes a typed question with 'a name' as its hint, and no choice or true/false on a guessed kind", () => {
    const made: { type: string; prompt: string; verdict: string }[] = [];
    generateQuestions(ARTICLE, { count: 10, seed: 1, trace: (q, verdict) => q.answerText === "Biscuit" && made.push({ type: q.type, prompt: q.prompt, verdict }) });
    expect(made).toEqual([{ type: "FILL_BLANK", prompt: "The ship carried a cat named _____, which caught the rats in the hold. (a name)", verdict: expect.stringMatching(/^(?:selected|not-selected)$/) }]);
  });
});

describe("a count written as a compound word is a key", () => {
  it("finds 'twenty-five barons' whole, never a part of it", () => {
    const text = "A court of twenty-five elders ruled the valley for the twenty-two towns.";
    expect(findSpans(text).map((s) => s.text)).toEqual(["twenty-five"]);
  });

  it("accepts the figure typed, and offers nearby counts written the same way", () => {
    const span = { type: "NUMBER" as const, text: "twenty-five", start: 11, end: 22 };
    expect(acceptedVariants(span)).toEqual(expect.arrayContaining(["25", "twenty five"]));
    const options = pickDistractors(span, "A court of _____ elders ruled the valley.", { articleTexts: new Map(), year: null, articleText: "" }, 3, () => 0.3);
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(/^(?:twenty|thirty)(?:-[a-z]+)?$/);
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
